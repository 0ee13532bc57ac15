// Figures told by weight, as a part of the figure before them, or as aid rather than trade.
#include <catch2/catch.hpp>

#include "claim_builder.hpp"
#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::claims_with_text;
using factaudit::testing::extract_text;
using factaudit::testing::unresolved_because;

namespace {

const std::string kWeightTitle = "Kazakhstan and Afghanistan";

Json slot_of(const ExtractedDocument& doc, const std::string& span) {
  auto found = claims_with_text(doc, ClaimKind::quantity, span);
  return found.size() == 1 ? found[0]->slot : Json("(" + std::to_string(found.size()) + " claims)");
}


}  // namespace

TEST_CASE("trade told in tonnes is trade by weight, of the goods named after the figure", "[extract][quantity][weight]") {
  auto doc = extract_text("Kazakhstan exported 420 thousand tonnes of wheat flour to Afghanistan in 2023.", "2024-03-01",
                          kWeightTitle);
  CHECK(slot_of(doc, "420 thousand tonnes") ==
        Json::parse(R"({"subject":"KZ>AF","measure":"trade.exports.mass","product":"flour","period":"2023","unit":"t"})"));
}

TEST_CASE("exports and imports by weight must mirror each other", "[extract][quantity][weight]") {
  auto doc = extract_text("Kazakhstan sold 1.2 million tonnes of goods to Afghanistan in 2022. Afghanistan imported "
                          "500 thousand tonnes from Kazakhstan in 2022.",
                          "2024-03-01", kWeightTitle);
  CHECK(slot_of(doc, "1.2 million tonnes").value("measure", "") == "trade.exports.mass");
  CHECK(slot_of(doc, "500 thousand tonnes").value("measure", "") == "trade.imports.mass");
  auto result = factaudit::testing::check_document(doc);
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions[0].rules == std::vector<std::string>{"trade.imports-mirror.mass"});
}

TEST_CASE("goods shipped 'as food aid' are aid, not exports", "[extract][quantity][weight]") {
  auto doc = extract_text("China shipped 9,400 tonnes of rice to Afghanistan as food aid in 2023.", "2024-03-01", kWeightTitle);
  CHECK(slot_of(doc, "9,400 tonnes") ==
        Json::parse(R"({"subject":"CN>AF","measure":"aid.food.mass","period":"2023","product":"rice","unit":"t"})"));
}

TEST_CASE("'N of which' with a period of its own is the figure before over that period", "[extract][quantity][parts]") {
  auto doc = extract_text("Kazakhstan delivered 8,000 tonnes of food aid to Afghanistan in 2023, 2,500 tonnes of which "
                          "arrived in the first quarter of the year.",
                          "2024-03-01", kWeightTitle);
  CHECK(slot_of(doc, "2,500 tonnes") ==
        Json::parse(R"({"subject":"KZ>AF","measure":"aid.food.mass","period":"2023-01..2023-03","unit":"t"})"));
  CHECK(factaudit::testing::check_document(doc).contradictions.empty());
  auto more = extract_text("Kazakhstan delivered 8,000 tonnes of food aid to Afghanistan in 2023, 9,500 tonnes of which "
                           "arrived in the first quarter of the year.",
                           "2024-03-01", kWeightTitle);
  CHECK(factaudit::testing::check_document(more).contradictions.size() == 1);  // a quarter above its year
}

TEST_CASE("'including N of goods' is the part of the figure before for those goods", "[extract][quantity][parts]") {
  auto doc = extract_text("In 2023 food aid from Kazakhstan to Afghanistan totalled 11,250 tonnes, including 3,200 "
                          "tonnes of flour.",
                          "2024-03-01", kWeightTitle);
  CHECK(slot_of(doc, "3,200 tonnes") ==
        Json::parse(R"({"subject":"KZ>AF","measure":"aid.food.mass","period":"2023","unit":"t","product":"flour"})"));
  auto unnamed = extract_text("In 2023 food aid from Kazakhstan to Afghanistan totalled 11,250 tonnes, including 3,200 "
                              "tonnes delivered by rail.",
                              "2024-03-01", kWeightTitle);
  CHECK(claims_with_text(unnamed, ClaimKind::quantity, "3,200 tonnes").empty());
  CHECK(unresolved_because(unnamed, "a part of the figure before, of something not named") == 1);
}

TEST_CASE("a donor named by adjective and again by name is one side of the flow", "[extract][quantity]") {
  auto doc = extract_text("Japanese humanitarian assistance rose to $47 million last year, making Japan one of "
                          "Afghanistan's largest donors.",
                          "2024-03-01", "Japan and Afghanistan");
  CHECK(slot_of(doc, "$47 million").value("subject", "") == "JP>AF");
}

TEST_CASE("a flow told 'over the year' is of the year the text speaks of", "[extract][quantity]") {
  auto doc = extract_text("Kazakhstan gave Afghanistan $12 million in humanitarian aid in 2023.\n\nFood aid delivered over "
                          "the year totalled 9,000 tonnes. Aid over the year to March came to $2 million.",
                          "2024-03-01", kWeightTitle);
  CHECK(slot_of(doc, "9,000 tonnes").value("period", "") == "2023");
  CHECK(claims_with_text(doc, ClaimKind::quantity, "$2 million").empty());  // "the year to March": which months?
}

TEST_CASE("the time of a start figure is not the period of the figures after it", "[extract][quantity]") {
  auto doc = extract_text("Kazakhstan's exports to Afghanistan rose to $980 million in 2023 from $910 million a year "
                          "earlier, while imports from Afghanistan reached $290 million.",
                          "2024-03-01", kWeightTitle);
  CHECK(slot_of(doc, "$910 million").value("period", "") == "2022");
  CHECK(slot_of(doc, "$290 million").value("period", "") == "2023");
}
