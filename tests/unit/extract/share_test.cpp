// Share claims: a percentage or "most" of the figure just named, and the part it names.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> of_kind(const ExtractedDocument& doc, ClaimKind kind) {
  return factaudit::testing::claims_of_kind(doc, kind);
}

const std::string kShareTitle = "India and Sri Lanka";

}  // namespace

TEST_CASE("a percentage of which names a measure of the same period", "[extract][share]") {
  auto doc = extract_text("In 2022 trade between India and Sri Lanka reached $5.4 billion, 80 percent of which were exports to "
                          "Sri Lanka.",
                          "2023", kShareTitle);
  auto shares = of_kind(doc, ClaimKind::share);
  REQUIRE(shares.size() == 1);
  CHECK(shares[0]->slot == Json::parse(R"({"subject":"IN>LK","measure":"trade.exports","period":"2022",
      "whole":{"measure":"trade.turnover","subject":"IN-LK"},"unit":"USD"})"));
  CHECK(shares[0]->value == Json::parse(R"({"literal":"80","unit":"percent"})"));
}

TEST_CASE("most of which names a product and a product's worth is its own figure", "[extract][share]") {
  auto doc = extract_text("In 2021 Sri Lankan exports to India were just $90 million, most of which were spices worth "
                          "$38 million.",
                          "2022", kShareTitle);
  auto shares = of_kind(doc, ClaimKind::share);
  REQUIRE(shares.size() == 1);
  CHECK(shares[0]->slot["product"] == "spice");
  CHECK(shares[0]->slot["subject"] == "LK>IN");
  CHECK(shares[0]->value == Json::parse(R"({"unit":"percent","hedge":"most"})"));
  bool spice_figure = false;
  for (const Claim* q : of_kind(doc, ClaimKind::quantity)) {
    if (q->span.text == "$38 million") spice_figure = q->slot.value("product", "") == "spice";
  }
  CHECK(spice_figure);
}

TEST_CASE("a percentage with no figure before it is no share", "[extract][share]") {
  auto doc = extract_text("Most of which is unclear, and 40 percent of them said so.", "2022", kShareTitle);
  CHECK(of_kind(doc, ClaimKind::share).empty());
}

TEST_CASE("a product's share of a flow the paragraph told takes that figure's unit", "[extract][share]") {
  auto doc = extract_text("In 2022 Chile's exports to Peru reached $2.3 billion. Copper accounted for 38% of Chile's "
                          "exports to Peru in 2022.\n\nWine accounted for 5% of Chile's exports to Peru.",
                          "2024", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::share);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"CL>PE","measure":"trade.exports","period":"2022","product":"copper",
                                          "whole":{"measure":"trade.exports","subject":"CL>PE"},"unit":"USD"})"));
  CHECK(found[0]->value == Json::parse(R"({"literal":"38","unit":"percent"})"));
  CHECK(found[0]->span.text == "Copper accounted for 38%");
  // the second paragraph speaks of the lede's year; a share of a money flow is of its value
  CHECK(found[1]->slot["product"] == "wine");
  CHECK(found[1]->slot["period"] == "2022");
  CHECK(found[1]->slot["unit"] == "USD");
}

TEST_CASE("a share of a money flow in a period its sentence names is a share of dollars", "[extract][share]") {
  auto doc = extract_text("Fruit and wine made up 12% of Chile's exports to Peru in 2021.", "2024", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::share);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["product"] == "fruit-and-wine");
  CHECK(found[0]->slot["period"] == "2021");
  CHECK(found[0]->slot["unit"] == "USD");
  CHECK(found[0]->span.text == "Fruit and wine made up 12%");
}

TEST_CASE("a product named by two words, the second a trade word, and a share in a paragraph after the lede",
          "[extract][share]") {
  auto doc = extract_text("Ghana's exports to Togo reached $410 million in 2023.\n\n"
                          "Cocoa products accounted for 22.5 percent of Ghana's exports to Togo.",
                          "2024", "Ghana and Togo");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::share);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["product"] == "cocoa-product");
  CHECK(found[0]->slot["period"] == "2023");
  CHECK(found[0]->slot["unit"] == "USD");
  CHECK(found[0]->span.text == "Cocoa products accounted for 22.5 percent");
}

TEST_CASE("a product's share told after a code in brackets or as the sentence's subject", "[extract][share]") {
  auto coded = extract_text("India's exports to Sri Lanka reached $5.1 billion in 2023.\n\nRefined petroleum (HS 2710) "
                            "accounted for 21.5 percent of India's shipments to its neighbour.",
                            "2024-03-01", kShareTitle);
  auto shares = of_kind(coded, ClaimKind::share);
  REQUIRE(shares.size() == 1);
  CHECK(shares[0]->slot["product"] == "petroleum");
  CHECK(shares[0]->slot["period"] == "2023");  // the code is no year: the document's period holds
  CHECK(shares[0]->value == Json::parse(R"({"literal":"21.5","unit":"percent"})"));

  auto subject = extract_text("India's exports to Sri Lanka reached $5.1 billion in 2023. Sugar was the largest item in "
                              "Indian sales to the island, accounting for 12 percent of them.",
                              "2024-03-01", kShareTitle);
  shares = of_kind(subject, ClaimKind::share);
  REQUIRE(shares.size() == 1);
  CHECK(shares[0]->slot["product"] == "sugar");
  CHECK(shares[0]->slot["whole"] == Json::parse(R"({"measure":"trade.exports","subject":"IN>LK"})"));
  CHECK(shares[0]->slot["period"] == "2023");
}
