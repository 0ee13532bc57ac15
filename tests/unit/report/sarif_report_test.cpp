// The SARIF report: what GitHub code scanning reads (rules by index, levels, locations, fingerprints) and
// what it must not be fooled by (document text, paths, sizes past its limits).
#include <sstream>

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace factaudit;

namespace {

std::string sarif_text(const unit::ReportFixture& fixture) {
  std::ostringstream out;
  find_report_format("sarif")->write(out, fixture.context());
  return out.str();
}

Json sarif(const unit::ReportFixture& fixture) { return Json::parse(sarif_text(fixture)); }

/// The fixture plus a minor date contradiction and an undecided component: three rules in use.
void add_date_and_unknown(unit::ReportFixture& fixture) {
  Claim third;
  third.id = "c-third";
  third.kind = ClaimKind::date;
  third.span = {60, 72, 4, 3, "€1\nmillion"};  // runs over a line: the end is computed from the text
  third.document = 0;
  fixture.set.claims.push_back(third);
  Contradiction date = fixture.result.contradictions.front();
  date.id = "x-date";
  date.fingerprint = "fedcba9876543210fedcba9876543210";
  date.kind = "date";
  date.severity = Severity::minor;
  date.claims = {"c-first", "c-third"};
  date.primary = "c-third";
  fixture.result.contradictions.push_back(date);
  fixture.result.unknown.push_back({"k2", {"c-first", "c-second", "c-third"}, "budget"});
  fixture.summary = summarize(fixture.set, fixture.result, FailOn::minor);
}

}  // namespace

TEST_CASE("sarif report is one SARIF 2.1.0 run of factaudit with code-point columns", "[report][sarif]") {
  unit::ReportFixture fixture;
  Json log = sarif(fixture);
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const Json& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "factaudit");
  CHECK(run["tool"]["driver"]["semanticVersion"] == FACTAUDIT_VERSION);
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
  CHECK(run["invocations"][0]["exitCode"] == 1);
  CHECK(run["properties"]["summary"]["omittedResults"] == 0);
  CHECK(find_report_format("sarif") != nullptr);
}

TEST_CASE("sarif report lists the rules used, sorted, and results name theirs by id and index", "[report][sarif]") {
  unit::ReportFixture fixture;
  add_date_and_unknown(fixture);
  const Json run = sarif(fixture)["runs"][0];
  const Json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 3);
  CHECK(rules[0]["id"] == "factaudit/date");
  CHECK(rules[1]["id"] == "factaudit/quantity");
  CHECK(rules[2]["id"] == "factaudit/unknown");
  CHECK(rules[1]["name"] == "QuantityContradiction");
  CHECK(rules[2]["name"] == "UndecidedComponent");
  for (const auto& rule : rules) {
    for (const char* key : {"shortDescription", "fullDescription", "help"}) {
      CHECK(!rule[key]["text"].get<std::string>().empty());
    }
    CHECK(rule["properties"]["tags"].size() >= 2);
  }
  CHECK(rules[1]["defaultConfiguration"]["level"] == "error");
  CHECK(rules[2]["defaultConfiguration"]["level"] == "warning");
  const Json& results = run["results"];
  REQUIRE(results.size() == 3);
  for (const auto& r : results) CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
  CHECK(results[0]["ruleId"] == "factaudit/quantity");
  CHECK(results[0]["level"] == "error");  // major
  CHECK(results[1]["ruleId"] == "factaudit/date");
  CHECK(results[1]["level"] == "warning");  // minor
  CHECK(results[2]["ruleId"] == "factaudit/unknown");
  CHECK(results[2]["level"] == "warning");
  CHECK(results[2]["relatedLocations"].size() == 2);
}

TEST_CASE("sarif report describes a kind it has no text for by its name", "[report][sarif]") {
  unit::ReportFixture fixture;
  fixture.result.contradictions.front().kind = "travel-time";
  const Json run = sarif(fixture)["runs"][0];
  const Json& rule = run["tool"]["driver"]["rules"][0];
  CHECK(rule["id"] == "factaudit/travel-time");
  CHECK(rule["name"] == "TravelTimeContradiction");
  CHECK(!rule["help"]["text"].get<std::string>().empty());
  CHECK(run["results"][0]["ruleId"] == "factaudit/travel-time");
}

TEST_CASE("sarif result points at the likely wrong claim and relates the others", "[report][sarif]") {
  unit::ReportFixture fixture;
  add_date_and_unknown(fixture);
  fixture.set.documents[0].sha256 = std::string(64, 'a');
  fixture.set.documents[0].size = 4711;
  const Json run = sarif(fixture)["runs"][0];
  const Json& quantity = run["results"][0];
  CHECK(quantity["message"]["text"].get<std::string>().find("*b*. Fix: change it") != std::string::npos);
  REQUIRE(quantity["locations"].size() == 1);
  const Json& where = quantity["locations"][0]["physicalLocation"];
  CHECK(where["artifactLocation"]["uri"] == "news/b.md");
  CHECK(where["region"]["startLine"] == 3);
  CHECK(where["region"]["startColumn"] == 1);
  CHECK(where["region"]["byteOffset"] == 40);
  REQUIRE(quantity["relatedLocations"].size() == 1);
  const Json& other = quantity["relatedLocations"][0];
  CHECK(other["id"] == 1);
  CHECK(other["message"]["text"] == "\"$636.5 million\"");
  CHECK(other["physicalLocation"]["region"]["endColumn"] == 5 + 14);
  CHECK(quantity["properties"]["id"] == "x-contra");
  CHECK(quantity["properties"]["claims"] == Json({"c-first", "c-second"}));
  CHECK(quantity["properties"]["derivation"].size() == 2);

  // a span over two lines ends on the second, its column counted in code points
  const Json& date = run["results"][1]["locations"][0]["physicalLocation"]["region"];
  CHECK(date["startLine"] == 4);
  CHECK(date["endLine"] == 5);
  CHECK(date["endColumn"] == 8);
  CHECK(date["snippet"]["text"] == "€1\nmillion");

  // artifacts: each referenced document once, and every location's index names its uri
  const Json& artifacts = run["artifacts"];
  REQUIRE(artifacts.size() == 2);
  CHECK(artifacts[0]["location"]["uri"] == "news/a%20%3Cb%3E.md");
  CHECK(artifacts[0]["length"] == 4711);
  CHECK(artifacts[0]["hashes"]["sha-256"] == std::string(64, 'a'));
  CHECK(!artifacts[1].contains("hashes"));  // no hash recorded
  for (const auto& r : run["results"]) {
    for (const auto* list : {&r["locations"], &r["relatedLocations"]}) {
      for (const auto& l : *list) {
        const Json& a = l["physicalLocation"]["artifactLocation"];
        CHECK(artifacts[a["index"].get<std::size_t>()]["location"]["uri"] == a["uri"]);
      }
    }
  }
}

TEST_CASE("sarif fingerprints come from content, never from positions", "[report][sarif]") {
  unit::ReportFixture fixture;
  add_date_and_unknown(fixture);
  const Json before = sarif(fixture)["runs"][0]["results"];
  CHECK(before[0]["partialFingerprints"]["factauditContent/v1"] == "0123456789abcdef0123456789abcdef");
  for (auto& claim : fixture.set.claims) {  // the same statements, moved down by an edit above them
    claim.span.line += 7;
    claim.span.column += 2;
    claim.span.start += 100;
    claim.span.end += 100;
  }
  const Json after = sarif(fixture)["runs"][0]["results"];
  REQUIRE(after.size() == before.size());
  CHECK(after[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 10);
  for (std::size_t i = 0; i < after.size(); ++i) {
    CHECK(after[i]["partialFingerprints"] == before[i]["partialFingerprints"]);
  }
  CHECK(before[2]["partialFingerprints"]["factauditContent/v1"].get<std::string>().size() == 32);
}

TEST_CASE("sarif uris are relative and percent-encoded", "[report][sarif]") {
  unit::ReportFixture fixture;
  const Json run = sarif(fixture)["runs"][0];
  const Json& related = run["results"][0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(related["uri"] == "news/a%20%3Cb%3E.md");
  fixture.set.documents[1].path = "./100% ü:x.md";
  const Json moved = sarif(fixture)["runs"][0];
  CHECK(moved["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "100%25%20%C3%BC%3Ax.md");
  fixture.set.documents[1].path = "/tmp/b.md";
  CHECK(sarif(fixture)["runs"][0]["artifacts"][1]["location"]["uri"] == "file:///tmp/b.md");
}

TEST_CASE("sarif report keeps document text as data", "[report][sarif]") {
  unit::ReportFixture fixture;
  std::string text = sarif_text(fixture);
  Json log = Json::parse(text);
  CHECK(log.dump(2) + "\n" == text);  // deterministic bytes: the same document printed again
  CHECK(text == sarif_text(fixture));
  const Json& result = log["runs"][0]["results"][0];
  CHECK(result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == unit::ReportFixture::kHostile);
  // message text cannot form an embedded SARIF link: brackets from the document are escaped
  std::string message = result["message"]["text"];
  CHECK(message.find("\\[click\\](javascript:alert(1))") != std::string::npos);
  for (std::size_t at = message.find('['); at != std::string::npos; at = message.find('[', at + 1)) {
    CHECK(message[at - 1] == '\\');
  }
}

TEST_CASE("sarif report stays within GitHub's limits and says what it left out", "[report][sarif]") {
  unit::ReportFixture fixture;
  SECTION("at most 1,000 related locations per result") {
    UnknownComponent big{"k9", {}, "budget"};
    for (int i = 0; i < 1500; ++i) {
      Claim c = fixture.set.claims.front();
      c.id = "m" + std::to_string(10000 + i);
      fixture.set.claims.push_back(c);
      big.claims.push_back(c.id);
    }
    fixture.result.unknown.push_back(big);
    const Json result = sarif(fixture)["runs"][0]["results"][1];
    CHECK(result["relatedLocations"].size() == 1000);
    CHECK(result["relatedLocations"][999]["id"] == 1000);
    CHECK(result["message"]["text"].get<std::string>().find("499 more related statement(s) not listed") !=
          std::string::npos);
  }
  SECTION("the file stays below 10 MB") {
    Contradiction base = fixture.result.contradictions.front();
    fixture.result.contradictions.clear();
    for (int i = 0; i < 3000; ++i) {
      Contradiction c = base;
      c.id = "x" + std::to_string(i);
      c.derivation.assign(3, std::string(1000, 'a'));
      fixture.result.contradictions.push_back(c);
    }
    fixture.summary = summarize(fixture.set, fixture.result, FailOn::minor);
    std::string text = sarif_text(fixture);
    CHECK(text.size() < 9'500'000);
    const Json run = Json::parse(text)["runs"][0];
    std::size_t omitted = run["properties"]["summary"]["omittedResults"];
    CHECK(omitted > 0);
    CHECK(run["results"].size() + omitted == 3000);
    CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].get<std::string>().find(
              std::to_string(omitted) + " of 3000 results left out") != std::string::npos);
  }
}

TEST_CASE("sarif message text escapes backslashes so an escaped bracket cannot reopen a link", "[report][sarif]") {
  unit::ReportFixture fixture;
  fixture.result.contradictions.front().message = "see \\[x\\](https://example.com)";
  std::string text = sarif(fixture)["runs"][0]["results"][0]["message"]["text"];
  CHECK(text.find("see \\\\\\[x\\\\\\](https") == 0);  // every \ [ ] escaped: `\\\[x\\\](`
}
