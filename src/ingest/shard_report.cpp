// Reading a shard's JSON report back: the wire format of src/report/json_report.cpp plus its "shard"
// member, checked field by field with path:line:col errors.
#include "factaudit/ingest/shard_report.hpp"

#include <map>

#include "factaudit/ingest/json_locate.hpp"
#include "factaudit/ingest/text_position.hpp"

namespace factaudit {

namespace {

/// Typed access to the members of a report, failing at the member's position.
class Fields {
 public:
  explicit Fields(const JsonFile& file) : file_(file) {}

  const Json& member(const Json& object, const std::string& at, const char* key, bool (Json::*is)() const,
                     const char* expected) const {
    if (!object.is_object()) file_.fail(at, "expected an object");
    auto it = object.find(key);
    if (it == object.end() || !((*it).*is)()) file_.fail(at + "/" + key, std::string("expected '") + key + "': " + expected);
    return *it;
  }
  std::string text(const Json& object, const std::string& at, const char* key) const {
    return member(object, at, key, &Json::is_string, "a string").get<std::string>();
  }
  std::optional<std::string> optional_text(const Json& object, const std::string& at, const char* key) const {
    if (object.is_object() && object.contains(key) && object[key].is_null()) return std::nullopt;
    return text(object, at, key);
  }
  std::size_t count(const Json& object, const std::string& at, const char* key) const {
    return member(object, at, key, &Json::is_number_unsigned, "a count").get<std::size_t>();
  }
  const Json& array(const Json& object, const std::string& at, const char* key) const {
    return member(object, at, key, &Json::is_array, "an array");
  }
  std::vector<std::string> texts(const Json& object, const std::string& at, const char* key) const {
    const Json& list = array(object, at, key);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_string()) file_.fail(at + "/" + key + "/" + std::to_string(i), "expected a string");
      out.push_back(list[i].get<std::string>());
    }
    return out;
  }
  [[noreturn]] void fail(const std::string& at, const std::string& message) const { file_.fail(at, message); }

 private:
  const JsonFile& file_;
};

SourceSpan span_of(const Fields& f, const Json& item, const std::string& at) {
  return {f.count(item, at, "start"), f.count(item, at, "end"), f.count(item, at, "line"), f.count(item, at, "column"),
          f.text(item, at, "text")};
}

ClaimKind kind_of(const Fields& f, const Json& item, const std::string& at) {
  auto kind = claim_kind_from(f.text(item, at, "kind"));
  if (!kind) f.fail(at + "/kind", "expected a claim kind");
  return *kind;
}

Contradiction contradiction_of(const Fields& f, const Json& item, const std::string& at) {
  Contradiction c;
  c.id = f.text(item, at, "id");
  c.fingerprint = f.text(item, at, "fingerprint");
  c.kind = f.text(item, at, "kind");
  std::string severity = f.text(item, at, "severity");
  if (severity != "minor" && severity != "major") f.fail(at + "/severity", "expected \"minor\" or \"major\"");
  c.severity = severity == "minor" ? Severity::minor : Severity::major;
  c.claims = f.texts(item, at, "claims");
  c.primary = f.text(item, at, "primary");
  c.rules = f.texts(item, at, "rules");
  c.rule_texts = f.texts(item, at, "rule_texts");
  c.assumptions = f.texts(item, at, "assumptions");
  c.message = f.text(item, at, "message");
  c.derivation = f.texts(item, at, "derivation");
  c.component = f.text(item, at, "component");
  c.truncated = f.member(item, at, "truncated", &Json::is_boolean, "true or false").get<bool>();
  const Json& fix = f.member(item, at, "fix", &Json::is_object, "an object");
  c.fix.claim = f.text(fix, at + "/fix", "claim");
  c.fix.description = f.text(fix, at + "/fix", "description");
  c.fix.implied = f.text(fix, at + "/fix", "implied");
  if (fix.contains("relative_change")) {
    c.fix.relative_change = f.member(fix, at + "/fix", "relative_change", &Json::is_number, "a number").get<double>();
  }
  if (fix.contains("days")) c.fix.days = f.member(fix, at + "/fix", "days", &Json::is_number_integer, "a whole number").get<long>();
  return c;
}

}  // namespace

ShardReport parse_shard_report(const std::string& path, const std::string& text) {
  JsonFile file(path, text);
  Fields f(file);
  Json root = file.parse();
  if (!root.is_object() || root.value("version", Json()) != 1) file.fail("", "expected a factaudit JSON report (\"version\": 1)");
  if (!root.contains("shard")) file.fail("", "expected a partial report written with --shard I/N (it has no 'shard')");
  ShardReport out;
  out.path = path;
  const Json& shard = f.member(root, "", "shard", &Json::is_object, "an object");
  out.index = f.count(shard, "/shard", "index");
  out.count = f.count(shard, "/shard", "count");
  if (out.index < 1 || out.index > out.count) file.fail("/shard", "expected 1 <= index <= count");

  std::map<std::string, std::size_t> document_of;
  const Json& documents = f.array(root, "", "documents");
  for (std::size_t i = 0; i < documents.size(); ++i) {
    std::string at = "/documents/" + std::to_string(i);
    DocumentInfo d;
    d.path = f.text(documents[i], at, "path");
    d.published = f.optional_text(documents[i], at, "published");
    d.title = f.text(documents[i], at, "title");
    d.sha256 = f.text(documents[i], at, "sha256");
    d.size = f.count(documents[i], at, "size");
    if (!document_of.emplace(d.path, i).second) file.fail(at + "/path", "this document is listed twice");
    out.set.documents.push_back(std::move(d));
  }
  auto document = [&](const Json& item, const std::string& at) {
    auto it = document_of.find(f.text(item, at, "document"));
    if (it == document_of.end()) file.fail(at + "/document", "expected the path of a document listed in 'documents'");
    return it->second;
  };

  const Json& claims = f.array(root, "", "claims");
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::string at = "/claims/" + std::to_string(i);
    Claim c;
    c.id = f.text(claims[i], at, "id");
    c.document = document(claims[i], at);
    c.span = span_of(f, claims[i], at);
    c.kind = kind_of(f, claims[i], at);
    c.slot = f.member(claims[i], at, "slot", &Json::is_object, "an object");
    c.value = f.member(claims[i], at, "value", &Json::is_object, "an object");
    out.result.sources.push_back(
        f.member(claims[i], at, "sources", &Json::is_number_unsigned, "a whole number >= 1").get<int>());
    c.ordinal = i;
    if (!out.set.claim_ids.insert(c.id).second) file.fail(at + "/id", "this claim id is listed twice");
    out.set.claims.push_back(std::move(c));
  }
  const Json& unresolved = f.array(root, "", "unresolved");
  for (std::size_t i = 0; i < unresolved.size(); ++i) {
    std::string at = "/unresolved/" + std::to_string(i);
    UnresolvedStatement u;
    u.document = document(unresolved[i], at);
    u.span = span_of(f, unresolved[i], at);
    u.kind = kind_of(f, unresolved[i], at);
    u.reason = f.text(unresolved[i], at, "reason");
    out.set.unresolved.push_back(std::move(u));
  }

  const Json& contradictions = f.array(root, "", "contradictions");
  for (std::size_t i = 0; i < contradictions.size(); ++i) {
    out.result.contradictions.push_back(contradiction_of(f, contradictions[i], "/contradictions/" + std::to_string(i)));
  }
  const Json& corrections = f.array(root, "", "corrections");
  for (std::size_t i = 0; i < corrections.size(); ++i) {
    std::string at = "/corrections/" + std::to_string(i);
    Correction k;
    k.component = f.text(corrections[i], at, "component");
    k.claims = f.texts(corrections[i], at, "claims");
    k.weight = f.member(corrections[i], at, "weight", &Json::is_number_integer, "a whole number").get<int>();
    out.result.corrections.push_back(std::move(k));
  }
  const Json& unknown = f.array(root, "", "unknown");
  for (std::size_t i = 0; i < unknown.size(); ++i) {
    std::string at = "/unknown/" + std::to_string(i);
    out.result.unknown.push_back(
        {f.text(unknown[i], at, "component"), f.texts(unknown[i], at, "claims"), f.text(unknown[i], at, "reason")});
  }
  const Json& copies = f.array(root, "", "copies");
  for (std::size_t i = 0; i < copies.size(); ++i) {
    std::string at = "/copies/" + std::to_string(i);
    CopyGroup g;
    auto original = document_of.find(f.text(copies[i], at, "original"));
    if (original == document_of.end()) file.fail(at + "/original", "expected the path of a document listed in 'documents'");
    g.original = original->second;
    std::vector<std::string> paths = f.texts(copies[i], at, "copies");
    for (std::size_t k = 0; k < paths.size(); ++k) {
      auto copy = document_of.find(paths[k]);
      if (copy == document_of.end()) file.fail(at + "/copies/" + std::to_string(k), "expected the path of a listed document");
      g.copies.push_back(copy->second);
    }
    const Json& traced = f.array(copies[i], at, "traced");
    for (std::size_t k = 0; k < traced.size(); ++k) {
      std::string where = at + "/traced/" + std::to_string(k);
      bool reworded = f.member(traced[k], where, "reworded", &Json::is_boolean, "true or false").get<bool>();
      g.traced.push_back({f.text(traced[k], where, "claim"), f.text(traced[k], where, "original"), reworded});
    }
    out.result.copies.push_back(std::move(g));
  }
  const Json& summary = f.member(root, "", "summary", &Json::is_object, "an object");
  out.result.components = f.count(summary, "/summary", "components");
  out.result.suppressed = f.count(summary, "/summary", "suppressed");
  out.result.copy_duplicates = f.count(summary, "/summary", "copy_duplicates");
  return out;
}

ShardReport read_shard_report(const std::string& path) { return parse_shard_report(path, read_file(path)); }

}  // namespace factaudit
