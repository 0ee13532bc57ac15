// Rank claims: ordinals, bounded ranks ("among the ten main"), whose partners and who is ranked.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> ranks(const ExtractedDocument& doc) {
  return factaudit::testing::claims_of_kind(doc, ClaimKind::rank);
}

const std::string kRankTitle = "Chile and Peru";

}  // namespace

TEST_CASE("an ordinal with a possessive: who is ranked among whose partners", "[extract][rank]") {
  auto doc = extract_text("In 2022 Peru was Chile's third-largest trading partner.", "2023", kRankTitle);
  auto found = ranks(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"PE","measure":"rank.trade-partner","among":"CL","period":"2022"})"));
  CHECK(found[0]->value == Json::parse(R"({"literal":"3"})"));
  CHECK(found[0]->span.text == "Chile's third-largest trading partner");
}

TEST_CASE("among the ten main partners is a rank of at most ten", "[extract][rank]") {
  auto doc = extract_text("Chile is now among the ten main trade partners of Peru.", "2023-05", kRankTitle);
  auto found = ranks(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value == Json::parse(R"({"literal":"10","hedge":"up-to"})"));
  CHECK(found[0]->slot["subject"] == "CL");
  CHECK(found[0]->slot["among"] == "PE");
  CHECK(found[0]->slot["as_of"] == "2023-05");
}

TEST_CASE("one of the top 5 and the largest", "[extract][rank]") {
  auto doc = extract_text("Peru remains one of the top 5 export markets for Chile. China is the largest trading partner of Peru.",
                          "2024", kRankTitle);
  auto found = ranks(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->value == Json::parse(R"({"literal":"5","hedge":"up-to"})"));
  CHECK(found[0]->slot["measure"] == "rank.export-market");
  CHECK(found[1]->slot["subject"] == "CN");
  CHECK(found[1]->value == Json::parse(R"({"literal":"1"})"));
}

TEST_CASE("one of the largest partners without a count is no rank", "[extract][rank]") {
  auto doc = extract_text("Peru is one of the largest trading partners of Chile.", "2024", kRankTitle);
  CHECK(ranks(doc).empty());
}

TEST_CASE("an economy is ranked among a region's countries, named before or after", "[extract][rank]") {
  auto doc = extract_text("Kazakhstan, Central Asia's biggest economy, signed the deal. Uzbekistan is the second-largest "
                          "economy in Central Asia. Chile is among the largest economies.",
                          "2024-02", "Kazakhstan and Uzbekistan");
  auto found = ranks(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"KZ","measure":"rank.economy-size","among":"central-asia","as_of":"2024-02"})"));
  CHECK(found[0]->value == Json::parse(R"({"literal":"1"})"));
  CHECK(found[0]->span.text == "Central Asia's biggest economy");
  CHECK(found[1]->slot["subject"] == "UZ");
  CHECK(found[1]->value == Json::parse(R"({"literal":"2"})"));
}

TEST_CASE("an economy's rank without a region is left open, never ranked among partners", "[extract][rank]") {
  auto doc = extract_text("Kazakhstan is the largest economy to join the scheme.", "2024-02", "Kazakhstan and Uzbekistan");
  CHECK(ranks(doc).empty());
  REQUIRE(doc.unresolved.size() == 1);
  CHECK(doc.unresolved[0].reason == "cannot tell who is ranked in which region");
}

TEST_CASE("countries named behind which a partner ranks hold the places ahead of it", "[extract][rank]") {
  auto doc = extract_text("In 2023 Peru was Chile's third-largest trading partner, behind China and the United States. "
                          "In 2022 Brazil was Chile's second-largest trading partner, behind only China.",
                          "2024", kRankTitle);
  auto found = ranks(doc);
  REQUIRE(found.size() == 5);
  CHECK(found[1]->slot == Json::parse(R"({"subject":"CN","measure":"rank.trade-partner","among":"CL","period":"2023"})"));
  CHECK(found[1]->value == Json::parse(R"({"literal":"2","hedge":"up-to"})"));
  CHECK(found[2]->slot["subject"] == "US");
  CHECK(found[2]->span.text == "behind China and the United States");
  CHECK(found[4]->slot["subject"] == "CN");
  CHECK(found[4]->value == Json::parse(R"({"literal":"1"})"));
}

TEST_CASE("an ordinal before 'among' is an exact place, a count after it a bound", "[extract][rank]") {
  auto doc = extract_text("In 2023 Peru ranked third among Chile's trading partners. In 2022 Peru was among Chile's five "
                          "largest trading partners.", "2024", kRankTitle);
  auto found = ranks(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->value == Json::parse(R"({"literal":"3"})"));
  CHECK(found[0]->span.text == "third among Chile's trading partners");
  CHECK(found[1]->value == Json::parse(R"({"literal":"5","hedge":"up-to"})"));
}

TEST_CASE("sources of imports and markets for a country's goods are ranked too", "[extract][rank]") {
  auto doc = extract_text("In 2023 Peru was Chile's fourth-largest source of imports. Chile is the largest market for "
                          "Peruvian fruit in South America.",
                          "2024-02-01", kRankTitle);
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::rank);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"PE","measure":"rank.import-source","among":"CL","period":"2023"})"));
  CHECK(found[0]->value == Json::parse(R"({"literal":"4"})"));
  CHECK(found[1]->slot["measure"] == "rank.export-market");
  CHECK(found[1]->slot["subject"] == "CL");
  CHECK(found[1]->slot["among"] == "PE");
  CHECK(found[1]->value == Json::parse(R"({"literal":"1"})"));
}
