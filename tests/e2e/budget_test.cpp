// A component Z3 cannot decide within its resource limit ends as *unknown* (reason "budget") in every
// report format, never as consistent, and `--fail-on unknown` turns it into exit 1. The hard component
// is a pigeonhole: 40 named holders of a one-seat office, each in post during May 2023 (31 days), none
// with a stated end, so each term must run until a successor starts; the same with 10 holders fits and
// is decided.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;
using JsonDoc = nlohmann::json;

namespace {

/// A claim file of `holders` presidents of Kazakhstan all in office in May 2023.
std::string write_one_seat_holders(const std::string& dir, int holders) {
  JsonDoc claims = JsonDoc::array();
  for (int i = 0; i < holders; ++i) {
    claims.push_back({{"id", "holder." + std::to_string(i)},
                      {"kind", "office"},
                      {"slot", {{"subject", "person:holder-" + std::to_string(i)}, {"measure", "office"}, {"office", "president:KZ"}}},
                      {"value", {{"role", "holds"}, {"time", {{"date", "2023-05"}}}}},
                      {"span", {{"start", 0}, {"end", 9}, {"line", 1}, {"column", 1}, {"text", "President"}}}});
  }
  JsonDoc file = {{"factaudit", "claims"},
               {"version", 1},
               {"document", {{"path", "absent.txt"}, {"size", 100}, {"sha256", std::string(64, '0')}, {"published", "2024-01"}}},
               {"claims", claims}};
  std::string path = dir + "/holders-" + std::to_string(holders) + ".claims.json";
  std::ofstream(path) << file.dump(1);
  return path;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("a component over its solver budget is unknown in every format and fails --fail-on unknown",
          "[e2e][budget]") {
  std::string dir = temp_folder("budget");
  std::string hard = write_one_seat_holders(dir, 40);
  std::string base = "check '" + hard + "' --no-config --jobs 1";

  std::string report = dir + "/report";
  RunResult json = run_factaudit(base + " --format json -o '" + report + ".json'");
  CHECK(json.exit_code == 0);  // the default threshold (minor) does not fail on unknown
  JsonDoc parsed = JsonDoc::parse(slurp(report + ".json"));
  CHECK(parsed["contradictions"].empty());
  REQUIRE(parsed["unknown"].size() == 1);
  CHECK(parsed["unknown"][0]["reason"] == "budget");
  CHECK(parsed["unknown"][0]["claims"].size() == 40);
  CHECK(parsed["summary"]["exit"] == 0);

  RunResult text = run_factaudit(base + " --format text");
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("absent.txt:1:1: unknown: the solver budget ran out before 40 claims of component") != std::string::npos);
  CHECK(text.out.find("0 contradiction(s) (0 major, 0 minor), 1 unknown, in 40 claims") != std::string::npos);

  RunResult sarif = run_factaudit(base + " --format sarif -o '" + report + ".sarif'");
  CHECK(sarif.exit_code == 0);
  JsonDoc results = JsonDoc::parse(slurp(report + ".sarif"))["runs"][0]["results"];
  REQUIRE(results.size() == 1);
  CHECK(results[0]["ruleId"] == "factaudit/unknown");
  CHECK(results[0]["level"] == "warning");

  RunResult md = run_factaudit(base + " --format md -o '" + report + ".md'");
  CHECK(md.exit_code == 0);
  std::string markdown = slurp(report + ".md");
  CHECK(markdown.find("- **unknown**: the solver budget ran out on component `") != std::string::npos);
  CHECK(markdown.find("(40 claims)") != std::string::npos);

  RunResult html = run_factaudit(base + " --format html -o '" + report + ".html'");
  CHECK(html.exit_code == 0);
  std::string page = slurp(report + ".html");
  CHECK(page.find("<h2>Undecided components</h2>") != std::string::npos);
  CHECK(page.find("<li>The solver budget (budget) ran out on component <code>") != std::string::npos);

  // thresholds are nested: only unknown (and nothing looser) fails on an undecided component
  CHECK(run_factaudit(base + " --fail-on unknown").exit_code == 1);
  CHECK(run_factaudit(base + " --fail-on minor").exit_code == 0);
  CHECK(run_factaudit(base + " --fail-on never").exit_code == 0);
  RunResult gated = run_factaudit(base + " --fail-on unknown --format json");
  CHECK(JsonDoc::parse(gated.out)["summary"]["exit"] == 1);

  // the same structure small enough to decide is decided: the budget, not the shape, made it unknown
  RunResult small = run_factaudit("check '" + write_one_seat_holders(dir, 10) + "' --no-config --fail-on unknown --format json");
  CHECK(small.exit_code == 0);
  CHECK(JsonDoc::parse(small.out)["unknown"].empty());
  std::filesystem::remove_all(dir);
}
