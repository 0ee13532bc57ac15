// Whose office a title is when no country is told beside it: a side, a trip, an embassy.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::claims_with_text;
using factaudit::testing::extract_text;
using factaudit::testing::unresolved_because;

namespace {

const std::string kPairTitle = "Chile and Peru review their border crossings";
const char* const kNoCountry = "no country named for the office";

std::string office_of(const ExtractedDocument& doc, const std::string& span) {
  auto found = claims_with_text(doc, ClaimKind::office, span);
  return found.size() == 1 ? found[0]->slot.value("office", "") : "(" + std::to_string(found.size()) + " claims)";
}

}  // namespace

TEST_CASE("the side a sentence names gives its titles their country", "[extract][office][side]") {
  struct Case {
    const char* rule;
    const char* text;
    const char* title;     // the span of the title and name
    const char* expected;  // the office it holds
  };
  const Case cases[] = {
      {"a delegation led by a titled person is that country's",
       "The Chilean delegation was headed by Trade Minister Ramiro Fuentes, who arrived on Monday.",
       "Trade Minister Ramiro Fuentes", "trade-minister:CL"},
      {"titles told before 'on the ... side' are that side's",
       "Ambassador Lucia Ibarra and Finance Minister Tomas Vera took part on the Peruvian side.",
       "Finance Minister Tomas Vera", "finance-minister:PE"},
      {"an envoy on a side is sent by it to the pair's other country",
       "Ambassador Lucia Ibarra and Finance Minister Tomas Vera took part on the Peruvian side.",
       "Ambassador Lucia Ibarra", "ambassador:PE>CL"},
      {"the host of the other country's delegation is of the pair's other country",
       "Prime Minister Alberto Rosas hosted the Peruvian delegation at the palace on 2 May 2024.",
       "Prime Minister Alberto Rosas", "prime-minister:CL"},
      {"signing an agreement for a country makes the signer that country's",
       "Energy Minister Rosa Quispe, who signed the accord for Peru, called it overdue.", "Energy Minister Rosa Quispe",
       "energy-minister:PE"},
      {"giving something to one country's body makes the giver the pair's other country's",
       "On 3 May, Ambassador Lucia Ibarra delivered two ambulances to the Chilean health ministry.",
       "Ambassador Lucia Ibarra", "ambassador:PE>CL"},
  };
  for (const Case& c : cases) {
    INFO(c.rule);
    CHECK(office_of(extract_text(c.text, "2024-05-10", kPairTitle), c.title) == c.expected);
  }
  // an organisation's leaders stand for the country it governs
  auto taliban = extract_text("Several Taliban leaders, including Defence Minister Mohammad Yaqoob, attended the parade.",
                              "2024-05-10", "Afghanistan and Uzbekistan");
  CHECK(office_of(taliban, "Defence Minister Mohammad Yaqoob") == "defence-minister:AF");
}

TEST_CASE("with both sides in one sentence a title is the side's named nearest before it", "[extract][office][side]") {
  auto doc = extract_text(
      "The Chilean delegation was led by Foreign Minister Ana Soler, and the Peruvian side was represented by "
      "Deputy Foreign Minister Hugo Paz.",
      "2024-05-10", kPairTitle);
  CHECK(office_of(doc, "Foreign Minister Ana Soler") == "foreign-minister:CL");
  CHECK(office_of(doc, "Deputy Foreign Minister Hugo Paz") == "deputy-foreign-minister:PE");
  // told between a side that covers what follows it and another that covers what precedes it: which?
  auto between = extract_text("The Chilean delegation included Trade Minister Ana Soler and Ambassador Hugo Paz, who sat on "
                              "the Peruvian side.",
                              "2024-05-10", kPairTitle);
  CHECK(unresolved_because(between, kNoCountry) >= 1);
}

TEST_CASE("a trip to one country of the pair makes the traveller the other's", "[extract][office][trip]") {
  auto doc = extract_text("Foreign Minister Ines Molina's three-day visit to Lima ended on Friday.", "2024-05-10",
                          kPairTitle);
  CHECK(office_of(doc, "Foreign Minister Ines Molina") == "foreign-minister:CL");
  auto later = extract_text("Deputy Foreign Minister Pablo Rojas, who travelled to Santiago in April, met exporters.",
                            "2024-05-10", kPairTitle);
  CHECK(office_of(later, "Deputy Foreign Minister Pablo Rojas") == "deputy-foreign-minister:PE");
}

TEST_CASE("a trip to a third country tells nothing about the traveller's own", "[extract][office][trip]") {
  auto doc = extract_text("Foreign Minister Ines Molina visited Brazil on 3 May 2024.", "2024-05-10", kPairTitle);
  CHECK(claims_with_text(doc, ClaimKind::office, "Foreign Minister Ines Molina").empty());
  CHECK(unresolved_because(doc, kNoCountry) == 1);
}

TEST_CASE("'its chargé d'affaires' is the envoy of the country named before", "[extract][office][embassy]") {
  auto doc = extract_text(
      "Peru reopened its embassy in Santiago on 4 March 2024. Its chargé d'affaires, Elena Cusi, will lead it for now.",
      "2024-05-10", kPairTitle);
  CHECK(office_of(doc, "chargé d'affaires, Elena Cusi") == "charge-d-affaires:PE>CL");
}

TEST_CASE("the embassy spoken of before tells whose envoy runs it", "[extract][office][embassy]") {
  auto doc = extract_text(
      "Chile's ambassador in Lima, Jorge Valdes, left in March. The embassy is now run by chargé d'affaires Marta Lagunas.",
      "2024-05-10", kPairTitle);
  CHECK(office_of(doc, "chargé d'affaires Marta Lagunas") == "charge-d-affaires:CL>PE");
  auto unknown = extract_text("The embassy is now run by chargé d'affaires Marta Lagunas.", "2024-05-10", kPairTitle);
  CHECK(claims_with_text(unknown, ClaimKind::office, "chargé d'affaires Marta Lagunas").empty());
}

TEST_CASE("an office held until a time not told is not said to be held now", "[extract][office]") {
  auto doc = extract_text(
      "Chile reopened its embassy in Lima in 2023. Chargé d'affaires Marta Lagunas had headed it until this week.",
      "2024-05-10", kPairTitle);
  CHECK(claims_with_text(doc, ClaimKind::office, "Chargé d'affaires Marta Lagunas").empty());
  CHECK(unresolved_because(doc, "held the office until a time not told") == 1);
}

TEST_CASE("a verb whose object is a title is not that title's change", "[extract][office]") {
  auto doc = extract_text("Chile's new ambassador, Jorge Valdes, presented his credentials to Peruvian President "
                          "Dina Reyes on 2 May 2024.",
                          "2024-05-10", kPairTitle);
  auto president = claims_with_text(doc, ClaimKind::office, "President Dina Reyes");
  REQUIRE(president.size() == 1);
  CHECK(president[0]->value == Json::parse(R"({"role":"holds","time":{"date":"2024-05-02"}})"));
}

TEST_CASE("an envoy's counterpart placed by the words is that country's envoy there", "[extract][office]") {
  auto doc = extract_text("Chile's ambassador in Lima, Jorge Valdes, and his Peruvian counterpart in Santiago, Rosa Mejia, "
                          "attended the signing.",
                          "2024-05-10", kPairTitle);
  CHECK(office_of(doc, "ambassador in Lima, Jorge Valdes") == "ambassador:CL>PE");
  CHECK(office_of(doc, "Peruvian counterpart in Santiago, Rosa Mejia") == "ambassador:PE>CL");
  auto unplaced = extract_text("The ambassador met his Peruvian counterpart, Rosa Mejia, in Quito.", "2024-05-10", kPairTitle);
  CHECK(claims_with_text(unplaced, ClaimKind::office, "Peruvian counterpart, Rosa Mejia").empty());
}

TEST_CASE("a name, then an organisation's title told by its possessive", "[extract][office]") {
  auto doc = extract_text("Amir Khan Muttaqi, the IEA's acting foreign minister, opened the meeting. Zabihullah Mujahid, "
                          "the Taliban's spokesman, confirmed it.",
                          "2024-09-12", "Turkmenistan and Afghanistan");
  // an organisation standing for a country holds that country's offices, except offices of its own
  CHECK(office_of(doc, "Amir Khan Muttaqi, the IEA's acting foreign minister") == "foreign-minister:AF");
  CHECK(office_of(doc, "Zabihullah Mujahid, the Taliban's spokesman") == "spokesman:org:taliban");
}

TEST_CASE("a counterpart of a person whose office the text told holds that office in the other country", "[extract][office]") {
  auto doc = extract_text("Peru's Foreign Minister, Hugo Paz, arrived in Santiago on 4 March 2024. Paz and his Chilean "
                          "counterpart, Ines Molina, signed the accord. Molina, appointed foreign minister in May 2023, "
                          "called it historic.",
                          "2024-03-10", kPairTitle);
  CHECK(office_of(doc, "Chilean counterpart, Ines Molina") == "foreign-minister:CL");
  CHECK(office_of(doc, "Molina, appointed foreign minister") == "foreign-minister:CL");
}
