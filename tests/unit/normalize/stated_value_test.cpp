// Stated numbers → intervals, checked against the tolerance table of claim-semantics.md section 2,
// using the shipped rules/ (tolerances and hedges are data there).
#include <catch2/catch.hpp>

#include <string>

#include "factaudit/normalize/decimal.hpp"
#include "factaudit/normalize/stated_value.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "../unit_support.hpp"
#include "claim_builder.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::unit::dec;
using factaudit::unit::thrown;

namespace {

const Rulebook& rules() { return factaudit::testing::shipped_rules(); }

StatedNumber stated(const char* json, bool literal_required = true) {
  return stated_number(Json::parse(json), rules(), literal_required);
}

const mpq_class kMillion = 1000000;
const mpq_class kBillion = 1000000000;

/// Checks a closed interval [lo, hi].
void check_closed(const NumericInterval& iv, const mpq_class& lo, const mpq_class& hi) {
  INFO("interval " << iv.describe(1, 6));
  REQUIRE(iv.lo.value);
  REQUIRE(iv.hi.value);
  CHECK(*iv.lo.value == lo);
  CHECK(*iv.hi.value == hi);
  CHECK_FALSE(iv.lo.open);
  CHECK_FALSE(iv.hi.open);
}

std::string field_of_error(const char* json, bool literal_required = true) {
  auto error = thrown<ClaimValueError>([&] { stated(json, literal_required); });
  return error ? error->field() : std::string("<no ClaimValueError>");
}

}  // namespace

TEST_CASE("stated value: an exact figure is v ± half a unit of its last digit", "[stated_value]") {
  StatedNumber s = stated(R"({"literal": "636.5", "scale": "million", "unit": "USD"})");
  CHECK(s.value == dec("636.5") * kMillion);
  CHECK(s.scale == kMillion);
  CHECK(s.scale_id == "million");
  CHECK(s.unit == "USD");
  CHECK(s.hedge.empty());
  CHECK(s.has_literal);
  check_closed(s.interval, dec("636.45") * kMillion, dec("636.55") * kMillion);

  StatedNumber pct = stated(R"({"literal": "35.5", "unit": "percent"})");
  check_closed(pct.interval, dec("35.45"), dec("35.55"));

  // "$545,700" is written "545700": four significant digits, so exact, not a round figure
  StatedNumber usd = stated(R"({"literal": "545700", "unit": "USD"})");
  check_closed(usd.interval, dec("545699.5"), dec("545700.5"));
}

TEST_CASE("stated value: scale words and spellings normalise to the same value", "[stated_value]") {
  StatedNumber a = stated(R"({"literal": "336.7", "scale": "million", "unit": "USD"})");
  StatedNumber b = stated(R"({"literal": "336700000", "unit": "USD"})");
  CHECK(a.value == b.value);
  StatedNumber thousand = stated(R"({"literal": "20.15", "scale": "thousand", "unit": "t"})");
  CHECK(thousand.value == 20150);
  check_closed(thousand.interval, dec("20145"), dec("20155"));
  // no scale means "one"
  CHECK(stated(R"({"literal": "5", "unit": "count"})").scale == 1);
}

TEST_CASE("stated value: round figures with two significant digits are v ± 5%", "[stated_value]") {
  // "$500 million": one significant digit with a scale word
  StatedNumber s = stated(R"({"literal": "500", "scale": "million", "unit": "USD"})");
  check_closed(s.interval, 475 * kMillion, 525 * kMillion);
  // "$45 million": two significant digits with a scale word
  StatedNumber two = stated(R"({"literal": "45", "scale": "million", "unit": "USD"})");
  check_closed(two.interval, dec("42.75") * kMillion, dec("47.25") * kMillion);
  // "30 km": trailing zeros, no scale word
  StatedNumber km = stated(R"({"literal": "30", "unit": "km"})");
  check_closed(km.interval, dec("28.5"), dec("31.5"));
  // three significant digits are not round: "$315 million" is exact
  StatedNumber exact = stated(R"({"literal": "315", "scale": "million", "unit": "USD"})");
  check_closed(exact.interval, dec("314.5") * kMillion, dec("315.5") * kMillion);
  // a single digit without scale word or trailing zeros is not a round figure: "7 countries"
  StatedNumber seven = stated(R"({"literal": "7", "unit": "count"})");
  check_closed(seven.interval, dec("6.5"), dec("7.5"));
}

TEST_CASE("stated value: \"$1 billion\" and \"3 thousand tons\" are round figures, v ± 5%", "[stated_value]") {
  // claim-semantics.md section 2: round figure ("$1 billion", "500 million") → v ± 5 %
  StatedNumber billion = stated(R"({"literal": "1", "scale": "billion", "unit": "USD"})");
  check_closed(billion.interval, dec("0.95") * kBillion, dec("1.05") * kBillion);

  StatedNumber tons = stated(R"({"literal": "3", "scale": "thousand", "unit": "t"})");
  check_closed(tons.interval, 2850, 3150);

  // hedges start from the round figure's interval: "about $1 billion" is ±10%, "over $1 billion" > 0.95 bn
  StatedNumber about = stated(R"({"literal": "1", "scale": "billion", "unit": "USD", "hedge": "about"})");
  check_closed(about.interval, dec("0.9") * kBillion, dec("1.1") * kBillion);
  StatedNumber over = stated(R"({"literal": "1", "scale": "billion", "unit": "USD", "hedge": "more-than"})");
  REQUIRE(over.interval.lo.value);
  CHECK(*over.interval.lo.value == dec("0.95") * kBillion);
  CHECK(over.interval.lo.open);
}

TEST_CASE("stated value: about is v ± 10%", "[stated_value]") {
  StatedNumber s = stated(R"({"literal": "636.5", "scale": "million", "unit": "USD", "hedge": "about"})");
  CHECK(s.hedge == "about");
  mpq_class v = dec("636.5") * kMillion;
  check_closed(s.interval, v * dec("0.9"), v * dec("1.1"));
}

TEST_CASE("stated value: almost is [0.9 v - 1.01 v]", "[stated_value]") {
  StatedNumber s = stated(R"({"literal": "636.5", "scale": "million", "unit": "USD", "hedge": "almost"})");
  mpq_class v = dec("636.5") * kMillion;
  check_closed(s.interval, v * dec("0.9"), v * dec("1.01"));
}

TEST_CASE("stated value: more than / less than are open at v taken at its precision", "[stated_value]") {
  // "over $343 million": (342.5 million, inf)
  StatedNumber more = stated(R"({"literal": "343", "scale": "million", "unit": "USD", "hedge": "more-than"})");
  REQUIRE(more.interval.lo.value);
  CHECK(*more.interval.lo.value == dec("342.5") * kMillion);
  CHECK(more.interval.lo.open);
  CHECK_FALSE(more.interval.hi.value);
  CHECK(more.value == 343 * kMillion);  // the point value stays as stated

  StatedNumber less = stated(R"({"literal": "60.5", "unit": "percent", "hedge": "less-than"})");
  CHECK_FALSE(less.interval.lo.value);
  REQUIRE(less.interval.hi.value);
  CHECK(*less.interval.hi.value == dec("60.55"));
  CHECK(less.interval.hi.open);
}

TEST_CASE("stated value: at least / up to are closed at v taken at its precision", "[stated_value]") {
  StatedNumber least = stated(R"({"literal": "343", "scale": "million", "unit": "USD", "hedge": "at-least"})");
  REQUIRE(least.interval.lo.value);
  CHECK(*least.interval.lo.value == dec("342.5") * kMillion);
  CHECK_FALSE(least.interval.lo.open);
  CHECK_FALSE(least.interval.hi.value);

  StatedNumber most = stated(R"({"literal": "10", "unit": "count", "hedge": "up-to"})");
  CHECK_FALSE(most.interval.lo.value);
  REQUIRE(most.interval.hi.value);
  CHECK_FALSE(most.interval.hi.open);
  // "up to 10": 10 itself is allowed, 11 is not
  CHECK(*most.interval.hi.value >= 10);
  CHECK(*most.interval.hi.value < 11);
}

TEST_CASE("stated value: \"twice\" (2 times) is [1.9, 2.1]; \"almost doubled\" [1.8, 2.1]", "[stated_value]") {
  StatedNumber twice = stated(R"({"literal": "2", "unit": "times"})");
  CHECK(twice.value == 2);
  check_closed(twice.interval, dec("1.9"), dec("2.1"));

  StatedNumber three = stated(R"({"literal": "3", "unit": "times"})");
  check_closed(three.interval, dec("2.85"), dec("3.15"));

  StatedNumber almost = stated(R"({"literal": "2", "unit": "times", "hedge": "almost"})");
  check_closed(almost.interval, dec("1.8"), dec("2.1"));
}

TEST_CASE("stated value: a times figure with more digits keeps the 5% unit tolerance", "[stated_value]") {
  // "1.5 times": precision [1.45, 1.55] is narrower than ±5%, so the unit tolerance decides
  StatedNumber s = stated(R"({"literal": "1.5", "unit": "times"})");
  check_closed(s.interval, dec("1.425"), dec("1.575"));
}

TEST_CASE("stated value: \"most of\" without a figure is a share in (50, 100]", "[stated_value]") {
  StatedNumber s = stated(R"({"unit": "percent", "hedge": "most"})");
  CHECK_FALSE(s.has_literal);
  REQUIRE(s.interval.lo.value);
  REQUIRE(s.interval.hi.value);
  CHECK(*s.interval.lo.value == 50);
  CHECK(s.interval.lo.open);
  CHECK(*s.interval.hi.value == 100);
  CHECK_FALSE(s.interval.hi.open);
}

TEST_CASE("stated value: neutral hedges (only - record) change nothing", "[stated_value]") {
  StatedNumber plain = stated(R"({"literal": "1.75", "scale": "million", "unit": "USD"})");
  StatedNumber only = stated(R"({"literal": "1.75", "scale": "million", "unit": "USD", "hedge": "only"})");
  CHECK(only.hedge == "only");
  check_closed(plain.interval, dec("1.745") * kMillion, dec("1.755") * kMillion);
  check_closed(only.interval, dec("1.745") * kMillion, dec("1.755") * kMillion);
  StatedNumber record = stated(R"({"literal": "636.5", "scale": "million", "unit": "USD", "hedge": "record"})");
  check_closed(record.interval, dec("636.45") * kMillion, dec("636.55") * kMillion);
}

TEST_CASE("stated value: unknown unit - scale and hedge name the field", "[stated_value]") {
  auto unit = thrown<ClaimValueError>([] { stated(R"({"literal": "5", "unit": "EUR"})"); });
  REQUIRE(unit);
  CHECK(unit->field() == "value/unit");
  CHECK_THAT(unit->what(), Contains("EUR"));
  CHECK_THAT(unit->what(), Contains("USD"));  // lists what is known

  auto scale = thrown<ClaimValueError>([] { stated(R"({"literal": "5", "scale": "gazillion", "unit": "USD"})"); });
  REQUIRE(scale);
  CHECK(scale->field() == "value/scale");
  CHECK_THAT(scale->what(), Contains("gazillion"));

  auto hedge = thrown<ClaimValueError>([] { stated(R"({"literal": "5", "unit": "USD", "hedge": "kinda"})"); });
  REQUIRE(hedge);
  CHECK(hedge->field() == "value/hedge");
  CHECK_THAT(hedge->what(), Contains("kinda"));
}

TEST_CASE("stated value: missing or malformed parts name the field", "[stated_value]") {
  CHECK(field_of_error(R"({"literal": "5"})") == "value");                        // no unit
  CHECK(field_of_error(R"({"literal": "1,000", "unit": "USD"})") == "value/literal");
  CHECK(field_of_error(R"({"literal": "1e3", "unit": "USD"})") == "value/literal");
  CHECK(field_of_error(R"({"literal": 5, "unit": "USD"})") == "value/literal");  // a number, not a string
  CHECK(field_of_error(R"({"unit": "USD"})") == "value");                        // literal required
  CHECK(field_of_error(R"({"literal": "5", "unit": 3})") == "value/unit");
  CHECK(field_of_error(R"("5 USD")") == "value");

  auto grouped = thrown<ClaimValueError>([] { stated(R"({"literal": "1,000", "unit": "USD"})"); });
  REQUIRE(grouped);
  CHECK_THAT(grouped->what(), Contains("1,000"));

  StatedNumber optional = stated(R"({"unit": "USD"})", /*literal_required=*/false);
  CHECK_FALSE(optional.has_literal);
}

TEST_CASE("precision_interval: the round rule needs a scale word or trailing zeros", "[stated_value]") {
  auto literal = parse_decimal("45");
  REQUIRE(literal);
  NumericInterval with_word = precision_interval(45 * kMillion, *literal, kMillion, true, "USD", rules());
  check_closed(with_word, dec("42.75") * kMillion, dec("47.25") * kMillion);
  NumericInterval without = precision_interval(45, *literal, 1, false, "USD", rules());
  check_closed(without, dec("44.5"), dec("45.5"));
}
