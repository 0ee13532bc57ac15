// Change claims: percentages with a direction and the period they compare with; ratios.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::claims_with_text;
using factaudit::testing::extract_text;

TEST_CASE("a decline compared to a named year", "[extract][change]") {
  auto doc = extract_text("In 2023 trade between Poland and Lithuania fell to $2.8 billion, down 12.5% compared to 2022.",
                          "2024-02");
  auto found = claims_with_text(doc, ClaimKind::change, "12.5%");
  REQUIRE(found.size() == 1);
  const Claim& c = *found.front();
  CHECK(c.slot == Json::parse(
                      R"({"subject":"LT-PL","measure":"trade.turnover","period":"2023","unit":"USD","base_period":"2022"})"));
  CHECK(c.value == Json::parse(R"({"literal":"12.5","unit":"percent","direction":"decrease"})"));
}

TEST_CASE("the same period of the previous year shifts a partial period", "[extract][change]") {
  auto doc = extract_text(
      "Mongolia's exports to China in January-May 2024 were $3.2 billion, 8.4 percent higher than in the same period "
      "of the previous year.",
      "2024-06");
  auto found = claims_with_text(doc, ClaimKind::change, "8.4 percent");
  REQUIRE(found.size() == 1);
  CHECK(found.front()->slot["period"] == "2024-01..2024-05");
  CHECK(found.front()->slot["base_period"] == "2023-01..2023-05");
  CHECK(found.front()->slot["subject"] == "MN>CN");
  CHECK(found.front()->value["direction"] == "increase");
}

TEST_CASE("a figure in parentheses after the comparison is the earlier period's", "[extract][change]") {
  auto doc = extract_text(
      "Trade between Vietnam and Cambodia in January-March 2023 came to $1.1 billion, 9% less than in the same "
      "period a year earlier ($1.21 billion).",
      "2023-04");
  auto earlier = claims_with_text(doc, ClaimKind::quantity, "$1.21 billion");
  REQUIRE(earlier.size() == 1);
  CHECK(earlier.front()->slot["period"] == "2022-01..2022-03");
  CHECK(earlier.front()->slot["measure"] == "trade.turnover");
}

TEST_CASE("twice as much as the previous year is a ratio against the year before", "[extract][change]") {
  auto doc = extract_text("In 2019 Turkish exports to Uzbekistan reached $1.4 billion, twice as much as the previous year.",
                          "2020");
  auto found = claims_with_text(doc, ClaimKind::change, "twice");
  REQUIRE(found.size() == 1);
  CHECK(found.front()->value == Json::parse(R"({"literal":"2","unit":"times"})"));
  CHECK(found.front()->slot["base_period"] == "2018");
  CHECK(found.front()->slot["period"] == "2019");
}

TEST_CASE("the previous twelve months compares with the year before", "[extract][change]") {
  auto doc = extract_text(
      "Georgian wine exports to Ukraine rose 14% in 2021 compared with the preceding 12 months, to $21.5 million.",
      "2022");
  auto found = claims_with_text(doc, ClaimKind::change, "14%");
  REQUIRE(found.size() == 1);
  CHECK(found.front()->slot["base_period"] == "2020");
  CHECK(found.front()->slot["period"] == "2021");
}

TEST_CASE("a percentage with no change word is not a change", "[extract][change]") {
  auto doc = extract_text("About 40 percent of the population lives in the capital.", "2020");
  for (const auto& c : doc.claims) CHECK(c.kind != ClaimKind::change);
}

TEST_CASE("twice the figure of a named year compares with that year, whose figure is given", "[extract][change]") {
  auto doc = extract_text("Ghana's exports to Togo reached $400 million in 2022, twice the 2019 figure of $200 million.",
                          "2023", "Ghana and Togo");
  auto changes = factaudit::testing::claims_of_kind(doc, ClaimKind::change);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0]->slot["base_period"] == "2019");
  CHECK(changes[0]->value == Json::parse(R"({"literal":"2","unit":"times"})"));
  auto base = factaudit::testing::claims_with_text(doc, ClaimKind::quantity, "$200 million");
  REQUIRE(base.size() == 1);
  CHECK(base[0]->slot == Json::parse(R"({"subject":"GH>TG","measure":"trade.exports","period":"2019","unit":"USD"})"));
}

TEST_CASE("a change after a figure and its base is the change of the figure, not of its base", "[extract][change]") {
  auto doc = factaudit::testing::extract_text(
      "In the first quarter of 2022, Chile's exports to Peru were $800 million, compared with $900 million in the same "
      "quarter a year earlier, a fall of about 11 percent.",
      "2022-06", "Chile and Peru");
  auto changes = factaudit::testing::claims_of_kind(doc, ClaimKind::change);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0]->slot["period"] == "2022-01..2022-03");
  CHECK(changes[0]->slot["base_period"] == "2021-01..2021-03");
}

TEST_CASE("a comparison after the percentage gives the change's direction", "[extract][change]") {
  auto doc = factaudit::testing::extract_text(
      "Trade between Chile and Peru in 2016 amounted to $410 million, 12% more than in 2015. Chile's exports to Peru "
      "were $300 million in 2017, 5 percent less than the year before.",
      "2018-03", "Chile and Peru");
  auto changes = factaudit::testing::claims_of_kind(doc, ClaimKind::change);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0]->value["direction"] == "increase");
  CHECK(changes[0]->slot["base_period"] == "2015");
  CHECK(changes[1]->value["direction"] == "decrease");
  CHECK(changes[1]->slot["base_period"] == "2016");
}

TEST_CASE("a number in scientific notation is no stated change", "[extract][change]") {
  auto doc = extract_text("Trade between Poland and Lithuania grew by 1e400 percent in 2023. Exports from Poland to Lithuania rose by "
                          "3.5% in 2023.",
                          "2024-02");
  CHECK(claims_with_text(doc, ClaimKind::change, "400 percent").empty());
  CHECK(claims_with_text(doc, ClaimKind::change, "1e400 percent").empty());
  CHECK(claims_with_text(doc, ClaimKind::change, "3.5%").size() == 1);
}

TEST_CASE("'twice as much as in the previous year' compares with the year before", "[extract][change]") {
  auto doc = extract_text("Japan gave Vietnam $31.2 million in humanitarian aid in 2023, twice as much as in the previous "
                          "year.",
                          "2024-02-01", "Japan and Vietnam");
  auto found = claims_with_text(doc, ClaimKind::change, "twice");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["period"] == "2023");
  CHECK(found[0]->slot["base_period"] == "2022");
  CHECK(found[0]->value == Json::parse(R"({"literal":"2","unit":"times"})"));
}

TEST_CASE("'more than doubled to X from Y a year earlier': the hedge and the start figure's period", "[extract][change]") {
  auto doc = extract_text("Trade between Japan and Vietnam more than doubled to $4.1 billion in 2023 from $1.9 billion a "
                          "year earlier. Exports rose 12% to $2.2 billion in 2023 from $1.96 billion in 2021.",
                          "2024-02-01", "Japan and Vietnam");
  auto doubled = claims_with_text(doc, ClaimKind::change, "more than doubled");
  REQUIRE(doubled.size() == 1);
  CHECK(doubled[0]->slot["base_period"] == "2022");
  CHECK(doubled[0]->value == Json::parse(R"({"literal":"2","unit":"times","hedge":"more-than"})"));
  auto rose = claims_with_text(doc, ClaimKind::change, "12%");
  REQUIRE(rose.size() == 1);
  CHECK(rose[0]->slot["base_period"] == "2021");  // told by the start figure, not the default year before
  CHECK(factaudit::testing::check_document(doc).contradictions.empty());
}
