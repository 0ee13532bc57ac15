// Bad claim files end with exit 2 and `path:line:col: error: ...` naming what was expected, and no
// report file is left behind.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;

namespace {

const char* kGood = R"({
  "factaudit": "claims",
  "version": 1,
  "document": {"path": "missing.txt", "size": 100, "sha256": "0000000000000000000000000000000000000000000000000000000000000000"},
  "claims": [
    {"id": "t.one", "kind": "quantity",
     "slot": {"subject": "AF-KZ", "measure": "trade.turnover", "period": "2023", "unit": "USD"},
     "value": {"literal": "636.5", "scale": "million", "unit": "USD"},
     "span": {"start": 10, "end": 24, "line": 1, "column": 11, "text": "$636.5 million"}}
  ]
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

struct Case {
  const char* name;
  std::string content;
  const char* position;  // expected "line:col"
  const char* message;
};

}  // namespace

TEST_CASE("bad claim files: exit 2 - path:line:col and what was expected - no partial output", "[e2e][bad-input]") {
  std::vector<Case> cases = {
      {"malformed", replaced(kGood, "\"version\": 1,", "\"version\": 1"), "4:12", "malformed JSON"},
      {"unknown-kind", replaced(kGood, "\"kind\": \"quantity\"", "\"kind\": \"amount\""), "6:21", "unknown kind 'amount'"},
      {"missing-span", replaced(kGood, "\"span\": {\"start\"", "\"spam\": {\"start\""), "6:5", "missing 'span'"},
      {"span-beyond-size", replaced(kGood, "\"size\": 100", "\"size\": 20"), "9:28", "beyond the document's recorded size of 20"},
      {"unknown-unit", replaced(kGood, "\"million\", \"unit\": \"USD\"}", "\"million\", \"unit\": \"EUR\"}"), "8:56", "unknown unit 'EUR'"},
      {"wrong-version", replaced(kGood, "\"version\": 1", "\"version\": 2"), "3:3", "unsupported claim file version 2"},
      {"unknown-measure", replaced(kGood, "trade.turnover", "trade.volume"), "7:35", "unknown measure 'trade.volume'"},
      {"bad-period", replaced(kGood, "\"period\": \"2023\"", "\"period\": \"2023-02-30\""), "7:64", "has 28 days"},
  };
  std::string dir = temp_folder("bad-input");
  {
    std::ofstream(dir + "/good.claims.json") << kGood;
  }
  RunResult good = run_factaudit("check '" + dir + "/good.claims.json'");
  CHECK(good.exit_code == 0);
  for (const auto& c : cases) {
    INFO(c.name);
    std::string path = dir + "/" + c.name + ".claims.json";
    std::ofstream(path) << c.content;
    std::string report = dir + "/" + c.name + ".report.json";
    RunResult run = run_factaudit("check '" + path + "' --format json -o '" + report + "'");
    CHECK(run.exit_code == 2);
    CHECK(run.err.find(path + ":" + c.position + ": error: ") != std::string::npos);
    CHECK(run.err.find(c.message) != std::string::npos);
    CHECK(run.out.empty());
    CHECK_FALSE(std::filesystem::exists(report));
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("an unwritable output path is exit 2 and leaves nothing behind", "[e2e][bad-input]") {
  RunResult run = run_factaudit("check claims/ -o /nonexistent-folder/report.json");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("/nonexistent-folder/report.json: error: cannot write the report") != std::string::npos);
}

TEST_CASE("a named input that does not exist - or is not a claim file - is exit 2", "[e2e][bad-input]") {
  CHECK(run_factaudit("check no-such-file.claims.json").exit_code == 2);
  RunResult png = run_factaudit("check README.md.png");
  CHECK(png.exit_code == 2);
}
