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

/// The offset of the first bracket that opens a value nested deeper than `limit` (strings skipped).
std::size_t first_too_deep(const std::string& text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > limit + 1) return i;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return 0;
}

/// Reads one claim file's claims as they are parsed: each claim object is checked and kept as a Claim,
/// and its JSON is dropped, so a large file never stands in memory as a whole tree. Claims that come
/// before the header they need (factaudit, version, document) are kept as JSON and read at the end.
class ClaimFileReader {
 public:
  ClaimFileReader(const std::string& path, const std::string& text, const ClaimValidator& validate, ClaimSet& set,
                  Warnings& warnings)
      : path_(path), text_(text), loc_(path, text), validate_(validate), set_(set), warnings_(warnings) {}

  void read() {
    Json root = loc_.parse_with([this](int depth, Json::parse_event_t event, Json& parsed) { return on_event(depth, event, parsed); });
    if (!root.is_object()) loc_.fail("", "expected a claim file: an object with factaudit, version, document, claims");
    if (!header_read_) read_header(header_);
    const Json& claims = field(loc_, root, "", "claims", Json::value_t::array, "a list of claims");
    if (!document_) return;  // stale: its claims are not used
    for (std::size_t k = 0; k < claims.size(); ++k) read_claim(root["claims"][k], streamed_ + k);
  }

 private:
  /// nlohmann's parse events: depth 1 holds the header's members and the claims list, depth 2 its items.
  bool on_event(int depth, Json::parse_event_t event, Json& parsed) {
    using Event = Json::parse_event_t;
    if (depth == 0 && event == Event::object_start) root_is_object_ = true;
    if (root_is_object_ && depth > kMaxDepth && (event == Event::object_start || event == Event::array_start)) {
      // what reads a claim's slot and value walks them recursively: a claim file is never that deep
      throw InputError(loc_.at_offset(first_too_deep(text_, kMaxDepth)),
                       "nested deeper than " + std::to_string(kMaxDepth) + " levels (expected a claim file)");
    }
    if (depth == 1 && event == Event::key) {
      key_ = parsed.get<std::string>();
      if (key_ == "claims" && !header_read_ && seen_ == kHeaderKeys) read_header(header_);
      return true;
    }
    if (depth == 1 && event == Event::array_start && key_ == "claims") {
      in_claims_ = header_read_;
      return true;
    }
    if (depth == 1 && key_ != "claims" && (event == Event::value || event == Event::object_end || event == Event::array_end)) {
      if (key_ == "factaudit") seen_ |= 1;
      else if (key_ == "version") seen_ |= 2;
      else if (key_ == "document") seen_ |= 4;
      header_[key_] = std::move(parsed);  // moved, never copied: a copy of a deep value would recurse
      return false;
    }
    if (depth == 1 && event == Event::array_end) in_claims_ = false;
    if (depth == 2 && in_claims_ && (event == Event::object_end || event == Event::array_end || event == Event::value)) {
      if (document_) read_claim(parsed, streamed_);
      ++streamed_;
      return false;  // read (or stale): not kept in the tree
    }
    return true;
  }

  void read_header(const Json& root) {
    header_read_ = true;
    if (!root.contains("factaudit") || root["factaudit"] != "claims") loc_.fail("", "expected \"factaudit\": \"claims\"");
    if (!root.contains("version")) loc_.fail("", "missing 'version' (expected 1)");
    if (!root["version"].is_number_integer()) loc_.fail("/version", "expected \"version\": 1");
    if (root["version"] != 1) {
      loc_.fail("/version", "unsupported claim file version " + root["version"].dump() + " (this factaudit reads version 1)");
    }
    DocumentInfo doc = read_document(loc_, root, path_);
    std::error_code ec;
    if (std::filesystem::is_regular_file(doc.path, ec)) {
      bytes_ = read_file(doc.path);
      doc.present = true;
      if (bytes_.size() != doc.size || sha256_hex(bytes_) != doc.sha256) {
        doc.stale = true;
        warnings_.push_back({{path_}, "document " + doc.path + " has changed since its claims were recorded; its claims are stale and not used"});
      }
    }
    if (doc.present && !doc.stale) doc.signature = text_signature(bytes_);
    document_index_ = set_.documents.size();
    set_.documents.push_back(doc);
    if (doc.stale) return;
    document_ = &set_.documents.back();
    doc_lines_ = LineIndex(bytes_);
    if (set_.claim_ids.size() != set_.claims.size()) {
      set_.claim_ids.clear();
      for (const auto& c : set_.claims) set_.claim_ids.insert(c.id);
    }
  }

  void read_claim(Json& item, std::size_t i) {
    std::string pointer = "/claims/" + std::to_string(i);
    if (!item.is_object()) loc_.fail(pointer, "expected a claim object");
    Claim claim;
    claim.id = text_of(loc_, item, pointer, "id");
    if (!is_claim_id(claim.id)) loc_.fail(pointer + "/id", "expected an id of letters, digits and . _ : -");
    if (set_.claim_ids.count(claim.id)) loc_.fail(pointer + "/id", "duplicate claim id '" + claim.id + "'");
    std::string kind = text_of(loc_, item, pointer, "kind");
    auto parsed = claim_kind_from(kind);
    if (!parsed) {
      loc_.fail(pointer + "/kind", "unknown kind '" + kind + "' (expected quantity, change, share, date, ordering, count, "
                                                          "rank, office, status or identity)");
    }
    claim.kind = *parsed;
    field(loc_, item, pointer, "slot", Json::value_t::object, "a slot object");
    field(loc_, item, pointer, "value", Json::value_t::object, "a value object");
    claim.slot = std::move(item["slot"]);  // the item is dropped after: its parts are moved, not copied
    claim.value = std::move(item["value"]);
    claim.span = read_span(loc_, item, pointer, *document_);
    if (item.contains("suppress")) {
      const Json& s = field(loc_, item, pointer, "suppress", Json::value_t::object, "{\"reason\": \"...\"}");
      std::string reason = text_of(loc_, s, pointer + "/suppress", "reason");
      if (reason.empty()) loc_.fail(pointer + "/suppress/reason", "a suppression needs a reason");
      claim.suppressed = reason;
    }
    for (const auto& [key, value] : item.items()) {
      static const std::set<std::string> kKnown = {"id", "kind", "slot", "value", "span", "suppress", "note"};
      if (!kKnown.count(key)) loc_.fail(pointer + "/" + key, "unexpected key '" + key + "' in claim");
    }
    if (document_->present) check_against_document(loc_, pointer, claim.span, bytes_, doc_lines_);
    claim.document = document_index_;
    claim.ordinal = i;
    try {
      validate_(claim, *document_);
    } catch (const ClaimValueError& e) {
      loc_.fail(pointer + "/" + e.field(), e.what());
    }
    set_.claim_ids.insert(claim.id);
    set_.claims.push_back(std::move(claim));
  }

  static constexpr unsigned kHeaderKeys = 7;  // factaudit, version and document seen
  static constexpr int kMaxDepth = 64;
  const std::string& path_;
  const std::string& text_;
  JsonFile loc_;
  const ClaimValidator& validate_;
  ClaimSet& set_;
  Warnings& warnings_;
  Json header_ = Json::object();
  std::string key_;
  unsigned seen_ = 0;
  bool header_read_ = false, in_claims_ = false, root_is_object_ = false;
  std::size_t streamed_ = 0;  // claims read (or passed over) while parsing
  const DocumentInfo* document_ = nullptr;  // null until the header is read, and when stale
  std::size_t document_index_ = 0;
  std::string bytes_;  // the document, when present
  LineIndex doc_lines_{std::string_view()};
};

}  // namespace

void load_claim_text(const std::string& path, const std::string& text, const ClaimValidator& validate, ClaimSet& set,
                     Warnings& warnings) {
  // a file that fails adds nothing: what it had added when the error came is taken back
  std::size_t documents = set.documents.size(), claims = set.claims.size();
  try {
    ClaimFileReader(path, text, validate, set, warnings).read();
  } catch (...) {
    for (std::size_t i = claims; i < set.claims.size(); ++i) set.claim_ids.erase(set.claims[i].id);
    set.claims.resize(claims);
    set.documents.resize(documents);
    throw;
  }
}

void load_claim_file(const std::string& path, const ClaimValidator& validate, ClaimSet& set, Warnings& warnings) {
  load_claim_text(path, read_file(path), validate, set, warnings);
}

}  // namespace factaudit
