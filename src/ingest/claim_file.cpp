#include "factaudit/ingest/claim_file.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <set>

#include "factaudit/ingest/json_locate.hpp"
#include "factaudit/ingest/sha256.hpp"
#include "factaudit/ingest/text_signature.hpp"
#include "factaudit/ingest/text_position.hpp"
#include "factaudit/normalize/calendar.hpp"
#include "factaudit/normalize/interval.hpp"

namespace factaudit {

namespace {

const Json& field(const JsonFile& loc, const Json& obj, const std::string& pointer, const char* key,
                  Json::value_t type, const char* expected) {
  auto it = obj.find(key);
  if (it == obj.end()) loc.fail(pointer, std::string("missing '") + key + "' (expected " + expected + ")");
  bool ok = it->type() == type || (type == Json::value_t::number_unsigned && it->is_number_unsigned());
  if (type == Json::value_t::number_integer) ok = it->is_number_integer();
  if (!ok) loc.fail(pointer + "/" + key, std::string("expected ") + expected + " for '" + key + "'");
  return *it;
}

std::string text_of(const JsonFile& loc, const Json& obj, const std::string& pointer, const char* key) {
  return field(loc, obj, pointer, key, Json::value_t::string, "a string").get<std::string>();
}

std::uint64_t count_of(const JsonFile& loc, const Json& obj, const std::string& pointer, const char* key) {
  return field(loc, obj, pointer, key, Json::value_t::number_unsigned, "a whole number >= 0").get<std::uint64_t>();
}

DocumentInfo read_document(const JsonFile& loc, const Json& root, const std::string& claim_path) {
  const Json& doc = field(loc, root, "", "document", Json::value_t::object, "an object describing the source document");
  DocumentInfo info;
  info.claim_file = claim_path;
  std::string recorded = text_of(loc, doc, "/document", "path");
  auto folder = std::filesystem::path(claim_path).parent_path();
  info.path = (folder / recorded).lexically_normal().string();
  info.size = count_of(loc, doc, "/document", "size");
  info.sha256 = text_of(loc, doc, "/document", "sha256");
  static const std::regex kHex("[0-9a-f]{64}");
  if (!std::regex_match(info.sha256, kHex)) loc.fail("/document/sha256", "expected 64 lowercase hex digits (SHA-256)");
  if (doc.contains("published") && !doc["published"].is_null()) {
    std::string published = text_of(loc, doc, "/document", "published");
    std::string why;
    if (!parse_date(published, &why)) loc.fail("/document/published", "expected " + why + " for 'published'");
    info.published = published;
  }
  if (doc.contains("title")) info.title = text_of(loc, doc, "/document", "title");
  if (doc.contains("source")) info.source = text_of(loc, doc, "/document", "source");
  for (const auto& [key, value] : doc.items()) {
    static const std::set<std::string> kKnown = {"path", "size", "sha256", "published", "title", "source"};
    if (!kKnown.count(key)) loc.fail("/document/" + key, "unexpected key '" + key + "' in document (expected path, size, sha256, published, title, source)");
  }
  return info;
}

SourceSpan read_span(const JsonFile& loc, const Json& claim, const std::string& pointer, const DocumentInfo& doc) {
  const Json& span = field(loc, claim, pointer, "span", Json::value_t::object, "a span {start, end, line, column, text}");
  std::string at = pointer + "/span";
  SourceSpan out;
  out.start = count_of(loc, span, at, "start");
  out.end = count_of(loc, span, at, "end");
  out.line = count_of(loc, span, at, "line");
  out.column = count_of(loc, span, at, "column");
  out.text = text_of(loc, span, at, "text");
  if (out.end < out.start) loc.fail(at + "/end", "span end is before its start");
  if (out.end > doc.size) {
    loc.fail(at + "/end", "span ends at byte " + std::to_string(out.end) + ", beyond the document's recorded size of " +
                              std::to_string(doc.size) + " bytes");
  }
  if (out.text.size() != out.end - out.start) {
    loc.fail(at + "/text", "span text has " + std::to_string(out.text.size()) + " bytes but the span covers " +
                               std::to_string(out.end - out.start));
  }
  if (out.line == 0 || out.column == 0) loc.fail(at, "line and column are 1-based");
  return out;
}

void check_against_document(const JsonFile& loc, const std::string& pointer, const SourceSpan& span,
                            const std::string& bytes, const LineIndex& lines) {
  if (bytes.compare(span.start, span.end - span.start, span.text) != 0) {
    loc.fail(pointer + "/span/text", "span text differs from the document's bytes at " + std::to_string(span.start) +
                                         ".." + std::to_string(span.end));
  }
  std::size_t line, column;
  lines.locate(span.start, line, column);
  if (line != span.line || column != span.column) {
    loc.fail(pointer + "/span", "span starts at line " + std::to_string(line) + ", column " + std::to_string(column) +
                                    " of the document, not " + std::to_string(span.line) + ":" + std::to_string(span.column));
  }
}

bool is_claim_id(const std::string& id) {
  auto allowed = [](unsigned char c) { return std::isalnum(c) || c == '.' || c == '_' || c == ':' || c == '-'; };
  return !id.empty() && std::all_of(id.begin(), id.end(), allowed);
}

}  // namespace

void load_claim_text(const std::string& path, const std::string& text, const ClaimValidator& validate, ClaimSet& set,
                     Warnings& warnings) {
  JsonFile loc(path, text);
  Json root = loc.parse();
  if (!root.is_object()) loc.fail("", "expected a claim file: an object with factaudit, version, document, claims");
  if (!root.contains("factaudit") || root["factaudit"] != "claims") loc.fail("", "expected \"factaudit\": \"claims\"");
  if (!root.contains("version")) loc.fail("", "missing 'version' (expected 1)");
  if (!root["version"].is_number_integer()) loc.fail("/version", "expected \"version\": 1");
  if (root["version"] != 1) loc.fail("/version", "unsupported claim file version " + root["version"].dump() + " (this factaudit reads version 1)");

  DocumentInfo doc = read_document(loc, root, path);
  std::string bytes;
  std::error_code ec;
  if (std::filesystem::is_regular_file(doc.path, ec)) {
    bytes = read_file(doc.path);
    doc.present = true;
    if (bytes.size() != doc.size || sha256_hex(bytes) != doc.sha256) {
      doc.stale = true;
      warnings.push_back({{path}, "document " + doc.path + " has changed since its claims were recorded; its claims are stale and not used"});
    }
  }
  if (doc.present && !doc.stale) doc.signature = text_signature(bytes);
  const Json& claims = field(loc, root, "", "claims", Json::value_t::array, "a list of claims");
  std::size_t doc_index = set.documents.size();
  set.documents.push_back(doc);
  if (doc.stale) return;

  LineIndex doc_lines(bytes);
  if (set.claim_ids.size() != set.claims.size()) {
    set.claim_ids.clear();
    for (const auto& c : set.claims) set.claim_ids.insert(c.id);
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::string pointer = "/claims/" + std::to_string(i);
    const Json& item = claims[i];
    if (!item.is_object()) loc.fail(pointer, "expected a claim object");
    Claim claim;
    claim.id = text_of(loc, item, pointer, "id");
    if (!is_claim_id(claim.id)) loc.fail(pointer + "/id", "expected an id of letters, digits and . _ : -");
    if (!set.claim_ids.insert(claim.id).second) loc.fail(pointer + "/id", "duplicate claim id '" + claim.id + "'");
    std::string kind = text_of(loc, item, pointer, "kind");
    auto parsed = claim_kind_from(kind);
    if (!parsed) {
      loc.fail(pointer + "/kind", "unknown kind '" + kind + "' (expected quantity, change, share, date, ordering, count, "
                                                        "rank, office, status or identity)");
    }
    claim.kind = *parsed;
    claim.slot = field(loc, item, pointer, "slot", Json::value_t::object, "a slot object");
    claim.value = field(loc, item, pointer, "value", Json::value_t::object, "a value object");
    claim.span = read_span(loc, item, pointer, doc);
    if (item.contains("suppress")) {
      const Json& s = field(loc, item, pointer, "suppress", Json::value_t::object, "{\"reason\": \"...\"}");
      std::string reason = text_of(loc, s, pointer + "/suppress", "reason");
      if (reason.empty()) loc.fail(pointer + "/suppress/reason", "a suppression needs a reason");
      claim.suppressed = reason;
    }
    for (const auto& [key, value] : item.items()) {
      static const std::set<std::string> kKnown = {"id", "kind", "slot", "value", "span", "suppress", "note"};
      if (!kKnown.count(key)) loc.fail(pointer + "/" + key, "unexpected key '" + key + "' in claim");
    }
    if (doc.present) check_against_document(loc, pointer, claim.span, bytes, doc_lines);
    claim.document = doc_index;
    claim.ordinal = i;
    try {
      validate(claim, doc);
    } catch (const ClaimValueError& e) {
      loc.fail(pointer + "/" + e.field(), e.what());
    }
    set.claims.push_back(std::move(claim));
  }
}

void load_claim_file(const std::string& path, const ClaimValidator& validate, ClaimSet& set, Warnings& warnings) {
  load_claim_text(path, read_file(path), validate, set, warnings);
}

}  // namespace factaudit
