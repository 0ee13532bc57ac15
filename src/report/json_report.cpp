// The JSON report. Wire format (docs/cli.md, extend but never break):
//   {"version": 1,
//    "documents": [{"path", "published", "title", "sha256", "size"}],
//    "claims": [{"id", "document", "start", "end", "line", "column", "text", "kind", "slot", "value",
//                "sources"}] sorted by (document, start, id); sources: how many independent documents state
//              the claim's kind, slot and value (a copy counts with its original),
//    "contradictions": [{"id", "kind", "severity", "claims", "rules", "assumptions", "explanation",
//                        "fix": {"claim", "description", "implied", "relative_change"?, "days"?},
//                        "primary", "message", "derivation", "rule_texts", "component", "truncated",
//                        "fingerprint"}],
//    "corrections": [{"component", "claims", "weight"}],
//    "unknown": [{"component", "claims", "reason"}],
//    "copies": [{"original", "copies": [...], "traced": [{"claim", "original", "reworded"}]}]  (document
//              paths; a copy is one source with its original; its traced claims are checked as the original's),
//    "unresolved": [{"document", "start", "end", "line", "column", "text", "kind", "reason"}],
//    "baselined": [{"id", "fingerprint", "severity"}],
//    "shard": {"index", "count"}  (only in a partial report written with --shard; merge reads it back),
//    "summary": {"documents", "claims", "contradictions", "major", "minor", "unknown", "components",
//                "baselined", "baseline_unmatched", "suppressed", "copy_duplicates", "fail_on", "config", "baseline", "exit"}}
#include <algorithm>

#include "factaudit/report/report.hpp"

namespace factaudit {

namespace {

Json contradiction_json(const Contradiction& c) {
  Json fix = {{"claim", c.fix.claim}, {"description", c.fix.description}, {"implied", c.fix.implied}};
  if (c.fix.relative_change) fix["relative_change"] = *c.fix.relative_change;
  if (c.fix.days) fix["days"] = *c.fix.days;
  std::string explanation = c.message;
  for (const auto& line : c.derivation) explanation += "\n" + line;
  return Json({{"id", c.id},
         {"kind", c.kind},
         {"severity", to_string(c.severity)},
         {"claims", c.claims},
         {"rules", c.rules},
         {"assumptions", c.assumptions},
         {"explanation", explanation},
         {"fix", fix},
         {"primary", c.primary},
         {"message", c.message},
         {"derivation", c.derivation},
         {"rule_texts", c.rule_texts},
         {"component", c.component},
         {"truncated", c.truncated},
         {"fingerprint", c.fingerprint}});
}

Json optional_text(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

}  // namespace

void write_json_contradiction(std::ostream& out, const ClaimSet&, const Contradiction& contradiction) {
  out << contradiction_json(contradiction).dump(2) << "\n";
}

void write_json_report(std::ostream& out, const ReportContext& context) {
  const ClaimSet& set = context.set;
  const CheckResult& result = context.result;
  const Summary& summary = context.summary;
  Json report = Json::object();
  report["version"] = 1;
  Json documents = Json::array();
  for (const auto& d : set.documents) {
    Json doc = {{"path", d.path}};
    doc["published"] = d.published ? Json(*d.published) : Json(nullptr);
    doc["title"] = d.title;
    doc["sha256"] = d.sha256;
    doc["size"] = d.size;
    documents.push_back(doc);
  }
  report["documents"] = documents;

  std::vector<const Claim*> claims;
  for (const auto& c : set.claims) claims.push_back(&c);
  std::sort(claims.begin(), claims.end(), [&](const Claim* a, const Claim* b) {
    const std::string& da = set.documents[a->document].path;
    const std::string& db = set.documents[b->document].path;
    if (da != db) return da < db;
    if (a->span.start != b->span.start) return a->span.start < b->span.start;
    return a->id < b->id;
  });
  Json claim_list = Json::array();
  for (const Claim* c : claims) {
    claim_list.push_back({{"id", c->id},
                          {"document", set.documents[c->document].path},
                          {"start", c->span.start},
                          {"end", c->span.end},
                          {"line", c->span.line},
                          {"column", c->span.column},
                          {"text", c->span.text},
                          {"kind", to_string(c->kind)},
                          {"slot", c->slot},
                          {"value", c->value}});
    std::size_t index = static_cast<std::size_t>(c - set.claims.data());
    if (index < result.sources.size()) claim_list.back()["sources"] = result.sources[index];
  }
  report["claims"] = claim_list;

  Json contradictions = Json::array();
  for (const auto& c : result.contradictions) contradictions.push_back(contradiction_json(c));
  report["contradictions"] = contradictions;
  // per contradictory component, the cheapest set of claims whose removal restores consistency
  Json corrections = Json::array();
  for (const auto& k : result.corrections) {
    corrections.push_back({{"component", k.component}, {"claims", k.claims}, {"weight", k.weight}});
  }
  report["corrections"] = corrections;
  Json unknown = Json::array();
  for (const auto& u : result.unknown) unknown.push_back({{"component", u.component}, {"claims", u.claims}, {"reason", u.reason}});
  report["unknown"] = unknown;
  Json copies = Json::array();
  for (const auto& g : result.copies) {
    Json copy_paths = Json::array();
    for (std::size_t d : g.copies) copy_paths.push_back(set.documents[d].path);
    Json traced = Json::array();
    for (const auto& t : g.traced) traced.push_back({{"claim", t.claim}, {"original", t.original}, {"reworded", t.reworded}});
    copies.push_back({{"original", set.documents[g.original].path}, {"copies", copy_paths}, {"traced", traced}});
  }
  report["copies"] = copies;
  // statements recognised in documents whose slot could not be resolved: shown, never checked
  Json unresolved = Json::array();
  for (const auto& u : set.unresolved) {
    unresolved.push_back({{"document", set.documents[u.document].path},
                          {"start", u.span.start},
                          {"end", u.span.end},
                          {"line", u.span.line},
                          {"column", u.span.column},
                          {"text", u.span.text},
                          {"kind", to_string(u.kind)},
                          {"reason", u.reason}});
  }
  report["unresolved"] = unresolved;
  // accepted by the baseline: listed, not gated
  Json baselined = Json::array();
  for (const auto& c : result.baselined) baselined.push_back({{"id", c.id}, {"fingerprint", c.fingerprint}, {"severity", to_string(c.severity)}});
  report["baselined"] = baselined;
  if (context.shard_count > 0) report["shard"] = {{"index", context.shard_index}, {"count", context.shard_count}};
  report["summary"] = {{"documents", summary.documents},
                       {"claims", summary.claims},
                       {"contradictions", summary.contradictions},
                       {"major", summary.major},
                       {"minor", summary.minor},
                       {"unknown", summary.unknown},
                       {"components", summary.components},
                       {"baselined", summary.baselined},
                       {"baseline_unmatched", summary.baseline_unmatched},
                       {"suppressed", summary.suppressed},
                       {"copy_duplicates", result.copy_duplicates},
                       {"fail_on", to_string(summary.fail_on)},
                       {"config", optional_text(summary.config)},
                       {"baseline", optional_text(summary.baseline)},
                       {"exit", summary.exit}};
  out << report.dump(2) << "\n";
}

}  // namespace factaudit
