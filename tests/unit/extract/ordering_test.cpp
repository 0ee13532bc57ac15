// Ordering claims: gaps between events ("two weeks later", "a month after"), at least one of them dated,
// and events placed in a named period ("at this stage").
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> orderings(const ExtractedDocument& doc) {
  return factaudit::testing::claims_of_kind(doc, ClaimKind::ordering);
}

const std::string kOrderingTitle = "Peru and Chile";

}  // namespace

TEST_CASE("a gap told with later places this sentence's event after the last sentence's", "[extract][ordering]") {
  auto doc = extract_text(
      "Peru and Chile signed a fisheries agreement on 3 May 2023. Two weeks later, on 17 May 2023, the Chilean embassy "
      "in Lima was reopened.",
      "2023-06", kOrderingTitle);
  auto found = orderings(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value == Json::parse(R"({"relation":"after","amount":"2","unit":"week"})"));
  CHECK(found[0]->span.text == "Two weeks later");
  CHECK(found[0]->slot["measure"] == "event.reopened:embassy");
  CHECK(found[0]->slot["reference"]["measure"].get<std::string>().rfind("event.signed:agreement", 0) == 0);
}

TEST_CASE("hedged and vague gaps, and the day before", "[extract][ordering]") {
  auto doc = extract_text(
      "The Chilean embassy in Lima opened in March 2021. Less than a month later, in April 2021, Peru opened its "
      "embassy in Santiago. A few days later, in April 2021, the two countries signed a memorandum.",
      "2023", kOrderingTitle);
  auto found = orderings(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->value == Json::parse(R"({"relation":"after","amount":"1","unit":"month","hedge":"less-than"})"));
  CHECK(found[0]->span.text == "Less than a month later");
  CHECK(found[1]->value == Json::parse(R"({"relation":"after","amount":"few","unit":"day"})"));
}

TEST_CASE("a gap to an event named after the words", "[extract][ordering]") {
  auto doc = extract_text(
      "Peru opened its embassy in Santiago on 9 June 2021, a month after the Chilean embassy in Lima opened on "
      "9 May 2021.",
      "2023", kOrderingTitle);
  auto found = orderings(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["subject"] == "PE>CL");
  CHECK(found[0]->slot["reference"]["subject"] == "CL>PE");
  CHECK(found[0]->value["relation"] == "after");
}

TEST_CASE("no ordering without a dated event to place against, nor across a paragraph or from an aside",
          "[extract][ordering]") {
  CHECK(orderings(extract_text("A month later the ministers met again.", "2023", kOrderingTitle)).empty());
  CHECK(orderings(extract_text("Peru opened its embassy in Santiago in 2019.\n\nTwo years later, in 2021, the forum was "
                               "held in Lima.", "2023", kOrderingTitle)).empty());
  CHECK(orderings(extract_text("The forum was held in Lima in May 2022. Days later, Peru admitted the staff of a mission "
                               "of the organisation that had been established in a resolution of March 2002.",
                               "2023", kOrderingTitle)).empty());
}

TEST_CASE("an event told at a named stage falls within it", "[extract][ordering]") {
  auto doc = extract_text(
      "The second phase (2011-2016) brought closer ties. At this stage Chile opened its embassy in Lima in 2012.",
      "2023", kOrderingTitle);
  auto found = orderings(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value == Json::parse(R"({"relation":"within"})"));
  CHECK(found[0]->slot["measure"] == "event.opened:embassy");
  CHECK(found[0]->slot["reference"]["measure"] == "period.stage-2@doc");
  CHECK(found[0]->span.text == "At this stage");
}

TEST_CASE("an event told without a date is placed against a dated one", "[extract][ordering]") {
  auto one = extract_text("The trade forum was held in Lima on 4 May 2022. A week later, Chile opened a consulate in "
                          "Arica.", "2023", kOrderingTitle);
  auto later = orderings(one);
  REQUIRE(later.size() == 1);
  CHECK(later[0]->span.text == "A week later");
  CHECK(later[0]->slot["measure"].get<std::string>().rfind("event.opened:consulate:told-", 0) == 0);
  CHECK(later[0]->slot["reference"]["measure"] == "event.held:forum:2022");

  auto two = extract_text("Peru opened its embassy in Santiago in March 2003, less than a year after the two countries "
                          "signed a border treaty.", "2023", kOrderingTitle);
  auto after = orderings(two);
  REQUIRE(after.size() == 1);
  CHECK(after[0]->slot["measure"] == "event.opened:embassy");
  CHECK(after[0]->slot["reference"]["measure"].get<std::string>().rfind("event.signed:agreement:told-", 0) == 0);
  CHECK(after[0]->value == Json::parse(R"({"relation":"after","amount":"1","unit":"year","hedge":"less-than"})"));
}
