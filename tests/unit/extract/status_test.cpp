// Status claims: borders, recognition, accreditation, membership and lists -- who, towards what, on or
// off, denied, and when.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> statuses(const ExtractedDocument& doc) {
  return factaudit::testing::claims_of_kind(doc, ClaimKind::status);
}

}  // namespace

TEST_CASE("a denied border between two countries is a state of the pair", "[extract][status]") {
  for (const char* text : {"Mongolia does not share a border with Kazakhstan.", "Mongolia has no common border with Kazakhstan.",
                           "Mongolia doesn't border Kazakhstan, yet trade is brisk."}) {
    auto doc = extract_text(text, "2024-02", "Mongolia and Kazakhstan");
    auto found = statuses(doc);
    INFO(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->slot == Json::parse(R"({"subject":"KZ-MN","measure":"status","status":"shares-border:KZ-MN"})"));
    CHECK(found[0]->value == Json::parse(R"({"state":false,"time":{"relative":"now"}})"));
  }
}

TEST_CASE("a border told of the two countries, and a border with three countries named", "[extract][status]") {
  auto doc = extract_text("The two countries share a border of almost 400 kilometres.", "2024", "Laos and Cambodia");
  auto found = statuses(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["status"] == "shares-border:KH-LA");
  CHECK(found[0]->value["state"] == true);
  auto three = extract_text("Laos borders Cambodia, Thailand and Vietnam.", "2024", "Laos and Cambodia");
  CHECK(statuses(three).empty());  // which pair is meant cannot be told from one claim
}

TEST_CASE("recognition: a dated change, a denial and a never", "[extract][status]") {
  auto doc = extract_text(
      "Serbia has never recognised Kosovo. Montenegro recognised Kosovo in October 2008. "
      "Spain has not formally recognized the Kosovar government.",
      "2024-06", "Kosovo and Serbia");
  auto found = statuses(doc);
  REQUIRE(found.size() == 3);
  CHECK(found[0]->slot["status"] == "recognises:RS:XK");
  CHECK(found[0]->slot["subject"] == "RS");
  CHECK(found[0]->value == Json::parse(R"({"state":false,"time":{"relative":"now"},"never":true})"));
  CHECK(found[0]->span.text == "never recognised Kosovo");
  CHECK(found[1]->slot["status"] == "recognises:ME:XK");
  CHECK(found[1]->value == Json::parse(R"({"change":"on","time":{"date":"2008-10"}})"));
  CHECK(found[2]->slot["status"] == "recognises:ES:XK-government");
  CHECK(found[2]->value["state"] == false);
}

TEST_CASE("a possessive holder and its non-recognition", "[extract][status]") {
  auto doc = extract_text("Uzbekistan's non-recognition of the Taliban has not stopped trade.", "2023", "Uzbekistan");
  auto found = statuses(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["status"] == "recognises:UZ:org:taliban");
  CHECK(found[0]->value["state"] == false);
}

TEST_CASE("possible, hoped-for and conditional statuses claim nothing", "[extract][status]") {
  auto doc = extract_text(
      "Russia is weighing its possible recognition of the Taliban. Turkmenistan plans to join the WTO. "
      "It is unclear whether Georgia will join the EU.",
      "2024", "Russia");
  CHECK(statuses(doc).empty());
}

TEST_CASE("membership needs an organisation and a country that is its member", "[extract][status]") {
  auto doc = extract_text(
      "Armenia joined the EAEU in January 2015. Kazakhstan is a member of the CSTO. "
      "Turkmenistan joined the negotiations in April. The talks admitted members of the OSCE as observers.",
      "2024", "Armenia and Kazakhstan");
  auto found = statuses(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"AM","measure":"status","status":"member:AM:org:eaeu"})"));
  CHECK(found[0]->value == Json::parse(R"({"change":"on","time":{"date":"2015-01"}})"));
  CHECK(found[1]->slot["status"] == "member:KZ:org:csto");
  CHECK(found[1]->value == Json::parse(R"({"state":true,"time":{"relative":"now"}})"));
}

TEST_CASE("taken off a named list, by whom, and when", "[extract][status]") {
  auto doc = extract_text(
      "In March Kyrgyzstan removed the Taliban from its list of banned organisations. "
      "The ministry removed two officials from the delegation.",
      "2024-05", "Kyrgyzstan and Afghanistan");
  auto found = statuses(doc);
  REQUIRE(found.size() == 1);  // no list named in the second sentence: nothing claimed
  CHECK(found[0]->slot == Json::parse(R"({"subject":"org:taliban","measure":"status","status":"listed:KG:banned-organisations"})"));
  CHECK(found[0]->value == Json::parse(R"({"change":"off","time":{"relative":"last-occurrence","month":3}})"));
  CHECK(found[0]->span.text == "removed the Taliban from its list of banned organisations");
}

TEST_CASE("the same list under another name is the same status", "[extract][status]") {
  auto a = extract_text("Kyrgyzstan excluded the Taliban from the list of terrorist organizations.", "2024", "Kyrgyzstan");
  auto b = extract_text("The Taliban were taken off Kyrgyzstan's terrorist list in 2024.", "2024", "Kyrgyzstan");
  REQUIRE(statuses(a).size() == 1);
  REQUIRE(statuses(b).size() == 1);
  CHECK(statuses(a)[0]->slot == statuses(b)[0]->slot);
  CHECK(statuses(b)[0]->value == Json::parse(R"({"change":"off","time":{"date":"2024"}})"));
}

TEST_CASE("accreditation: the object is what was accredited, the holder who did it", "[extract][status]") {
  auto doc = extract_text(
      "Last year Kyrgyzstan accredited an Afghan trade attaché. "
      "The consulate opened in 2021 and accredited two journalists.",
      "2024", "Kyrgyzstan and Afghanistan");
  auto found = statuses(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["status"] == "accredits:KG:AF-trade-attache");
  CHECK(found[0]->value == Json::parse(R"({"change":"on","time":{"relative":"last-year"}})"));
  CHECK(factaudit::testing::unresolved_because(doc, "no country named as the holder") == 1);  // of the second
}

TEST_CASE("a compound adjective is no status claim", "[extract][status]") {
  auto doc = extract_text("Only three countries host Taliban-accredited envoys.", "2024", "Afghanistan");
  CHECK(statuses(doc).empty());
}

TEST_CASE("the first of a group to change a status is ranked first among the group's members", "[extract][status]") {
  auto doc = extract_text("Kyrgyzstan was the first in Central Asia to remove the Taliban from its list of banned "
                          "organisations. Uzbekistan was the first to join the talks.",
                          "2024-05", "Kyrgyzstan and Afghanistan");
  auto ranks = factaudit::testing::claims_of_kind(doc, ClaimKind::rank);
  REQUIRE(ranks.size() == 1);
  CHECK(ranks[0]->slot == Json::parse(R"({"subject":"KG","measure":"rank.first","as_of":"2024-05"})"));
  CHECK(ranks[0]->value == Json::parse(
                               R"({"first":true,"group":"central-asia","event":"status:org:taliban:listed:{X}:banned-organisations"})"));
  CHECK(ranks[0]->span.text == "the first in Central Asia");
}

TEST_CASE("'becoming the first in the group to do so' after a status change ranks the actor first", "[extract][status]") {
  auto doc = extract_text("Tajikistan struck the Taliban off its list of banned organisations in May, becoming the first "
                          "state in Central Asia to do so.",
                          "2024-06", "Tajikistan and Afghanistan");
  auto ranks = factaudit::testing::claims_of_kind(doc, ClaimKind::rank);
  REQUIRE(ranks.size() == 1);
  CHECK(ranks[0]->slot == Json::parse(R"({"subject":"TJ","measure":"rank.first","as_of":"2024-06"})"));
  CHECK(ranks[0]->value["group"] == "central-asia");
  CHECK(ranks[0]->span.text == "the first state in Central Asia");
  // without "to do so" the words after a change rank nothing
  auto other = extract_text("Tajikistan struck the Taliban off its list of banned organisations in May, the first month "
                            "of talks in Central Asia.",
                            "2024-06", "Tajikistan and Afghanistan");
  CHECK(factaudit::testing::claims_of_kind(other, ClaimKind::rank).empty());
}

TEST_CASE("'the movement' taken off a list is the organisation named before", "[extract][status]") {
  auto doc = extract_text("The Taliban returned to power in 2021. Two years later Kyrgyzstan deleted the movement from its list "
                          "of banned organisations.",
                          "2024-02", "Kyrgyzstan and Afghanistan");
  auto found = statuses(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["subject"] == "org:taliban");
  CHECK(found[0]->slot["status"] == "listed:KG:banned-organisations");
  CHECK(found[0]->value["change"] == "off");
}

TEST_CASE("'the country' holding a status is the country the sentence before named first", "[extract][status]") {
  auto doc = extract_text("Kyrgyzstan reopened its embassy in Kabul in 2022. A year later the country accredited an Afghan "
                          "military attaché.",
                          "2024-02", "Kyrgyzstan and Afghanistan");
  auto found = statuses(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["subject"] == "KG");
  CHECK(found[0]->slot["status"].get<std::string>().rfind("accredits:KG:", 0) == 0);
}
