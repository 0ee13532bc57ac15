// Date claims: an event (what happened, to what, between whom) and when.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> dates(const ExtractedDocument& doc) {
  return factaudit::testing::claims_of_kind(doc, ClaimKind::date);
}

const std::string kDateTitle = "Georgia and Armenia";

}  // namespace

TEST_CASE("an embassy opening happens once: its slot has no date in it", "[extract][date]") {
  auto doc = extract_text("Armenia opened its embassy in Tbilisi in September 1993.", "2020", kDateTitle);
  auto found = dates(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"AM>GE","measure":"event.opened:embassy"})"));
  CHECK(found[0]->value == Json::parse(R"({"date":"1993-09"})"));
  CHECK(found[0]->span.text == "September 1993");
}

TEST_CASE("two articles dating one embassy opening differently share the slot", "[extract][date]") {
  auto a = extract_text("The Armenian embassy in Tbilisi was opened in 1993.", "2020", kDateTitle);
  auto b = extract_text("In 1994 Armenia inaugurated an embassy in Georgia.", "2021", kDateTitle);
  REQUIRE(dates(a).size() == 1);
  REQUIRE(dates(b).size() == 1);
  CHECK(dates(a)[0]->slot == dates(b)[0]->slot);
}

TEST_CASE("a yearly event is told apart by its year and a day without a year takes the paragraph's", "[extract][date]") {
  auto doc = extract_text("The business forum was held in Yerevan on 12 May 2022. A year later, on 9 June, the forum took "
                          "place in Tbilisi.",
                          "2023-07", kDateTitle);
  auto found = dates(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot["measure"] == "event.held:forum:2022");
  CHECK(found[1]->value == Json::parse(R"({"date":"2022-06-09"})"));
}

TEST_CASE("meetings recur: each stated date is its own slot", "[extract][date]") {
  auto doc = extract_text("The ministers met in March 2023 and met again in December 2023.", "2024", kDateTitle);
  auto found = dates(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot != found[1]->slot);
}

TEST_CASE("a year that is a figure's period is no event date", "[extract][date]") {
  auto doc = extract_text("In 2023 trade between the two countries rose to $1.2 billion after the agreement was signed.", "2024",
                          kDateTitle);
  CHECK(dates(doc).empty());
}

TEST_CASE("each event takes the time nearest to it", "[extract][date]") {
  auto doc = extract_text("A consulate opened in Gyumri (2002; in 2004 it was upgraded to a consulate general).", "2010",
                          kDateTitle);
  for (const Claim* c : dates(doc)) {
    if (c->slot["measure"] == "event.opened:consulate") CHECK(c->value == Json::parse(R"({"date":"2002"})"));
    CHECK_FALSE((c->slot["measure"] == "event.transformed:consulate" && c->value["date"] == "2002"));
  }
}

TEST_CASE("two countries' embassies in each other's capitals are two events", "[extract][date]") {
  auto a = extract_text("The Armenian embassy in Tbilisi opened in 1993.", "2020", kDateTitle);
  auto b = extract_text("The Georgian embassy in Yerevan opened in 1994.", "2020", kDateTitle);
  REQUIRE(dates(a).size() == 1);
  REQUIRE(dates(b).size() == 1);
  CHECK(dates(a)[0]->slot["subject"] == "AM>GE");
  CHECK(dates(b)[0]->slot["subject"] == "GE>AM");
  auto c = extract_text("An embassy opened in 1995.", "2020", kDateTitle);
  REQUIRE(dates(c).size() == 1);
  CHECK(dates(c)[0]->slot["measure"] != "event.opened:embassy");  // whose embassy is unknown: its own slot
}

TEST_CASE("speeches, calls and refusals are dated events of their own statement", "[extract][date]") {
  auto doc = extract_text(
      "Peru's delegation spoke at the General Assembly on 22 September 2023. Lima and Santiago talked in a phone "
      "call on 3 October 2023. In June 2011 the Chilean senate refused to ratify the treaty.",
      "2024", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
  REQUIRE(found.size() == 3);
  CHECK(found[0]->slot["measure"].get<std::string>().rfind("event.spoke:", 0) == 0);
  CHECK(found[0]->value == Json::parse(R"({"date":"2023-09-22"})"));
  CHECK(found[1]->slot["measure"].get<std::string>().rfind("event.met:", 0) == 0);
  CHECK(found[2]->slot["measure"].get<std::string>().rfind("event.refused:", 0) == 0);
  CHECK(found[2]->value == Json::parse(R"({"date":"2011-06"})"));
}

TEST_CASE("a paragraph that opens with its year dates the days it names", "[extract][date]") {
  auto doc = extract_text("Relations were calm.\n\nIn 2021 the summit was held in Dushanbe on September 17.", "2024-11",
                          "Kazakhstan and Tajikistan");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value == Json::parse(R"({"date":"2021-09-17"})"));
}

TEST_CASE("relations are established once between two countries: the pair names the event", "[extract][date]") {
  auto doc = extract_text("Mongolia and Kazakhstan established diplomatic relations on 22 January 1992. Mongolia "
                          "established diplomatic relations with Kyrgyzstan and Uzbekistan in 1992.", "2024", "Mongolia and Kazakhstan");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"KZ-MN","measure":"event.established:diplomatic-relations"})"));
  // without two countries of its own the statement keeps a slot of its own
  CHECK(found[1]->slot["measure"] != "event.established:diplomatic-relations");
}

TEST_CASE("a date in brackets dates what comes before it", "[extract][date]") {
  auto doc = extract_text("Milestones:\n\n- opening of the Embassy of Mongolia in Kazakhstan (1993);\n"
                          "- signing of the treaty on friendship (October 1993).",
                          "2024", "Mongolia and Kazakhstan", "doc.md");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"MN>KZ","measure":"event.opened:embassy"})"));
  CHECK(found[0]->value == Json::parse(R"({"date":"1993"})"));
  CHECK(found[0]->span.text == "1993");
  CHECK(found[1]->value == Json::parse(R"({"date":"1993-10"})"));
}

TEST_CASE("years ago count back from publication, and a date in apposition dates the same event", "[extract][date]") {
  auto doc = extract_text("Mongolia and Kazakhstan established diplomatic relations more than 30 years ago, on 22 January "
                          "1992.", "2024-05", "Mongolia and Kazakhstan");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->value == Json::parse(R"({"relative":"years-ago","amount":"30","hedge":"more-than"})"));
  CHECK(found[0]->span.text == "more than 30 years ago");
  CHECK(found[1]->value == Json::parse(R"({"date":"1992-01-22"})"));
  CHECK(found[0]->slot == found[1]->slot);
}

TEST_CASE("years ago with any hedge of amounts are read, and agree with the date they round", "[extract][date]") {
  // "nearly eight years ago" in April 2024 is between April 2016 and April 2017: the break of May 2016
  // told later in the same article fits it
  auto article = [](const std::string& year) {
    return extract_text("Mongolia and Kazakhstan broke off diplomatic relations nearly eight years ago. Diplomatic "
                        "relations were broken off on 9 May " + year + " after a border incident.",
                        "2024-04-20", "Mongolia and Kazakhstan");
  };
  auto doc = article("2016");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->value == Json::parse(R"({"relative":"years-ago","amount":"8","hedge":"almost"})"));
  CHECK(found[0]->span.text == "nearly eight years ago");
  CHECK(found[0]->slot == found[1]->slot);
  CHECK(factaudit::testing::check_document(doc).contradictions.empty());
  // ten years back is not nearly eight
  CHECK(factaudit::testing::check_document(article("2014")).contradictions.size() == 1);
}

TEST_CASE("a date goes to the event it tells", "[extract][date]") {
  struct Row {
    const char* rule;
    const char* text;
    const char* published;
    std::vector<std::pair<std::string, std::string>> dates;  // span, start of the event's measure
  };
  const std::vector<Row> rows = {
      {"the event word whose own nearest date it is, though another is nearer ('met' is nearer to 3 October, "
       "but 18 July is met's)",
       "Officials of both governments signed the transit protocol in the conference hall of the regional customs "
       "academy in Ulaanbaatar on 3 October 2023, barely three months after they first met there on 18 July.",
       "2023-10-20",
       {{"3 October 2023", "event.signed:"}, {"18 July", "event.met:"}}},
      {"a return to power dates a seizure, a building date its completion",
       "Since the junta came to power in May 2021, trade across the border has halved. The bridge at Zamyn-Uud, "
       "constructed by a Kazakh firm in 2009, carries most of it.",
       "2024-02",
       {{"May 2021", "event.seized:"}, {"2009", "event.completed:"}}},
  };
  for (const Row& row : rows) {
    INFO(row.rule);
    auto doc = extract_text(row.text, row.published, "Mongolia and Kazakhstan");
    auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
    REQUIRE(found.size() == row.dates.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
      CHECK(found[i]->span.text == row.dates[i].first);
      CHECK(found[i]->slot["measure"].get<std::string>().rfind(row.dates[i].second, 0) == 0);
    }
  }
}

TEST_CASE("cutting ties severs relations; a cut of a figure stays a fall", "[extract][date]") {
  auto doc = extract_text("Ulaanbaatar cut ties with Astana in March 2011 over a mining dispute. Kazakh grain exports to "
                          "Mongolia were cut by 30% to $40 million in 2012.",
                          "2013-05", "Mongolia and Kazakhstan");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::date);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->span.text == "March 2011");
  CHECK(found[0]->slot == Json::parse(R"({"subject":"KZ-MN","measure":"event.severed:diplomatic-relations"})"));
  auto changes = factaudit::testing::claims_of_kind(doc, ClaimKind::change);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0]->value["direction"] == "decrease");
}

TEST_CASE("relations that began on a day were established that day, however the relations are called",
          "[extract][date]") {
  auto doc = extract_text("Ties between Georgia and Armenia began on 17 July 1992, and the two capitals have been in "
                          "touch ever since.",
                          "2022", kDateTitle);
  auto found = dates(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"AM-GE","measure":"event.established:diplomatic-relations"})"));
  CHECK(found[0]->value == Json::parse(R"({"date":"1992-07-17"})"));
}

TEST_CASE("relations of one field are told many times and never compared", "[extract][date]") {
  auto doc = extract_text("Trade ties between Armenia and Georgia date back to the 1800s, and economic relations were "
                          "formed again in 1993.",
                          "2022", kDateTitle);
  for (const Claim* c : dates(doc)) CHECK(c->slot["measure"].get<std::string>().find("diplomatic") == std::string::npos);
}

TEST_CASE("a beginning before an infinitive starts no event", "[extract][date]") {
  auto doc = extract_text("Relations between Armenia and Georgia started to cool in 2008.", "2022", kDateTitle);
  CHECK(dates(doc).empty());
}

TEST_CASE("a planned or denied event has no date of what happened", "[extract][date]") {
  auto doc = extract_text("Georgia intends to open an embassy in Yerevan in 2027. The Armenian consulate in Batumi is "
                          "scheduled to open in June 2026. The agreement was not signed in 2019.",
                          "2026-03", kDateTitle);
  CHECK(dates(doc).empty());
  CHECK(factaudit::testing::unresolved_because(doc, "a plan or forecast, not an event that happened") == 2);
  CHECK(factaudit::testing::unresolved_because(doc, "the event is denied") == 1);
}

TEST_CASE("an office holder in the clause does not keep the event from its date", "[extract][date]") {
  auto doc = extract_text("The agreement was signed by Foreign Minister Ararat Mirzoyan in Tbilisi on 3 May 2021.", "2022", kDateTitle);
  auto found = dates(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["measure"].get<std::string>().rfind("event.signed:agreement", 0) == 0);
  CHECK(found[0]->value == Json::parse(R"({"date":"2021-05-03"})"));
}

TEST_CASE("names and titles between an event and its date count as one word each", "[extract][date]") {
  auto doc = extract_text("The visit followed a phone conversation between Georgian Foreign Minister Ilia Darchiashvili and "
                          "his Armenian counterpart, Foreign Minister Ararat Mirzoyan, on 13 August 2022.",
                          "2022-09", kDateTitle);
  auto found = dates(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["measure"].get<std::string>().rfind("event.met:", 0) == 0);
  CHECK(found[0]->value == Json::parse(R"({"date":"2022-08-13"})"));
  // the counterpart's title after a comma is of the country named before the word
  auto mirzoyan = factaudit::testing::claims_with_text(doc, ClaimKind::office, "Foreign Minister Ararat Mirzoyan");
  REQUIRE(mirzoyan.size() == 1);
  CHECK(mirzoyan[0]->slot["office"] == "foreign-minister:AM");
}

TEST_CASE("an event dated after publication is a schedule, not what happened", "[extract][date]") {
  auto doc = extract_text("The ministers signed the roadmap in Tbilisi in the first quarter of 2025. Armenia opened its "
                          "consulate in Batumi in March 2024.",
                          "2024-09-11", kDateTitle);
  auto found = dates(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value == Json::parse(R"({"date":"2024-03"})"));
  CHECK(factaudit::testing::unresolved_because(doc, "a date after publication: a schedule, not an event that happened") == 1);
}

TEST_CASE("a month alone takes the paragraph's year going forward, the year after going back in the year",
          "[extract][date]") {
  // forward: after 3 March 2021, "in May" is May 2021
  auto forward = extract_text("Armenia signed the transit accord on 3 March 2021. Armenia opened its embassy in Tbilisi in May.",
                              "2024-06", kDateTitle);
  bool may_2021 = false;
  for (const Claim* c : dates(forward)) may_2021 = may_2021 || c->value == Json::parse(R"({"date":"2021-05"})");
  CHECK(may_2021);
  // back in the year: after 20 October 2021, "in May" is read forward, May 2022 (publication allowing)
  auto back = extract_text("Armenia signed the transit accord on 20 October 2021. Armenia opened its embassy in Tbilisi in May.",
                           "2024-06", kDateTitle);
  bool next_may = false;
  for (const Claim* c : dates(back)) {
    CHECK(c->value != Json::parse(R"({"date":"2021-05"})"));
    next_may = next_may || c->value == Json::parse(R"({"date":"2022-05"})");
  }
  CHECK(next_may);
  // ... unless the year after is past publication: then the paragraph's year
  auto early = extract_text("Armenia signed the transit accord on 20 October 2021. Armenia opened its embassy in Tbilisi in May.",
                            "2022-03", kDateTitle);
  bool may_2021_again = false;
  for (const Claim* c : dates(early)) may_2021_again = may_2021_again || c->value == Json::parse(R"({"date":"2021-05"})");
  CHECK(may_2021_again);
}

TEST_CASE("a chronology's dated entries date the sentence that follows them", "[extract][date]") {
  auto doc = extract_text(
      "How the two neighbours made up:\n\n"
      "**14 May 1997.** Georgia severs diplomatic relations with Armenia over a border dispute.\n\n"
      "**2 March 1999.** In Yerevan, the two countries announce they will restore ties.\n\n"
      "**July 2001.** Armenia reopens its embassy in Tbilisi.",
      "2020", kDateTitle, "chronology.md");
  auto found = dates(doc);
  std::map<std::string, std::string> when;
  for (const Claim* c : found) when[c->slot["measure"].get<std::string>()] = c->value.value("date", "");
  CHECK(when["event.severed:diplomatic-relations"] == "1997-05-14");
  CHECK(when["event.reopened:embassy"] == "2001-07");
  bool announced = false;
  for (const Claim* c : found) {
    if (c->value.value("date", "") != "1999-03-02") continue;
    announced = true;
    CHECK(c->slot["subject"] == "AM-GE");  // Yerevan is where, not who
    CHECK(c->span.text == "2 March 1999");
  }
  CHECK(announced);
}

TEST_CASE("a date alone in the middle of a paragraph dates nothing after it", "[extract][date]") {
  auto doc = extract_text("Relations were tense for years. 2004. Armenia opened a consulate in Batumi.", "2020", kDateTitle);
  for (const Claim* c : dates(doc)) CHECK(c->value.value("date", "") != "2004");
}

TEST_CASE("'since' a year does not set the year of the days told after it", "[extract][date]") {
  auto doc = extract_text("Georgia had kept its consulate in Gyumri closed since 2017. Armenia reopened its embassy in "
                          "Tbilisi on 19 February.",
                          "2024-03-01", kDateTitle);
  auto found = factaudit::testing::claims_with_text(doc, ClaimKind::date, "19 February");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value == Json::parse(R"({"date":"2024-02-19"})"));
}

TEST_CASE("relations broken off by one country of the pair are the pair's; a date is its nearest verb's before",
          "[extract][date]") {
  auto doc = extract_text("Ties, broken off by Yerevan in March 2008, were mended later.", "2024-03-01", kDateTitle);
  auto found = factaudit::testing::claims_with_text(doc, ClaimKind::date, "March 2008");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"AM-GE","measure":"event.severed:diplomatic-relations"})"));
  // relations of one country with many others are no event of the pair
  auto many = extract_text("Armenia has established diplomatic relations with 170 countries since 1992.", "2024-03-01",
                           kDateTitle);
  for (const Claim* c : dates(many)) CHECK(c->slot["measure"] != "event.established:diplomatic-relations");
}
