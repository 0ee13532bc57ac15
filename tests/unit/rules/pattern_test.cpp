// Id templates with {NAME} placeholders: matching binds names, filling replaces them.
#include <catch2/catch.hpp>

#include "factaudit/rules/pattern.hpp"

using namespace factaudit;

TEST_CASE("match_pattern binds placeholders to the text between literals", "[pattern]") {
  Bindings bound;
  REQUIRE(match_pattern("ambassador:{X}>{Y}", "ambassador:KZ>AF", bound));
  CHECK(bound.at("X") == "KZ");
  CHECK(bound.at("Y") == "AF");
  CHECK(bound.size() == 2);

  Bindings pair;
  REQUIRE(match_pattern("{A}-{B}", "AF-KZ", pair));
  CHECK(pair.at("A") == "AF");
  CHECK(pair.at("B") == "KZ");

  Bindings prefixed;
  REQUIRE(match_pattern("set.countries-with-ambassador-in:{P}", "set.countries-with-ambassador-in:AF", prefixed));
  CHECK(prefixed.at("P") == "AF");

  Bindings ids;  // placeholders take ids with colons in them
  REQUIRE(match_pattern("office:{X}", "office:person:tokayev", ids));
  CHECK(ids.at("X") == "person:tokayev");
}

TEST_CASE("match_pattern rejects texts that do not fit", "[pattern]") {
  Bindings bound;
  CHECK_FALSE(match_pattern("ambassador:{X}>{Y}", "charge-d-affaires:KZ>AF", bound));
  CHECK_FALSE(match_pattern("ambassador:{X}>{Y}", "ambassador:KZ", bound));
  CHECK_FALSE(match_pattern("ambassador:{X}>{Y}", "ambassador:>AF", bound));  // a placeholder is never empty
  CHECK_FALSE(match_pattern("ambassador:{X}>{Y}", "ambassador:KZ>", bound));
  CHECK_FALSE(match_pattern("president:{X}", "president", bound));
  CHECK_FALSE(match_pattern("president", "president:KZ", bound));  // trailing text
  CHECK(bound.empty());  // failed matches bind nothing
}

TEST_CASE("match_pattern: bound placeholders must take the same value", "[pattern]") {
  Bindings bound{{"X", "KZ"}};
  CHECK(match_pattern("president:{X}", "president:KZ", bound));
  CHECK_FALSE(match_pattern("president:{X}", "president:AF", bound));
  CHECK(bound.at("X") == "KZ");

  Bindings fresh;
  CHECK(match_pattern("{A}>{A}", "KZ>KZ", fresh));
  Bindings other;
  CHECK_FALSE(match_pattern("{A}>{A}", "KZ>AF", other));
  CHECK(other.empty());

  // a failed match leaves earlier bindings untouched, even the ones it would have added
  Bindings keep{{"X", "KZ"}};
  CHECK_FALSE(match_pattern("ambassador:{X}>{Y}", "ambassador:AF>KZ", keep));
  CHECK(keep.size() == 1);
  CHECK(keep.at("X") == "KZ");
}

TEST_CASE("fill_pattern replaces placeholders - nullopt when one is unbound", "[pattern]") {
  Bindings bound{{"A", "AF"}, {"B", "KZ"}};
  CHECK(fill_pattern("{A}-{B}", bound) == std::optional<std::string>("AF-KZ"));
  CHECK(fill_pattern("{B}>{A}", bound) == std::optional<std::string>("KZ>AF"));
  CHECK(fill_pattern("no placeholders", bound) == std::optional<std::string>("no placeholders"));
  CHECK_FALSE(fill_pattern("{A}>{C}", bound));
  CHECK_FALSE(fill_pattern("{A", bound));  // unterminated placeholder
}

TEST_CASE("fill_pattern inverts match_pattern", "[pattern]") {
  for (const char* text : {"ambassador:KZ>AF", "ambassador:UZ>person:x"}) {
    Bindings bound;
    REQUIRE(match_pattern("ambassador:{X}>{Y}", text, bound));
    CHECK(fill_pattern("ambassador:{X}>{Y}", bound) == std::optional<std::string>(text));
  }
}

TEST_CASE("pattern_problem names what is wrong with a pattern - nothing for a well-formed one", "[pattern]") {
  CHECK_FALSE(pattern_problem("ambassador:{X}>{Y}"));
  CHECK_FALSE(pattern_problem("no placeholders"));
  CHECK(pattern_problem("ambassador:{country") == std::optional<std::string>("'{' without '}'"));
  CHECK(pattern_problem("ambassador:{X{Y}") == std::optional<std::string>("'{' without '}'"));
  CHECK(pattern_problem("ambassador:X}") == std::optional<std::string>("'}' without '{'"));
  CHECK(pattern_problem("ambassador:{}") == std::optional<std::string>("a placeholder without a name ('{}')"));
  CHECK(pattern_problem("ambassador:{X}{Y}") == std::optional<std::string>("two placeholders with nothing between them"));
}
