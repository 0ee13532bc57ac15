// Partial reports of shards: what the JSON writer writes reads back whole, and a report that is not a
// shard's, or has a mistyped field, is refused at path:line:col.
#include <sstream>

#include <catch2/catch.hpp>

#include "../report/report_fixture.hpp"
#include "factaudit/ingest/shard_report.hpp"
#include "factaudit/model/diagnostic.hpp"

using namespace factaudit;

namespace {

/// The fixture with what every real claim has: a slot and a value.
unit::ReportFixture shard_fixture() {
  unit::ReportFixture fixture;
  for (auto& claim : fixture.set.claims) {
    claim.slot = Json{{"subject", "AR-BR"}, {"measure", "trade.total"}, {"period", "2023"}};
    claim.value = Json{{"literal", "636.5"}, {"unit", "USD"}, {"scale", "million"}};
  }
  fixture.result.sources.assign(fixture.set.claims.size(), 1);
  return fixture;
}

std::string shard_json(const unit::ReportFixture& fixture, std::size_t index, std::size_t count) {
  ReportContext context = fixture.context();
  context.shard_index = index;
  context.shard_count = count;
  std::ostringstream out;
  write_json_report(out, context);
  return out.str();
}

}  // namespace

TEST_CASE("a shard's JSON report reads back into the same claims and findings", "[ingest][shard]") {
  unit::ReportFixture fixture = shard_fixture();
  fixture.result.contradictions[0].fix.relative_change = 0.000243;
  fixture.result.suppressed = 3;
  fixture.result.corrections = {{"k1", {"c-second"}, 1}};
  fixture.summary = summarize(fixture.set, fixture.result, FailOn::minor);
  std::string text = shard_json(fixture, 2, 3);
  ShardReport shard = parse_shard_report("s2.json", text);
  CHECK(shard.index == 2);
  CHECK(shard.count == 3);
  REQUIRE(shard.set.documents.size() == 2);
  CHECK(shard.set.documents[0].title == fixture.set.documents[0].title);
  CHECK(shard.set.documents[1].published == std::nullopt);
  REQUIRE(shard.set.claims.size() == 2);
  CHECK(shard.set.claims[1].span.text == fixture.set.claims[1].span.text);
  CHECK(shard.set.claims[1].slot == fixture.set.claims[1].slot);
  CHECK(shard.result.sources == std::vector<int>{1, 1});
  REQUIRE(shard.result.contradictions.size() == 1);
  const Contradiction& c = shard.result.contradictions[0];
  CHECK(c.message == fixture.result.contradictions[0].message);
  CHECK(c.derivation == fixture.result.contradictions[0].derivation);
  CHECK(c.fix.relative_change == fixture.result.contradictions[0].fix.relative_change);
  CHECK(shard.result.suppressed == 3);
  REQUIRE(shard.result.corrections.size() == 1);
  CHECK(shard.result.corrections[0].claims == std::vector<std::string>{"c-second"});

  // written again from what was read, the report is the same bytes
  unit::ReportFixture again;
  again.set.claims = shard.set.claims;
  again.result = shard.result;
  again.summary = summarize(again.set, again.result, FailOn::minor);
  CHECK(shard_json(again, 2, 3) == text);
}

TEST_CASE("a report that is not a shard's, or has a mistyped field, is refused where it goes wrong", "[ingest][shard]") {
  unit::ReportFixture fixture = shard_fixture();
  std::ostringstream whole;
  write_json_report(whole, fixture.context());
  try {
    parse_shard_report("whole.json", whole.str());
    FAIL("a whole-run report was accepted as a shard");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("whole.json:1:1") != std::string::npos);
    CHECK(std::string(e.what()).find("--shard") != std::string::npos);
  }
  std::string text = shard_json(fixture, 1, 2);
  std::string broken = text;
  broken.replace(broken.find("\"start\": 10"), 11, "\"start\": \"10\"");
  try {
    parse_shard_report("s1.json", broken);
    FAIL("a mistyped span was accepted");
  } catch (const InputError& e) {
    CHECK(e.where().line > 1);
    CHECK(e.message().find("'start'") != std::string::npos);
  }
  std::string bad_index = text;
  bad_index.replace(bad_index.find("\"index\": 1"), 10, "\"index\": 3");
  CHECK_THROWS_AS(parse_shard_report("s1.json", bad_index), InputError);
  CHECK_THROWS_AS(parse_shard_report("s1.json", text.substr(0, text.size() / 2)), InputError);
}
