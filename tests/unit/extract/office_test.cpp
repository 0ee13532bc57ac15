// Office claims: a title next to a person's name, the countries of the office, the role and the time.
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> offices(const ExtractedDocument& doc) {
  return factaudit::testing::claims_of_kind(doc, ClaimKind::office);
}

const std::string kOfficeTitle = "Brazil and Argentina";

}  // namespace

TEST_CASE("a title before a new name gives the holder and the countries", "[extract][office]") {
  auto doc = extract_text("On 3 May 2023 Brazil's ambassador to Argentina Rui Costa opened the trade fair.", "2023-05-10", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"person:costa","measure":"office","office":"ambassador:BR>AR"})"));
  CHECK(found[0]->value == Json::parse(R"({"role":"holds","time":{"date":"2023-05-03"}})"));
  CHECK(found[0]->span.text == "ambassador to Argentina Rui Costa");
}

TEST_CASE("a name then its title after a comma and an appointment", "[extract][office]") {
  auto doc = extract_text("Marta Quiroga, Argentina's new foreign minister, was sworn in in December 2023.", "2024", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 2);  // the new minister holds the office now; the verb tells when she took it
  for (const auto* c : found) {
    CHECK(c->slot["office"] == "foreign-minister:AR");
    CHECK(c->slot["subject"] == "person:quiroga");
  }
  CHECK(found[0]->value == Json::parse(R"({"role":"holds","time":{"relative":"now"}})"));
  CHECK(found[1]->value["role"] == "start");
  CHECK(found[1]->value["new"] == true);
  CHECK(found[1]->value["time"] == Json::parse(R"({"date":"2023-12"})"));
  CHECK(found[1]->span.text == "sworn in in December 2023");
}

TEST_CASE("one side of a bilateral office comes from the document's pair when the other is named", "[extract][office]") {
  auto doc = extract_text("The new envoy to Buenos Aires, Paulo Mendes, presented his credentials in March 2024.", "2024-04",
                          kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot["office"] == "ambassador:BR>AR");
  CHECK(found[1]->slot["office"] == "ambassador:BR>AR");
  CHECK(found[1]->value["role"] == "start");
}

TEST_CASE("former ends a term and a national office needs its country named", "[extract][office]") {
  auto doc = extract_text("Former Foreign Minister Ana Lopes of Brazil spoke. Prime Minister Joao Pinto did not.", "2024", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["office"] == "foreign-minister:BR");
  CHECK(found[0]->value["role"] == "end");
  REQUIRE(doc.unresolved.size() == 1);
  CHECK(doc.unresolved[0].span.text == "Prime Minister Joao Pinto");
}

TEST_CASE("a promotion names the person before the title", "[extract][office]") {
  auto doc = extract_text("In September 2023 Luis Ferreira was promoted to the post of Brazilian trade minister.", "2024", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["office"] == "trade-minister:BR");
  CHECK(found[0]->value["role"] == "start");
  CHECK(found[0]->value["time"] == Json::parse(R"({"date":"2023-09"})"));
}

TEST_CASE("a title with no name near it is no office claim", "[extract][office]") {
  auto doc = extract_text("The ambassador said trade would grow. Officials from Brazil met in Rio.", "2024", kOfficeTitle);
  CHECK(offices(doc).empty());
}

TEST_CASE("two titles joined by and belong to the name after them", "[extract][office]") {
  auto doc = extract_text("Brazil's Vice President and Minister of Industry Geraldo Nunes visited Buenos Aires in May 2023.",
                          "2023-06", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE_FALSE(found.empty());
  CHECK(found[0]->slot == Json::parse(R"({"subject":"person:nunes","measure":"office","office":"vice-president:BR"})"));
}

TEST_CASE("an aside between commas and the person's country from earlier in the document", "[extract][office]") {
  auto doc = extract_text("In March 2023 Argentina's trade minister Marisol Baez met exporters.\n\nIn October 2023 Marisol Baez, "
                          "known for her long career in the customs service, was promoted to foreign minister.",
                          "2024", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[1]->slot["office"] == "foreign-minister:AR");
  CHECK(found[1]->slot["subject"] == "person:baez");
  CHECK(found[1]->value["role"] == "start");
  CHECK(found[1]->value["time"] == Json::parse(R"({"date":"2023-10"})"));
}

TEST_CASE("a counterpart holds the same office in the country named before the word", "[extract][office]") {
  auto doc = extract_text("Foreign Minister Ana Lopes met her Spanish counterpart, Carlos Romero, in Lisbon on 4 March.",
                          "2024-03-10", "Portugal and Spain agree on rail link");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 2);
  // the title's own holder is then of the document's other country
  CHECK(found[0]->slot == Json::parse(R"({"subject":"person:lopes","measure":"office","office":"foreign-minister:PT"})"));
  CHECK(found[1]->slot == Json::parse(R"({"subject":"person:romero","measure":"office","office":"foreign-minister:ES"})"));
  CHECK(found[1]->value == Json::parse(R"({"role":"holds","time":{"date":"2024-03-04"}})"));
  CHECK(found[1]->span.text == "Spanish counterpart, Carlos Romero");
}

TEST_CASE("an envoy's counterpart and a counterpart without a country say nothing of an office", "[extract][office]") {
  auto doc = extract_text("Ambassador Rui Costa met his Spanish counterpart, Carlos Romero. Minister Lopes met her "
                          "counterpart Pablo Ruiz.", "2024-03-10", "Portugal and Spain");
  for (const auto* c : factaudit::testing::claims_of_kind(doc, ClaimKind::office)) {
    CHECK(c->slot["subject"] != "person:romero");
    CHECK(c->slot["subject"] != "person:ruiz");
  }
}

TEST_CASE("an organisation that stands for a country holds that country's office", "[extract][office]") {
  auto doc = extract_text("Taliban Foreign Minister Amir Khan Muttaqi received the delegation in March 2024.", "2024-05",
                          "Kazakhstan and Afghanistan");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["office"] == "foreign-minister:AF");
}

TEST_CASE("a term told as a range is a start and an end; leaving the post ends it", "[extract][office]") {
  auto doc = extract_text(
      "Luis Vidal served as Spain's ambassador to Portugal from 2019 to 2023. "
      "Spain's ambassador to Portugal, Luis Vidal, left the post in March 2023.",
      "2024-03", "Portugal and Spain");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 3);
  for (const auto* c : found) CHECK(c->slot["office"] == "ambassador:ES>PT");
  CHECK(found[0]->value == Json::parse(R"({"role":"start","time":{"date":"2019"}})"));
  CHECK(found[1]->value == Json::parse(R"({"role":"end","time":{"date":"2023"}})"));
  CHECK(found[2]->value == Json::parse(R"({"role":"end","time":{"date":"2023-03"}})"));
}

TEST_CASE("a title without a country takes the country the document gives its holder later", "[extract][office]") {
  auto doc = extract_text("Foreign Minister Ana Lopes opened the talks on 4 March.\n\nAna Lopes, Portugal's foreign "
                          "minister since 2022, spoke last.\n\nEnergy Minister Rui Pinto arrived late.",
                          "2024-03", "Portugal and Spain");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot["office"] == "foreign-minister:PT");
  CHECK(found[0]->span.text == "Foreign Minister Ana Lopes");
  REQUIRE(doc.unresolved.size() == 1);  // nothing in the document tells whose energy minister Pinto is
  CHECK(doc.unresolved[0].reason == "no country named for the office");
}

TEST_CASE("a verb after title and name tells the change; a new holder is in post now", "[extract][office]") {
  auto doc = extract_text("Spain's new ambassador to Portugal, Marta Gil, presented her credentials on 3 April 2023. "
                          "Spain's ambassador Luis Vidal left the post in March 2023.",
                          "2024-03", "Portugal and Spain");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 3);
  CHECK(found[0]->span.text == "ambassador to Portugal, Marta Gil");
  CHECK(found[0]->value == Json::parse(R"({"role":"holds","time":{"relative":"now"}})"));
  CHECK(found[1]->span.text == "presented her credentials on 3 April 2023");
  CHECK(found[1]->value == Json::parse(R"({"role":"start","time":{"date":"2023-04-03"},"new":true})"));
  CHECK(found[2]->span.text == "left the post in March 2023");  // not new: no claim that he holds it now
  CHECK(found[2]->value["role"] == "end");
}

TEST_CASE("an envoy named without countries takes the office the document gives the same person", "[extract][office]") {
  auto doc = extract_text("High Commissioner Rakesh Rao opened the fair on 2 May.\n\nIndia's High Commissioner to Sri Lanka, "
                          "Rakesh Rao, later met traders.",
                          "2024-06", "India and Sri Lanka");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot["office"] == "high-commissioner:IN>LK");
  CHECK(found[0]->span.text == "High Commissioner Rakesh Rao");
}

TEST_CASE("the holder a new one replaced had left the office by then", "[extract][office]") {
  auto doc = extract_text("Spain's new Foreign Minister, Pablo Ruiz, took office on 2 January 2024, replacing Carlos Romero. "
                          "The talks were replaced by a phone call.",
                          "2024-03", "Portugal and Spain");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 3);
  CHECK(found[2]->slot == Json::parse(R"({"subject":"person:romero","measure":"office","office":"foreign-minister:ES"})"));
  CHECK(found[2]->value == Json::parse(R"({"role":"end","time":{"date":"2024-01-02","hedge":"by"}})"));
  CHECK(found[2]->span.text == "replacing Carlos Romero");
}

TEST_CASE("an organisation standing for a country holds the country's offices but keeps its own", "[extract][office]") {
  auto doc = extract_text("Taliban Foreign Minister Amir Khan Muttaqi met the envoy on 4 June 2023, and Taliban spokesman "
                          "Zabihullah Mujahid confirmed the talks.",
                          "2023-06-10", "Afghanistan and Brazil");
  std::set<std::string> ids;
  for (const Claim* c : offices(doc)) ids.insert(c->slot["office"].get<std::string>());
  CHECK(ids.count("foreign-minister:AF") == 1);
  CHECK(ids.count("spokesman:org:taliban") == 1);
}

TEST_CASE("a holder from a country whose names put the family name first is cited by it", "[extract][office]") {
  auto doc = extract_text("On 2 March 2023 Cambodian Foreign Minister Prak Sokhonn met Brazil's ambassador to Cambodia, "
                          "Ana Ribeiro.",
                          "2023-04", "Brazil and Cambodia");
  std::set<std::string> holders;
  for (const Claim* c : offices(doc)) holders.insert(c->slot["subject"].get<std::string>());
  CHECK(holders.count("person:prak") == 1);
  CHECK(holders.count("person:ribeiro") == 1);
}

TEST_CASE("a person named again by surname keeps the office the document gave them", "[extract][office]") {
  auto doc = extract_text("Argentina's Foreign Minister Lucía Ferreyra arrived in Brasília on Monday. Ferreyra, who took "
                          "office in December 2023, said trade would recover. Minister Ferreyra later became a senator.",
                          "2024-05", kOfficeTitle);
  auto starts = factaudit::testing::claims_with_text(doc, ClaimKind::office, "took office in December 2023");
  REQUIRE(starts.size() == 1);
  CHECK(starts[0]->slot["subject"] == "person:ferreyra");
  CHECK(starts[0]->slot["office"] == "foreign-minister:AR");
  CHECK(starts[0]->value["role"] == "start");
  CHECK(starts[0]->value["time"] == Json::parse(R"({"date":"2023-12"})"));
  for (const Claim* c : offices(doc)) CHECK(c->span.text.find("senator") == std::string::npos);
}

TEST_CASE("'she' opening a sentence is the person the sentence before named first", "[extract][office]") {
  auto doc = extract_text("Brazil's ambassador to Argentina, Helena Duarte, met Jorge Villar on Monday. She took up the post "
                          "in May 2022.",
                          "2023-04", kOfficeTitle);
  auto starts = factaudit::testing::claims_with_text(doc, ClaimKind::office, "took up the post in May 2022");
  REQUIRE(starts.size() == 1);
  CHECK(starts[0]->slot["subject"] == "person:duarte");
  CHECK(starts[0]->slot["office"] == "ambassador:BR>AR");
}

TEST_CASE("'the Argentine foreign minister' is the one holder the document named before", "[extract][office]") {
  auto doc = extract_text("Argentina's Foreign Minister Lucía Ferreyra arrived in Brasília on 4 March 2024. On 6 March 2024 "
                          "the Argentine foreign minister met exporters.",
                          "2024-05", kOfficeTitle);
  auto found = factaudit::testing::claims_with_text(doc, ClaimKind::office, "the Argentine foreign minister");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["subject"] == "person:ferreyra");
  CHECK(found[0]->value["time"] == Json::parse(R"({"date":"2024-03-06"})"));
  auto two = extract_text("Argentina's Foreign Minister Lucía Ferreyra met Brazil's ambassador. Her predecessor, Argentina's "
                          "Foreign Minister Diego Cafiero, had met him too. The Argentine foreign minister spoke later.",
                          "2024-05", kOfficeTitle);
  CHECK(factaudit::testing::claims_with_text(two, ClaimKind::office, "The Argentine foreign minister").empty());
}

TEST_CASE("a new holder without a verb of change holds the office then, having replaced someone", "[extract][office]") {
  auto doc = extract_text("On 12 June 2023, the new Argentine ambassador to Brazil, Julio Paz, met business leaders in Recife.",
                          "2023-06-20", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["office"] == "ambassador:AR>BR");
  CHECK(found[0]->value == Json::parse(R"({"role":"holds","time":{"date":"2023-06-12"},"new":true})"));
}

TEST_CASE("a country sending an envoy is the envoy's country", "[extract][office]") {
  auto doc = extract_text("Brasília recalled its ambassador from Buenos Aires in May and sent Chargé d’Affaires Ana Teixeira "
                          "in her place.",
                          "2023-09", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"person:teixeira","measure":"office","office":"charge-d-affaires:BR>AR"})"));
  CHECK(found[0]->value["role"] == "start");
  // after the title, "sent" is something the holder does, not a change of office
  auto letter = extract_text("In March 2023 Ambassador Rui Costa of Brazil sent a letter to the Argentine government.", "2023-09",
                             kOfficeTitle);
  auto held = offices(letter);
  REQUIRE(held.size() == 1);
  CHECK(held[0]->value["role"] == "holds");
}

TEST_CASE("a minister named by portfolios holds that ministry", "[extract][office]") {
  auto doc = extract_text("On 9 May 2024 the Minister of Transport of Brazil Ana Souza, the Federal Minister for Mines and "
                          "Petroleum of Argentina Juan Ortega and Argentina's Deputy Minister of Investment, Trade and "
                          "Industry Rosa Vidal met. Brazil's Energy Minister Paulo Reis and Argentina's Minister of Foreign "
                          "Affairs Diana Mondino were absent.",
                          "2024-06", kOfficeTitle);
  std::map<std::string, std::string> held;
  for (const Claim* c : offices(doc)) held[c->slot["subject"]] = c->slot["office"];
  CHECK(held["person:souza"] == "minister-of-transport:BR");
  CHECK(held["person:ortega"] == "minister-of-mines-and-petroleum:AR");
  CHECK(held["person:vidal"] == "deputy-minister-of-investment-trade-and-industry:AR");
  CHECK(held["person:reis"] == "energy-minister:BR");          // a title of the rules wins
  CHECK(held["person:mondino"] == "foreign-minister:AR");
}

TEST_CASE("a surname joined by hyphens is one name", "[extract][office]") {
  auto doc = extract_text("Foreign Minister Diego Paz met his Brazilian counterpart, Nawal al-Sabbagh, and Ambassador "
                          "Hossam Abdel-Karim of Argentina on 2 May 2024.",
                          "2024-06", kOfficeTitle);
  std::set<std::string> people;
  for (const Claim* c : offices(doc)) people.insert(c->slot["subject"]);
  CHECK(people.count("person:al-sabbagh") == 1);
  CHECK(people.count("person:abdel-karim") == 1);
}

TEST_CASE("a verb right after another title is that title's", "[extract][office]") {
  auto doc = extract_text("Until an ambassador is appointed, Brazil's Chargé d'Affaires Luiz Prado runs the embassy in "
                          "Buenos Aires.",
                          "2024-06", kOfficeTitle);
  auto found = offices(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["subject"] == "person:prado");
  CHECK(found[0]->value["role"] == "holds");
}

TEST_CASE("monarchs and heirs hold their country's throne", "[extract][office]") {
  auto doc = extract_text("On 9 May 2024 Brazil's trade envoy was received by Saudi Crown Prince Mohammed bin Salman and by "
                          "Qatar's Emir Tamim Al Thani in Doha.",
                          "2024-06", kOfficeTitle);
  std::map<std::string, std::string> held;
  for (const Claim* c : offices(doc)) held[c->slot["office"]] = c->slot["subject"];
  CHECK(held.count("crown-prince:SA") == 1);
  CHECK(held.count("emir:QA") == 1);
}

namespace {

/// The office each person holds in the document's office claims (the first claim of theirs).
std::map<std::string, std::string> office_by_person(const ExtractedDocument& doc) {
  std::map<std::string, std::string> out;
  for (const Claim* c : offices(doc)) out.emplace(c->slot["subject"].get<std::string>(), c->slot["office"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("a title told without a country, beside the same title of one of the pair, is the other's",
          "[extract][office]") {
  auto doc = extract_text("President Laura Ruiz received Peruvian President Tomas Aranda in Santiago on 4 March 2024.",
                          "2024-03-05", "Chile and Peru");
  auto held = office_by_person(doc);
  CHECK(held["person:aranda"] == "president:PE");
  CHECK(held["person:ruiz"] == "president:CL");
  // no contrast told: a president of either country, or of neither, is not guessed
  auto alone = extract_text("President Laura Ruiz opened the fair in Lima on 4 March 2024.", "2024-03-05", "Chile and Peru");
  CHECK(office_by_person(alone).count("person:ruiz") == 0);
}

TEST_CASE("a monarch's title goes to the one country of the pair that has such an office", "[extract][office]") {
  auto doc = extract_text("Ambassador Omid Farahani presented his credentials to King Faisal Rahman in Jeddah on 2 May 2024.",
                          "2024-05-03", "Iran and Saudi Arabia");
  CHECK(office_by_person(doc)["person:rahman"] == "king:SA");
  // two kingdoms: which king is not told
  auto both = extract_text("The envoy met King Abdullah Hassan on 2 May 2024.", "2024-05-03", "Jordan and Saudi Arabia");
  CHECK(office_by_person(both).count("person:hassan") == 0);
}

TEST_CASE("\"of the\" before the country and a second title after a dash", "[extract][office]") {
  auto doc = extract_text(
      "On 9 April 2024 the Deputy Prime Minister \u2013 Minister of Foreign Affairs of Kyrgyzstan Aibek Tursunov met "
      "the Acting Minister of Commerce of the Islamic Emirate of Afghanistan Nazir Azizi.",
      "2024-04-10", "Kyrgyzstan and Afghanistan");
  std::set<std::string> held;
  for (const Claim* c : offices(doc)) held.insert(c->slot["subject"].get<std::string>() + " " + c->slot["office"].get<std::string>());
  CHECK(held.count("person:tursunov deputy-prime-minister:KG"));
  CHECK(held.count("person:tursunov foreign-minister:KG"));
  CHECK(held.count("person:azizi minister-of-commerce:AF"));
}

TEST_CASE("the Islamic Emirate stands for the Taliban", "[extract][office]") {
  auto doc = extract_text("Islamic Emirate spokesman Karim Sadiq said on 3 June 2024 that talks with Kabul's neighbours "
                          "would continue.",
                          "2024-06-04", "Afghanistan and Tajikistan");
  CHECK(office_by_person(doc)["person:sadiq"] == "spokesman:org:taliban");
}

TEST_CASE("a president of a pair with one kingdom is the other country's", "[extract][office]") {
  auto doc = extract_text("The envoy then met President Reza Karimi in Tehran on 5 May 2024.", "2024-05-06",
                          "Saudi Arabia and Iran");
  CHECK(office_by_person(doc)["person:karimi"] == "president:IR");
  // two republics: not told
  auto both = extract_text("The envoy then met President Reza Karimi on 5 May 2024.", "2024-05-06", "Iraq and Iran");
  CHECK(office_by_person(both).count("person:karimi") == 0);
}

TEST_CASE("a title told in a chronology's entry holds at the entry's date, not now", "[extract][office]") {
  auto doc = extract_text("**4 October 2021.** Ambassador Lena Hoff presents her credentials. The same day, her colleague "
                          "meets President Reza Karimi in Tehran.\n\n"
                          "**1 March 2024.** Omid Sadri is sworn in as Iran's president.",
                          "2024-11-18", "Saudi Arabia and Iran", "chronology.md");
  bool karimi = false;
  for (const Claim* c : offices(doc)) {
    if (c->slot["subject"] != "person:karimi") continue;
    karimi = true;
    CHECK(c->value["time"] == Json::parse(R"({"date":"2021-10-04"})"));
  }
  CHECK(karimi);
}

TEST_CASE("'X, Bahrain's first ambassador since 2017, presented ...': the change after the apposition", "[extract][office]") {
  auto doc = extract_text("Lina Haddad, Jordan's first ambassador to Qatar since 2017, presented her credentials on "
                          "19 February.",
                          "2024-02-21", "Jordan and Qatar");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::office);
  REQUIRE(found.size() == 1);  // the years "since 2017" are the years without one, not her term
  CHECK(found[0]->slot == Json::parse(R"({"subject":"person:haddad","measure":"office","office":"ambassador:JO>QA"})"));
  CHECK(found[0]->value == Json::parse(R"({"role":"start","time":{"date":"2024-02-19"}})"));
}
