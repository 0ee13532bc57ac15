// Count claims: a number before a counted noun, closed lists ("only two ... - A and B"), sets defined
// by an office, and counts of different things kept apart.
#include <catch2/catch.hpp>

#include "claim_builder.hpp"
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
  REQUIRE(found.size() == 3);  // the total and its two parts, told apart by their place
  CHECK(found[0]->slot != found[1]->slot);
  CHECK(found[1]->slot != found[2]->slot);
  CHECK(found[0]->value["literal"] == "9");
  CHECK(found[1]->value["literal"] == "4");
  CHECK(found[1]->slot["place"] == "nairobi");
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

namespace {

const std::string kListTitle = "Chile and Peru";

}  // namespace

TEST_CASE("an enumeration after a colon gives the parts of the count, which must add up", "[extract][count][enumeration]") {
  auto doc = extract_text("The ministers signed nine documents: five on transport, three on agriculture and water and "
                          "one on education.",
                          "2024-05-10", kListTitle);
  auto found = counts(doc);
  REQUIRE(found.size() == 4);
  CHECK(found[0]->value == Json::parse(R"({"literal":"9","breakdown":"type"})"));
  CHECK(found[2]->span.text == "three on agriculture and water");
  CHECK(found[2]->slot["type"] == "agriculture-and-water");
  CHECK(found[2]->value == Json::parse(R"({"literal":"3"})"));
  for (const auto* part : {found[1], found[2], found[3]}) CHECK(part->slot["measure"] == found[0]->slot["measure"]);
  CHECK(factaudit::testing::check_document(doc).contradictions.empty());

  auto sum = extract_text("The commission held six meetings - two meetings in Lima (2019 and 2021), three in Santiago and "
                          "two in Arica.",
                          "2024-05-10", kListTitle);
  REQUIRE(counts(sum).size() == 4);
  CHECK(counts(sum)[0]->value["breakdown"] == "place");
  CHECK(counts(sum)[1]->span.text == "two meetings in Lima");
  CHECK(factaudit::testing::check_document(sum).contradictions.size() == 1);  // 2 + 3 + 2 is not 6
}

TEST_CASE("a list not all of the shape 'number preposition words' gives no parts", "[extract][count][enumeration]") {
  for (const char* text : {
           "The ministers signed eight agreements: four on trade, three on energy and a memorandum on culture.",
           "The sides held six meetings: two in Lima and four in Santiago, all of them at ministerial level.",
           "The sides signed five deals: three on energy and two in Lima.",
           "The sides signed five deals: three on energy.",
       }) {
    auto doc = extract_text(text, "2024-05-10", kListTitle);
    INFO(text);
    auto found = counts(doc);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0]->value.contains("breakdown"));
    CHECK(factaudit::testing::check_document(doc).contradictions.empty());
  }
}

TEST_CASE("'the number of X has passed N' is a count told after its noun", "[extract][count]") {
  auto doc = extract_text("Officials said the number of joint Chilean-Peruvian ventures had passed 450 by the end of "
                          "the year. The number of weekly flights rose to 21.",
                          "2024-05-10", kListTitle);
  auto found = counts(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->span.text == "the number of joint Chilean-Peruvian ventures had passed 450");
  CHECK(found[0]->slot["subject"] == "CL-PE");  // both countries named before the noun: the pair's
  CHECK(found[0]->value == Json::parse(R"({"literal":"450","hedge":"more-than"})"));
  CHECK(found[1]->value == Json::parse(R"({"literal":"21"})"));
  auto placed = extract_text("The number of weekly flights between Lima and Santiago has passed 60.", "2024-05-10", kListTitle);
  REQUIRE(counts(placed).size() == 1);
  CHECK(counts(placed)[0]->value == Json::parse(R"({"literal":"60","hedge":"more-than"})"));
  // a verb of level with no number after it, or a noun no rule counts, tells no count
  auto none = extract_text("The number of flights rose sharply. The number of tourists rose to 9,000.", "2024-05-10",
                           kListTitle);
  CHECK(counts(none).empty());
}
