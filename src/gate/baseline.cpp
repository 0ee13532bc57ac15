// Baseline files. Wire format:
//   {"factaudit": "baseline", "version": 1,
//    "contradictions": [{"fingerprint", "id", "kind", "message", "statements": [...]}]}  sorted by fingerprint
// Only the fingerprint decides a match; the other fields say what was accepted.
#include "factaudit/gate/baseline.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "factaudit/ingest/json_locate.hpp"
#include "factaudit/ingest/text_position.hpp"

namespace factaudit {

Baseline parse_baseline(const std::string& path, const std::string& text) {
  JsonFile file(path, text);
  Json root = file.parse();
  if (!root.is_object() || root.value("factaudit", Json()) != "baseline") {
    file.fail("", "expected a baseline file: an object with \"factaudit\": \"baseline\"");
  }
  if (root.value("version", Json()) != 1) file.fail("/version", "expected \"version\": 1");
  if (!root.contains("contradictions") || !root["contradictions"].is_array()) {
    file.fail("/contradictions", "expected 'contradictions': an array");
  }
  Baseline out{path, {}};
  const Json& list = root["contradictions"];
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string at = "/contradictions/" + std::to_string(i);
    const Json& item = list[i];
    if (!item.is_object()) file.fail(at, "expected an object with a 'fingerprint'");
    auto fingerprint = item.find("fingerprint");
    if (fingerprint == item.end() || !fingerprint->is_string() || fingerprint->get<std::string>().empty()) {
      file.fail(at + "/fingerprint", "expected 'fingerprint': the contradiction's fingerprint (a string)");
    }
    BaselineEntry entry;
    entry.fingerprint = *fingerprint;
    for (const char* key : {"id", "kind", "message"}) {
      if (item.contains(key) && !item[key].is_string()) file.fail(at + "/" + key, std::string("expected a string for '") + key + "'");
    }
    entry.id = item.value("id", "");
    entry.kind = item.value("kind", "");
    entry.message = item.value("message", "");
    if (item.contains("statements")) {
      const Json& statements = item["statements"];
      if (!statements.is_array()) file.fail(at + "/statements", "expected an array of strings");
      for (std::size_t k = 0; k < statements.size(); ++k) {
        if (!statements[k].is_string()) file.fail(at + "/statements/" + std::to_string(k), "expected a string");
        entry.statements.push_back(statements[k]);
      }
    }
    out.entries.push_back(std::move(entry));
  }
  std::sort(out.entries.begin(), out.entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) { return a.fingerprint < b.fingerprint; });
  return out;
}

Baseline read_baseline(const std::string& path) { return parse_baseline(path, read_file(path)); }

std::string baseline_text(const ClaimSet& set, const CheckResult& result) {
  std::map<std::string, const Claim*> by_id;
  for (const auto& c : set.claims) by_id[c.id] = &c;
  std::map<std::string, Json> entries;  // by fingerprint: sorted, and one entry per key
  for (const auto& c : result.contradictions) {
    Json statements = Json::array();
    for (const auto& id : c.claims) statements.push_back(by_id.at(id)->span.text);
    entries.emplace(c.fingerprint, Json{{"fingerprint", c.fingerprint},
                                        {"id", c.id},
                                        {"kind", c.kind},
                                        {"message", c.message},
                                        {"statements", statements}});
  }
  Json list = Json::array();
  for (auto& [key, entry] : entries) list.push_back(std::move(entry));
  Json root = {{"factaudit", "baseline"}, {"version", 1}, {"contradictions", list}};
  return root.dump(2) + "\n";
}

void apply_baseline(const Baseline& baseline, CheckResult& result) {
  std::set<std::string> keys;
  for (const auto& e : baseline.entries) keys.insert(e.fingerprint);
  std::set<std::string> used;
  std::vector<Contradiction> kept;
  for (auto& c : result.contradictions) {
    if (keys.count(c.fingerprint)) {
      used.insert(c.fingerprint);
      result.baselined.push_back(std::move(c));
    } else {
      kept.push_back(std::move(c));
    }
  }
  result.contradictions = std::move(kept);
  // a component whose contradictions are all accepted needs no correction
  std::set<std::string> open_components;
  for (const auto& c : result.contradictions) open_components.insert(c.component);
  std::erase_if(result.corrections, [&](const Correction& k) { return !open_components.count(k.component); });
  result.baseline_unmatched = keys.size() - used.size();
}

}  // namespace factaudit
