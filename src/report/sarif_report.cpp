// The SARIF report: SARIF 2.1.0 for GitHub code scanning, one result per contradiction or undecided component.
// Wire format (extend but never break):
//   {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
//    "runs": [{
//      "tool": {"driver": {"name": "factaudit", "semanticVersion",
//               "rules": [{"id", "name", "shortDescription", "fullDescription", "help",
//                          "defaultConfiguration": {"level"}, "properties": {"tags"}}]}},
//      "invocations": [{"executionSuccessful": true, "exitCode", "toolExecutionNotifications"?}],
//      "artifacts": [{"location": {"uri"}, "length", "hashes": {"sha-256"}?}],
//      "columnKind": "unicodeCodePoints",
//      "results": [{"ruleId", "ruleIndex", "level", "message": {"text"},   (baselined ones with
//                   "suppressions": [{"kind": "external", "status": "accepted", "justification"}])
//                   "locations": [{"physicalLocation": {"artifactLocation": {"uri", "index"},
//                     "region": {"startLine", "startColumn", "endLine", "endColumn",
//                                "byteOffset", "byteLength", "snippet": {"text"}}}}],
//                   "relatedLocations": [{"id": 1.., "physicalLocation", "message": {"text"}}],
//                   "partialFingerprints": {"factauditContent/v1"},
//                   "properties": {...}}],
//      "properties": {"copies": [{"original", "copies", "traced": [{"claim", "original", "reworded"}]}],
//                     "summary": {...}}}]}
// - ruleId: `factaudit/<kind>` (the contradiction's kind: quantity, change, date, office, ...) and
//   `factaudit/unknown` for components the solver could not decide. Only the rules used are listed, sorted
//   by id; results name theirs by ruleId and ruleIndex.
// - level: "error" for a major contradiction, "warning" for a minor one and for an undecided component.
// - locations: the claim most likely wrong; relatedLocations: every other member, message = the statement.
//   Lines and columns are those of the claim (1-based, columns in code points, hence columnKind); the end
//   is computed from the span text the same way (only "\n" breaks a line); byteOffset/byteLength are the
//   span's byte offsets. uri: the document path as given, percent-encoded (everything but unreserved
//   characters and "/"); an absolute path becomes a file:// URI. artifacts: the documents referenced,
//   in input order, with their size in bytes and SHA-256 as recorded.
// - partialFingerprints["factauditContent/v1"]: the contradiction's fingerprint (what its members say,
//   never where), so an alert survives edits elsewhere in a document.
// - message text is plain text; brackets from documents are escaped so they cannot form SARIF links.
// GitHub's upload limits, enforced here: at most 25,000 results per run (further results are left out);
// at most 1,000 relatedLocations per result (the rest are left out and the message says how many); the
// 10 MB gzip upload limit is kept by stopping before the uncompressed file reaches 9.5 MB (gzip never
// makes a file meaningfully larger), so no compression is needed to know it. Results left out are
// counted in a tool execution notification and in properties.summary.omittedResults.
#include <algorithm>
#include <map>
#include <set>

#include "factaudit/ingest/sha256.hpp"
#include "factaudit/report/report.hpp"

namespace factaudit {

namespace {

constexpr std::size_t kMaxResults = 25000;
constexpr std::size_t kMaxRelatedLocations = 1000;
constexpr std::size_t kUploadBudget = 9'500'000;  // bytes of the whole file, below GitHub's 10 MB
constexpr std::size_t kResultIndent = 8;          // a result's lines sit under runs[0].results[]
constexpr std::string_view kUnknownRule = "factaudit/unknown";

/// What a rule says: one per contradiction kind, and one for undecided components.
struct RuleText {
  std::string_view kind, name, short_text, full_text, fix;
};

constexpr std::string_view kContradictionHelp =
    "The statements of this result cannot all be true under the rules it names and the assumptions it "
    "lists: drop any one of them and the rest is consistent. The result points at the statement most "
    "likely wrong and its message gives the smallest change that restores consistency. ";

constexpr RuleText kRules[] = {
    {"quantity", "QuantityContradiction", "Amounts that cannot all be true",
     "Stated amounts of one measure (a total and its parts, a period and its sub-periods, the same figure "
     "stated twice) that no values within their stated precision can satisfy together.",
     "Correct the wrong amount, its period or its unit; if the amounts are about different things, say so in "
     "the text."},
    {"change", "ChangeContradiction", "A change that does not match the amounts it compares",
     "A stated rise or fall (percent or times) that disagrees with the amounts stated for the two periods.",
     "Correct the percentage, its direction or one of the amounts; check that the base period is the one meant."},
    {"share", "ShareContradiction", "A share that does not match its part and whole",
     "A stated share of a whole that disagrees with the amounts stated for the part and the whole, or shares "
     "of one whole that add up to more than all of it.",
     "Correct the share or one of the amounts; check that part and whole cover the same period and unit."},
    {"date", "DateContradiction", "Dates that cannot all be true",
     "Dates stated for one event, or for events whose order is fixed, that cannot all hold.",
     "Correct the wrong date; if two events are meant, name them apart."},
    {"ordering", "OrderingContradiction", "An order of events that cannot hold",
     "A statement that places an event before, after or within another that disagrees with their dates or "
     "with other orderings.",
     "Correct the ordering, the interval it states or the date of one of the events."},
    {"count", "CountContradiction", "A count that disagrees with what is named",
     "A stated number of members (\"only two countries\") that disagrees with the members named elsewhere or "
     "with the counts of its parts.",
     "Correct the count or the list; if the count was true at another time, state when."},
    {"rank", "RankContradiction", "A rank that disagrees with the amounts or other ranks",
     "A stated rank or \"first to\" claim that disagrees with the amounts or events stated for the others.",
     "Correct the rank, the group ranked, or the amounts it is based on."},
    {"office", "OfficeContradiction", "Office holders that cannot all be true",
     "Statements about who holds an office, and since when, that cannot all hold (two holders at once, a "
     "holder before taking office).",
     "Correct the holder, the office or the date; if the holder changed, state the change."},
    {"status", "StatusContradiction", "A status that disagrees with other statements",
     "A stated status (listed, recognised, in force) at a time that disagrees with changes of that status "
     "stated elsewhere.",
     "Correct the status or the time it is stated for."},
    {"identity", "IdentityContradiction", "Statements that give one thing two identities",
     "Statements that make two names the same entity and different entities at once.",
     "Correct the name, or say that two different people or bodies are meant."},
};

constexpr RuleText kUnknownText{
    "unknown", "UndecidedComponent", "Statements the solver could not decide",
    "The solver's budget ran out before it decided whether this group of related statements is consistent: "
    "they were not checked.",
    "Raise the budget (--rlimit, --max-conflicts, --max-checks) or check fewer documents together; "
    "--fail-on unknown makes an undecided component fail the run."};

/// ASCII letters and digits, whatever the locale.
bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string camel_case(std::string_view kind) {
  std::string out;
  bool upper = true;
  for (char c : kind) {
    if (!ascii_alnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

Json rule_descriptor(const std::string& id) {
  std::string kind = id.substr(id.find('/') + 1);
  const RuleText* text = id == kUnknownRule ? &kUnknownText : nullptr;
  for (const auto& r : kRules) {
    if (r.kind == kind) text = &r;
  }
  bool unknown = text == &kUnknownText;
  std::string name = text ? std::string(text->name) : camel_case(kind) + "Contradiction";
  std::string short_text = text ? std::string(text->short_text) : "Statements of kind " + kind + " that cannot all be true";
  std::string full_text = text ? std::string(text->full_text) : "Statements of kind " + kind + " that disagree.";
  std::string help = text ? std::string(text->fix) : "Correct the statement the result points at, or the others.";
  if (!unknown) help = std::string(kContradictionHelp) + help;
  return {{"id", id},
          {"name", name},
          {"shortDescription", {{"text", short_text}}},
          {"fullDescription", {{"text", full_text}}},
          {"help", {{"text", help}}},
          {"defaultConfiguration", {{"level", unknown ? "warning" : "error"}}},
          {"properties", {{"tags", unknown ? Json{"factaudit", "solver-budget"} : Json{"factaudit", "consistency", kind}}}}};
}

/// A relative URI reference for a path: unreserved characters and "/" stay, every other byte is
/// percent-encoded (spaces, "<", "%", a ":" that would read as a scheme, non-ASCII); "./" is dropped.
std::string artifact_uri(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = path.starts_with('/') ? "file://" : "";
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if (ascii_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

/// Plain text for a SARIF message: "[" and "]" are escaped so document text cannot form an embedded link.
std::string message_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

/// Where a span ends, counted as the claim's own line and column are: "\n" breaks a line, columns count
/// code points, and the end column is the one just past the span.
std::pair<std::size_t, std::size_t> span_end(const SourceSpan& span) {
  std::size_t line = std::max<std::size_t>(span.line, 1), column = std::max<std::size_t>(span.column, 1);
  for (char ch : span.text) {
    if (ch == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

/// The physical location of a claim; artifactLocation.index is the document index until renumbered.
Json physical_location(const Claim& claim, const ClaimSet& set) {
  auto [end_line, end_column] = span_end(claim.span);
  Json region = {{"startLine", std::max<std::size_t>(claim.span.line, 1)},
                 {"startColumn", std::max<std::size_t>(claim.span.column, 1)},
                 {"endLine", end_line},
                 {"endColumn", end_column},
                 {"byteOffset", claim.span.start},
                 {"byteLength", claim.span.end - claim.span.start},
                 {"snippet", {{"text", claim.span.text}}}};
  return {{"artifactLocation", {{"uri", artifact_uri(set.documents[claim.document].path)}, {"index", claim.document}}},
          {"region", region}};
}

/// locations (the primary claim) and relatedLocations (the others, at most kMaxRelatedLocations);
/// returns how many related claims were left out.
std::size_t add_locations(Json& result, const Claim& primary, const std::vector<const Claim*>& others,
                          const ClaimSet& set) {
  result["locations"] = Json::array({{{"physicalLocation", physical_location(primary, set)}}});
  Json related = Json::array();
  for (std::size_t i = 0; i < others.size() && i < kMaxRelatedLocations; ++i) {
    related.push_back({{"id", i + 1},
                       {"physicalLocation", physical_location(*others[i], set)},
                       {"message", {{"text", message_text("\"" + others[i]->span.text + "\"")}}}});
  }
  result["relatedLocations"] = related;
  return others.size() > kMaxRelatedLocations ? others.size() - kMaxRelatedLocations : 0;
}

std::string left_out_note(std::size_t left_out) {
  if (left_out == 0) return "";
  return " (" + std::to_string(left_out) + " more related statement(s) not listed: at most " +
         std::to_string(kMaxRelatedLocations) + " related locations per result.)";
}

Json contradiction_result(const Contradiction& c, const std::map<std::string, const Claim*>& by_id, const ClaimSet& set) {
  std::vector<const Claim*> others;
  for (const auto& id : c.claims) {
    if (id != c.primary) others.push_back(by_id.at(id));
  }
  Json result = {{"ruleId", "factaudit/" + c.kind},
                 {"ruleIndex", 0},
                 {"level", c.severity == Severity::major ? "error" : "warning"},
                 {"message", Json::object()}};
  std::size_t left_out = add_locations(result, *by_id.at(c.primary), others, set);
  std::string text = c.message;
  if (!c.fix.description.empty()) text += (text.ends_with('.') ? " Fix: " : ". Fix: ") + c.fix.description;
  if (c.truncated) text += " More conflicting sets exist in this component than were enumerated.";
  result["message"]["text"] = message_text(text + left_out_note(left_out));
  result["partialFingerprints"] = {{"factauditContent/v1", c.fingerprint}};
  result["properties"] = {{"id", c.id},
                          {"kind", c.kind},
                          {"severity", to_string(c.severity)},
                          {"claims", c.claims},
                          {"primary", c.primary},
                          {"rules", c.rules},
                          {"ruleTexts", c.rule_texts},
                          {"assumptions", c.assumptions},
                          {"fix", c.fix.description},
                          {"derivation", c.derivation},
                          {"component", c.component},
                          {"truncated", c.truncated}};
  return result;
}

/// The fingerprint of an undecided component, from what its members say as for a contradiction.
std::string content_fingerprint(const std::vector<const Claim*>& members) {
  std::vector<std::string> contents;
  for (const Claim* c : members) {
    contents.push_back(std::string(to_string(c->kind)) + "\x1f" + c->slot.dump() + "\x1f" + c->value.dump() + "\x1f" +
                       c->span.text);
  }
  std::sort(contents.begin(), contents.end());
  std::string content = "unknown\n";
  for (const auto& line : contents) content += line + "\n";
  return sha256_hex(content).substr(0, 32);
}

Json unknown_result(const UnknownComponent& u, const std::vector<const Claim*>& members, const ClaimSet& set) {
  Json result = {{"ruleId", kUnknownRule}, {"ruleIndex", 0}, {"level", "warning"}, {"message", Json::object()}};
  std::vector<const Claim*> others(members.begin() + 1, members.end());
  std::size_t left_out = add_locations(result, *members.front(), others, set);
  result["message"]["text"] = message_text("The solver budget ran out before the " + std::to_string(members.size()) +
                                           " statement(s) of component " + u.component + " were decided (" + u.reason +
                                           "): they were not checked." + left_out_note(left_out));
  result["partialFingerprints"] = {{"factauditContent/v1", content_fingerprint(members)}};
  result["properties"] = {{"component", u.component}, {"claims", u.claims}, {"reason", u.reason}};
  return result;
}

/// Bytes a result adds to the file as dump(2) prints it under runs[0].results[].
std::size_t printed_size(const Json& result) {
  std::string text = result.dump(2);
  return text.size() + kResultIndent * (std::count(text.begin(), text.end(), '\n') + 1) + 2;
}

/// Every artifactLocation of a result, for renumbering.
template <typename F>
void each_artifact_location(Json& result, F&& f) {
  for (auto& l : result["locations"]) f(l["physicalLocation"]["artifactLocation"]);
  for (auto& l : result["relatedLocations"]) f(l["physicalLocation"]["artifactLocation"]);
}

}  // namespace

void write_sarif_report(std::ostream& out, const ReportContext& context) {
  const ClaimSet& set = context.set;
  const CheckResult& result = context.result;
  const Summary& s = context.summary;
  std::map<std::string, const Claim*> by_id;
  for (const auto& c : set.claims) by_id[c.id] = &c;

  // every finding in report order: contradictions, then undecided components (those with members)
  std::vector<Json> findings;
  for (const auto& c : result.contradictions) findings.push_back(contradiction_result(c, by_id, set));
  // accepted by the baseline: reported as suppressed, so code scanning keeps them closed, not lost
  for (const auto& c : result.baselined) {
    Json r = contradiction_result(c, by_id, set);
    r["suppressions"] = Json::array({Json{{"kind", "external"}, {"status", "accepted"},
                                          {"justification", "accepted in the baseline " + s.baseline}}});
    findings.push_back(std::move(r));
  }
  for (const auto& u : result.unknown) {
    std::vector<const Claim*> members;
    for (const auto& id : u.claims) members.push_back(by_id.at(id));
    if (!members.empty()) findings.push_back(unknown_result(u, members, set));
  }

  // keep what GitHub accepts: the result count, and the file size (a result's printed bytes, the artifact
  // entry of each document it is the first to reference, and a reserve for the rules and the rest)
  constexpr std::size_t kReserve = 100'000;
  std::vector<Json> results;
  std::set<std::size_t> sized;  // documents referenced by the results kept
  std::size_t bytes = kReserve;
  for (auto& f : findings) {
    std::size_t size = printed_size(f);
    std::set<std::size_t> fresh;
    each_artifact_location(f, [&](const Json& a) {
      std::size_t d = a["index"].get<std::size_t>();
      if (!sized.contains(d) && fresh.insert(d).second) size += a["uri"].get_ref<const std::string&>().size() + 256;
    });
    if (results.size() == kMaxResults || bytes + size > kUploadBudget) break;
    bytes += size;
    sized.insert(fresh.begin(), fresh.end());
    results.push_back(std::move(f));
  }
  std::size_t omitted = findings.size() - results.size();

  // renumber: rules used, sorted by id; documents referenced, in input order
  std::set<std::string> rule_ids;
  for (const auto& r : results) rule_ids.insert(r["ruleId"].get<std::string>());
  Json rules = Json::array();
  std::map<std::string, std::size_t> rule_index;
  for (const auto& id : rule_ids) {
    rule_index[id] = rules.size();
    rules.push_back(rule_descriptor(id));
  }
  Json artifacts = Json::array();
  std::map<std::size_t, std::size_t> artifact_index;
  for (std::size_t d : sized) {
    artifact_index[d] = artifacts.size();
    const DocumentInfo& document = set.documents[d];
    Json artifact = {{"location", {{"uri", artifact_uri(document.path)}}}, {"length", document.size}};
    if (!document.sha256.empty()) artifact["hashes"] = {{"sha-256", document.sha256}};
    artifacts.push_back(artifact);
  }
  for (auto& r : results) {
    r["ruleIndex"] = rule_index.at(r["ruleId"].get<std::string>());
    each_artifact_location(r, [&](Json& a) { a["index"] = artifact_index.at(a["index"].get<std::size_t>()); });
  }

  Json invocation = {{"executionSuccessful", true}, {"exitCode", s.exit}};
  if (omitted > 0) {
    invocation["toolExecutionNotifications"] = Json::array(
        {{{"level", "warning"},
          {"message", {{"text", std::to_string(omitted) + " of " + std::to_string(findings.size()) +
                                    " results left out to stay within GitHub's limits (25,000 results, 10 MB); "
                                    "the JSON report has them all."}}}}});
  }
  Json run = Json::object();
  run["tool"] = {{"driver", {{"name", "factaudit"}, {"semanticVersion", FACTAUDIT_VERSION}, {"rules", rules}}}};
  run["invocations"] = Json::array({invocation});
  run["artifacts"] = artifacts;
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  Json copies = Json::array();  // copy groups: a copy is one source with its original
  for (const auto& g : result.copies) {
    Json copy_uris = Json::array();
    for (std::size_t d : g.copies) copy_uris.push_back(artifact_uri(set.documents[d].path));
    Json traced = Json::array();
    for (const auto& t : g.traced) traced.push_back({{"claim", t.claim}, {"original", t.original}, {"reworded", t.reworded}});
    copies.push_back({{"original", artifact_uri(set.documents[g.original].path)}, {"copies", copy_uris}, {"traced", traced}});
  }
  run["properties"] = {{"copies", copies},
                       {"summary",
                        {{"documents", s.documents},
                         {"claims", s.claims},
                         {"contradictions", s.contradictions},
                         {"major", s.major},
                         {"minor", s.minor},
                         {"unknown", s.unknown},
                         {"failOn", to_string(s.fail_on)},
                         {"exit", s.exit},
                         {"omittedResults", omitted}}}};
  Json log = Json::object();
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({run});
  out << log.dump(2) << "\n";
}

}  // namespace factaudit
