/// The claim model: typed, JSON-round-trippable records that extraction produces and the engine checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

namespace factaudit {

using Json = nlohmann::ordered_json;

/// The closed set of claim kinds (claim-format.md).
enum class ClaimKind { quantity, change, share, date, ordering, count, rank, office, status, identity };

std::string_view to_string(ClaimKind kind);
std::optional<ClaimKind> claim_kind_from(std::string_view name);
const std::vector<std::string_view>& claim_kind_names();

/// Where a claim is stated: byte offsets into the original document, end exclusive.
struct SourceSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, Unicode code points
  std::string text;        // exactly the bytes [start, end)
};

/// A source document as recorded by a claim file.
struct DocumentInfo {
  std::string path;        // as reported: the claim file's folder joined with the recorded path
  std::string claim_file;  // the claim file it came from
  std::uint64_t size = 0;
  std::string sha256;
  std::optional<std::string> published;  // YYYY, YYYY-MM or YYYY-MM-DD
  std::string title;
  std::string source;
  bool present = false;  // the document was found next to the claim file
  bool stale = false;    // present but its hash differs: its claims are not used
  std::map<std::string, std::string> suppressed_rules;  // rule id -> reason, from the document's comments
  std::vector<std::uint32_t> signature;  // MinHash of its names and numbers, to find copies (empty: unknown)
  std::optional<std::string> archived_bytes;  // the original as archived (audit --store): passages come from it
};

/// One checkable statement: what it is about (slot), what it says (value), where it says it.
struct Claim {
  std::string id;
  ClaimKind kind = ClaimKind::quantity;
  Json slot;   // subject, measure and qualifiers, as in the claim file
  Json value;  // the value as stated, as in the claim file
  SourceSpan span;
  std::size_t document = 0;  // index into ClaimSet::documents
  std::size_t ordinal = 0;   // index within its claim file (for error locations)
  std::optional<std::string> suppressed;  // reason, when the file suppresses the claim

  std::string subject() const;
  std::string measure() const;
  /// A slot field as a string ("" when absent).
  std::string slot_field(std::string_view name) const;
};

/// A statement recognised in a document whose slot could not be resolved: shown, never checked.
struct UnresolvedStatement {
  std::size_t document = 0;  // index into ClaimSet::documents
  ClaimKind kind = ClaimKind::quantity;
  Json slot, value;  // what is known
  SourceSpan span;
  std::string reason;
};

/// Everything one run checks: documents and their claims, in input order.
struct ClaimSet {
  std::vector<DocumentInfo> documents;
  std::vector<Claim> claims;
  std::vector<UnresolvedStatement> unresolved;
  std::unordered_set<std::string> claim_ids;  // ids of `claims`, kept by the loader to reject duplicates
};

/// Puts the claims in the order every run holds them, however they were read: by document (input
/// order), then position in it, then id.
void sort_claims(ClaimSet& set);

}  // namespace factaudit
