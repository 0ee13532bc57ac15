// Baseline files: round trip, matching by fingerprint only, and located errors.
#include <catch2/catch.hpp>

#include "../report/report_fixture.hpp"
#include "factaudit/gate/baseline.hpp"
#include "factaudit/model/diagnostic.hpp"

using namespace factaudit;

TEST_CASE("a written baseline reads back and accepts exactly the contradictions it lists", "[gate][baseline]") {
  unit::ReportFixture fixture;
  std::string text = baseline_text(fixture.set, fixture.result);
  Baseline baseline = parse_baseline("b.json", text);
  REQUIRE(baseline.entries.size() == 1);
  CHECK(baseline.entries[0].fingerprint == fixture.result.contradictions[0].fingerprint);
  CHECK(baseline.entries[0].statements.size() == 2);
  CHECK(baseline_text(fixture.set, fixture.result) == text);  // deterministic

  CheckResult result = fixture.result;
  Contradiction other = result.contradictions[0];
  other.id = "x-other";
  other.fingerprint = "ffff";
  result.contradictions.push_back(other);
  apply_baseline(baseline, result);
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions[0].id == "x-other");
  REQUIRE(result.baselined.size() == 1);
  CHECK(result.baselined[0].id == "x-contra");
  CHECK(result.baseline_unmatched == 0);
}

TEST_CASE("the same id with other content is not accepted; unused entries are counted", "[gate][baseline]") {
  unit::ReportFixture fixture;
  Baseline baseline = parse_baseline("b.json", baseline_text(fixture.set, fixture.result));
  CheckResult result = fixture.result;
  result.contradictions[0].fingerprint = "changed";
  apply_baseline(baseline, result);
  CHECK(result.contradictions.size() == 1);
  CHECK(result.baselined.empty());
  CHECK(result.baseline_unmatched == 1);
}

TEST_CASE("a baseline that is not one is an error at path:line:col", "[gate][baseline]") {
  auto error_of = [](const std::string& text) {
    try {
      parse_baseline("b.json", text);
    } catch (const InputError& e) {
      return format_position(e.where()) + " " + e.message();
    }
    return std::string("no error");
  };
  CHECK(error_of("[1, 2]").find("b.json:1:1 expected a baseline file") == 0);
  CHECK(error_of("{\"factaudit\": \"baseline\", \"version\": 2, \"contradictions\": []}").find("b.json:1:") == 0);
  CHECK(error_of("{\"factaudit\": \"baseline\", \"version\": 1,\n\"contradictions\": [\n  {\"fingerprint\": \"\"}]}")
            .find("b.json:3:4 expected 'fingerprint'") == 0);
  CHECK(error_of("{\"factaudit\": \"baseline\", \"version\": 1, \"contradictions\": [{\"fingerprint\": \"a\", \"statements\": [1]}]}")
            .find("expected a string") != std::string::npos);
  CHECK(error_of("{\"factaudit\": \"baseline\",\n \"version\": 1, \"contradictions\": [").find("b.json:2:") == 0);
  CHECK(error_of("{\"factaudit\": \"baseline\", \"version\": 1, \"contradictions\": []}") == "no error");
}
