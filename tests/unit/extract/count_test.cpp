// Count claims: a number before a counted noun, closed lists ("only two ... - A and B"), sets defined
// by an office, and counts of different things kept apart.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> counts(const ExtractedDocument& doc) {
  return factaudit::testing::claims_of_kind(doc, ClaimKind::count);
}

}  // namespace

TEST_CASE("a closed list of countries with ambassadors names its members", "[extract][count]") {
  auto doc = extract_text("At present only two states have envoys accredited by the Taliban - Pakistan, which sent one in 2022, "
                          "and Beijing.",
                          "2024-03", "Kazakhstan and Afghanistan");
  auto found = counts(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"AF","measure":"set.countries-with-ambassador-in:AF","as_of":"2024-03"})"));
  CHECK(found[0]->value == Json::parse(R"({"literal":"2","hedge":"only","members":["PK","CN"],"closed":true})"));
  CHECK(found[0]->span.text == "only two states");
}

TEST_CASE("counts of different things do not share a slot", "[extract][count]") {
  auto doc = extract_text("The commission held nine meetings: four meetings in Nairobi and five in Dodoma.", "2020",
                          "Kenya and Tanzania");
  auto found = counts(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot["measure"] != found[1]->slot["measure"]);
  CHECK(found[0]->value["literal"] == "9");
  CHECK(found[1]->value["literal"] == "4");
}

TEST_CASE("a year before the count is its period and a hedge is kept", "[extract][count]") {
  auto doc = extract_text("In 2021 more than 40 agreements were signed between Kenya and Tanzania.", "2022", "Kenya and Tanzania");
  auto found = counts(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["period"] == "2021");
  CHECK(found[0]->slot["subject"] == "KE-TZ");
  CHECK(found[0]->value == Json::parse(R"({"literal":"40","hedge":"more-than"})"));
}

TEST_CASE("the two countries is the document's pair and not a count", "[extract][count]") {
  auto doc = extract_text("The two countries agreed that three countries in the region would join later.", "2022",
                          "Kenya and Tanzania");
  CHECK(counts(doc).empty());
}

TEST_CASE("organisations are counted, and greater than is a lower bound", "[extract][count]") {
  auto doc = extract_text("According to the ministry, greater than 15 militant groups operate in the border area.", "2024-02",
                          "Tajikistan and Afghanistan");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::count);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["measure"].get<std::string>().rfind("count.terrorist-organisations", 0) == 0);
  CHECK(found[0]->value == Json::parse(R"({"literal":"15","hedge":"more-than"})"));
}

TEST_CASE("a list told without a dash ends with its names, and the place is no member", "[extract][count]") {
  auto doc = extract_text("Only three countries, Chile, Bolivia and Ecuador, now keep ambassadors in Lima, officials in "
                          "Peru said.",
                          "2024-05", "Chile and Peru");
  auto found = counts(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value["members"] == Json::parse(R"(["CL","BO","EC"])"));
  CHECK(found[0]->value["closed"] == true);
}
