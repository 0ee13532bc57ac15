// Copies among the seed articles: 003 is a machine-reworded copy of 002. It is found, reported, and its
// restatements of 002's contradictions are not reported a second time.
#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;
using JsonDoc = nlohmann::json;

TEST_CASE("the reworded copy among the seeds is found and counted as one source", "[e2e][copies][seeds]") {
  RunResult run = run_factaudit("audit ../shared/seeds --no-config --format json");
  REQUIRE(run.exit_code == 1);
  JsonDoc report = JsonDoc::parse(run.out);
  REQUIRE(report["copies"].size() == 1);
  CHECK(report["copies"][0]["original"] == "../shared/seeds/002_e32450cf9d9c7660.txt");
  CHECK(report["copies"][0]["copies"] == JsonDoc::array({"../shared/seeds/003_aa3e181e13e2e9be.txt"}));

  // the copy's claims are traced to the original's, the ones the rewording mangled among them: "Could
  // 2023" for "May 2023" (the minister's title, read only as of 2023) and "late final 12 months" for
  // "late last year" (the new ambassador, read as taking office by publication)
  std::map<std::string, const JsonDoc*> claim_by_id;
  for (const auto& c : report["claims"]) claim_by_id[c["id"]] = &c;
  std::set<std::string> traced;
  bool minister_of_may = false, ambassador_of_last_year = false;
  for (const auto& t : report["copies"][0]["traced"]) {
    const JsonDoc& copy = *claim_by_id.at(t["claim"]);
    const JsonDoc& original = *claim_by_id.at(t["original"]);
    CHECK(copy["document"] == "../shared/seeds/003_aa3e181e13e2e9be.txt");
    CHECK(original["document"] == "../shared/seeds/002_e32450cf9d9c7660.txt");
    CHECK(copy["kind"] == original["kind"]);
    CHECK(t["reworded"] == (copy["slot"] != original["slot"] || copy["value"] != original["value"]));
    traced.insert(t["claim"].get<std::string>());
    if (t["reworded"] && original["slot"].value("office", "") == "deputy-prime-minister:KZ") {
      minister_of_may = copy["value"]["time"] == JsonDoc{{"date", "2023"}} && original["value"]["time"] == JsonDoc{{"date", "2023-05"}};
    }
    if (t["reworded"] && original["slot"].value("office", "") == "ambassador:KZ>AF" && original["value"]["role"] == "start") {
      ambassador_of_last_year = original["value"]["time"]["relative"] == "last-year";
    }
  }
  CHECK(traced.size() >= 12);
  CHECK(minister_of_may);
  CHECK(ambassador_of_last_year);
  // each claim carries how many independent documents state it: the copy adds none
  std::map<std::string, std::set<std::string>> stating;  // (kind, slot, value) -> documents, the copy read as 002
  for (const auto& c : report["claims"]) {
    std::string doc = c["document"];
    if (doc.find("003_") != std::string::npos) doc = "../shared/seeds/002_e32450cf9d9c7660.txt";
    stating[c["kind"].dump() + c["slot"].dump() + c["value"].dump()].insert(doc);
  }
  bool restated_by_copy = false;
  for (const auto& c : report["claims"]) {
    const auto& documents = stating.at(c["kind"].dump() + c["slot"].dump() + c["value"].dump());
    CHECK(c["sources"].get<std::size_t>() == documents.size());
    restated_by_copy = restated_by_copy || (traced.count(c["id"].get<std::string>()) && c["sources"] == 1);
  }
  CHECK(restated_by_copy);  // a statement of 002 its copy repeats word for word is still one source

  // a traced claim is checked as the original states it: it is in no contradiction
  for (const auto& c : report["contradictions"]) {
    for (const auto& id : c["claims"]) CHECK_FALSE(traced.count(id.get<std::string>()));
  }

  // no two contradictions say the same thing through the original and its copy: with the copy's
  // document read as the original, their members' (kind, slot, value) sets differ
  std::map<std::string, std::string> key_of_claim;
  for (const auto& c : report["claims"]) {
    std::string doc = c["document"];
    if (doc.find("003_") != std::string::npos) doc = "../shared/seeds/002_e32450cf9d9c7660.txt";
    key_of_claim[c["id"]] = doc + c["kind"].dump() + c["slot"].dump() + c["value"].dump();
  }
  std::set<std::set<std::string>> seen;
  for (const auto& c : report["contradictions"]) {
    std::set<std::string> members;
    for (const auto& id : c["claims"]) members.insert(key_of_claim.at(id));
    CHECK(seen.insert(members).second);
  }

  // every format names the copy
  for (const char* format : {"text", "md", "html", "sarif"}) {
    INFO(format);
    RunResult formatted = run_factaudit(std::string("audit ../shared/seeds --no-config --format ") + format);
    std::string name = std::string(format) == "md" ? "003\\_aa3e181e13e2e9be.txt" : "003_aa3e181e13e2e9be.txt";
    CHECK(formatted.out.find(name) != std::string::npos);
    CHECK(formatted.out.find(std::string(format) == "sarif" ? "\"copies\"" : "copy") != std::string::npos);
  }
}

TEST_CASE("articles on one subject that are not copies are not grouped", "[e2e][copies]") {
  RunResult run = run_factaudit("audit examples/articles tests/corpus --no-config --format json");
  JsonDoc report = JsonDoc::parse(run.out);
  CHECK(report["copies"].empty());
}
