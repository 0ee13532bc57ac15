// The real binary on the gold claim files of the seed articles (claims/): the seed contradictions are
// found as minimal sets with their arithmetic and assumptions, and compatible look-alikes are not.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "claim_builder.hpp"
#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "run_binary.hpp"

using namespace factaudit;
using namespace factaudit::testing;

namespace {

const Json& seed_report() {
  static const Json report = [] {
    RunResult run = run_factaudit("check claims/ --format json");
    REQUIRE(run.exit_code == 1);
    return Json::parse(run.out);
  }();
  return report;
}

const Json* contradiction_with(const Json& report, std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  for (const auto& c : report["contradictions"]) {
    if (c["claims"].get<std::vector<std::string>>() == ids) return &c;
  }
  return nullptr;
}

bool mentions(const Json& report, const std::string& id) {
  for (const auto& c : report["contradictions"]) {
    for (const auto& member : c["claims"]) {
      if (member == id) return true;
    }
  }
  return false;
}

ClaimSet load_seed_claims() {
  Warnings warnings;
  ClaimSet set;
  for (const auto& file : collect_inputs({FACTAUDIT_SOURCE_DIR "/claims"}, warnings)) {
    if (file.kind == InputKind::claims) load_claim_file(file.path, claim_validator(shipped_rules()), set, warnings);
  }
  return set;
}

}  // namespace

TEST_CASE("seed: 2023 total with its 35.5% decline against 002's 2022 figure is minor - 0.02% apart", "[e2e][seeds]") {
  const Json* c = contradiction_with(seed_report(), {"000.trade-turnover-2023", "000.trade-turnover-2023-change", "002.trade-turnover-2022"});
  REQUIRE(c != nullptr);
  CHECK((*c)["severity"] == "minor");
  CHECK((*c)["fix"]["claim"] == "002.trade-turnover-2022");
  CHECK((*c)["fix"]["relative_change"].get<double>() == Approx(0.0002).margin(0.00005));
  CHECK((*c)["explanation"].get<std::string>().find("987.67") != std::string::npos);
}

TEST_CASE("seed: 'only two countries' against the new ambassador of late 2023 is major - naming the frame assumption",
          "[e2e][seeds]") {
  const Json* c = contradiction_with(seed_report(), {"000.countries-with-ambassador-in-af", "002.gildayev-ambassador-start"});
  REQUIRE(c != nullptr);
  CHECK((*c)["severity"] == "major");
  REQUIRE((*c)["assumptions"].size() >= 1);
  std::string assumption = (*c)["assumptions"][0];
  CHECK(assumption.find("Gildayev stayed Kazakh ambassador to Afghanistan until at least 2024-11-30") != std::string::npos);
  CHECK((*c)["rules"] == Json::array({"set.ambassador-in"}));
}

TEST_CASE("seed: Zhumangarin as deputy prime minister in May 2023 against his promotion in September 2023", "[e2e][seeds]") {
  const Json* c = contradiction_with(seed_report(), {"002.zhumangarin-dpm-2023-05", "002.zhumangarin-dpm-start-2023-09"});
  REQUIRE(c != nullptr);
  CHECK((*c)["severity"] == "major");
  CHECK((*c)["kind"] == "office");
}

TEST_CASE("seed: compatible look-alikes are not flagged", "[e2e][seeds]") {
  const Json& report = seed_report();
  // 2014: balance 330.4 against exports 333.5 and imports 3.2, with the 33 % changes
  for (const char* id : {"001.trade-turnover-2014", "001.trade-exports-2014", "001.trade-imports-2014", "001.trade-balance-2014",
                         "001.trade-turnover-2014-change", "001.trade-exports-2014-change"}) {
    CHECK_FALSE(mentions(report, id));
  }
  // 2022 = "twice" 2021: 987.9 against 474.3
  CHECK_FALSE(mentions(report, "002.trade-turnover-2021"));
  // cumulative January-November 2023 ($583 million) within the 2023 total
  CHECK_FALSE(mentions(report, "002.trade-turnover-2023-jan-nov"));
}

TEST_CASE("seed: every reported contradiction is minimal (drop any member and the rest is consistent)", "[e2e][seeds][minimal]") {
  ClaimSet set = load_seed_claims();
  CheckResult result = check(set);
  REQUIRE(result.contradictions.size() >= 5);
  check_each_contradiction_minimal(set, result);
}

TEST_CASE("the JSON report follows the contract", "[e2e][report]") {
  const Json& report = seed_report();
  CHECK(report["version"] == 1);
  REQUIRE(report["documents"].size() == 5);
  CHECK(report["documents"][0]["path"] == "../shared/seeds/000_a529183be16d2657.txt");
  CHECK(report["documents"][0]["published"] == "2024-11");
  const Json& claims = report["claims"];
  REQUIRE(claims.size() > 150);
  for (std::size_t i = 1; i < claims.size(); ++i) {
    auto key = [](const Json& c) { return std::make_tuple(c["document"].get<std::string>(), c["start"].get<std::size_t>(), c["id"].get<std::string>()); };
    CHECK(key(claims[i - 1]) < key(claims[i]));
  }
  // spans are exact byte ranges of the documents
  std::ifstream doc(std::string(FACTAUDIT_SHARED_DIR) + "/seeds/000_a529183be16d2657.txt", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(doc)), std::istreambuf_iterator<char>());
  for (const auto& c : claims) {
    if (c["document"] != "../shared/seeds/000_a529183be16d2657.txt") continue;
    CHECK(bytes.substr(c["start"], c["end"].get<std::size_t>() - c["start"].get<std::size_t>()) == c["text"]);
  }
  std::set<std::string> ids;
  for (const auto& c : report["contradictions"]) {
    CHECK(ids.insert(c["id"].get<std::string>()).second);
    for (const char* key : {"id", "kind", "severity", "claims", "rules", "assumptions", "explanation", "fix"}) CHECK(c.contains(key));
  }
  const Json& summary = report["summary"];
  CHECK(summary["documents"] == 5);
  CHECK(summary["claims"] == claims.size());
  CHECK(summary["contradictions"] == report["contradictions"].size());
  CHECK(summary["fail_on"] == "minor");
  CHECK(summary["exit"] == 1);
}

TEST_CASE("claim files are self-contained: the same findings without the documents", "[e2e][report]") {
  // moved away from the documents: every finding stays; only the reworded copy (003) can no longer be
  // recognised as a copy of 002, so sets that differ from a finding only by its claims come back
  std::string dir = temp_folder("selfcontained");
  std::filesystem::copy(FACTAUDIT_SOURCE_DIR "/claims", dir + "/claims", std::filesystem::copy_options::recursive);
  RunResult moved = run_factaudit("check '" + dir + "/claims' --format json");
  REQUIRE(moved.exit_code == 1);
  Json a = seed_report(), b = Json::parse(moved.out);
  std::map<std::string, std::string> severity_moved;
  for (const auto& c : b["contradictions"]) severity_moved[c["id"]] = c["severity"];
  for (const auto& c : a["contradictions"]) {
    INFO(c["id"].get<std::string>());
    REQUIRE(severity_moved.count(c["id"]) == 1);
    CHECK(severity_moved[c["id"]] == c["severity"]);
    severity_moved.erase(c["id"].get<std::string>());
  }
  for (const auto& c : b["contradictions"]) {
    if (!severity_moved.count(c["id"])) continue;
    bool names_copy = false;
    for (const auto& id : c["claims"]) names_copy = names_copy || id.get<std::string>().rfind("003.", 0) == 0;
    INFO(c["id"].get<std::string>());
    CHECK(names_copy);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("text output points into the source documents - with notes and a summary", "[e2e][report]") {
  RunResult run = run_factaudit("check claims/");
  REQUIRE(run.exit_code == 1);
  CHECK(run.out.find("../shared/seeds/002_e32450cf9d9c7660.txt:37:234: minor: ") != std::string::npos);
  CHECK(run.out.find(": note: \"$636.5 million\" (000.trade-turnover-2023)") != std::string::npos);
  CHECK(run.out.find("fail-on minor, exit 1") != std::string::npos);
}

TEST_CASE("option fail-on decides the exit code", "[e2e][exit]") {
  CHECK(run_factaudit("check claims/ --fail-on never").exit_code == 0);
  CHECK(run_factaudit("check claims/ --fail-on major").exit_code == 1);
  CHECK(run_factaudit("check claims/ --fail-on sometimes").exit_code == 2);
  CHECK(run_factaudit("check claims/ --format yaml").exit_code == 2);
}
