// Rulebook look-ups on the shipped rules: entities, groups, names and offices in plain words.
#include <catch2/catch.hpp>

#include "factaudit/rules/rulebook.hpp"

#include "claim_builder.hpp"

using namespace factaudit;


TEST_CASE("rulebook: look-ups by id", "[rules][rulebook]") {
  const Rulebook& book = factaudit::testing::shipped_rules();
  REQUIRE(book.entity("AF"));
  CHECK(book.entity("AF")->display_name() == "Afghanistan");
  CHECK_FALSE(book.entity("XX"));
  CHECK_FALSE(book.measure("trade.nothing"));
  REQUIRE(book.axiom("office.one-holder"));
  CHECK(book.axiom("office.one-holder")->kind == "one-holder");
  CHECK_FALSE(book.axiom("no.such.axiom"));
}

TEST_CASE("rulebook: names of entities fall back to the id", "[rules][rulebook]") {
  const Rulebook& book = factaudit::testing::shipped_rules();
  CHECK(book.name_of("KZ") == "Kazakhstan");
  CHECK(book.name_of("person:tokayev") == "Kassym-Jomart Tokayev");
  CHECK(book.name_of("event:unknown") == "event:unknown");
  EntityRule nameless;
  nameless.id = "org:x";
  CHECK(nameless.display_name() == "org:x");
}

TEST_CASE("rulebook: group members are sorted by id", "[rules][rulebook]") {
  CHECK(factaudit::testing::shipped_rules().group_members("central-asia") == std::vector<std::string>{"KG", "KZ", "TJ", "TM", "UZ"});
  CHECK(factaudit::testing::shipped_rules().group_members("nowhere").empty());
}

TEST_CASE("rulebook: offices read in plain words", "[rules][rulebook]") {
  const Rulebook& book = factaudit::testing::shipped_rules();
  CHECK(book.describe_office("ambassador:KZ>AF") == "Kazakh ambassador to Afghanistan");
  CHECK(book.describe_office("president:KZ") == "President of Kazakhstan");
  CHECK(book.describe_office("deputy-prime-minister:KZ") == "Deputy Prime Minister of Kazakhstan");
  // an entity not in the rules reads as its id
  CHECK(book.describe_office("president:XX") == "President of XX");
  // an office no rule describes stays as it is
  CHECK(book.describe_office("mayor:KZ") == "mayor:KZ");
}
