// Quantity claims from prose: amounts with units and scales, their measure, subject and period.
#include <catch2/catch.hpp>

#include "extract_support.hpp"
#include "../unit_support.hpp"

using namespace factaudit;
using factaudit::testing::claims_with_text;
using factaudit::testing::extract_text;

namespace {

const Claim& only(const ExtractedDocument& doc, const std::string& text) {
  auto found = claims_with_text(doc, ClaimKind::quantity, text);
  INFO("quantity claim with text '" << text << "'");
  REQUIRE(found.size() == 1);
  return *found.front();
}

}  // namespace

TEST_CASE("a turnover figure gets the pair and the year named before it", "[extract][quantity]") {
  std::string text = "In 2021, bilateral trade between Chile and Peru reached $4.26 billion, according to customs data.";
  auto doc = extract_text(text, "2022-03");
  const Claim& c = only(doc, "$4.26 billion");
  CHECK(c.slot == Json::parse(R"({"subject":"CL-PE","measure":"trade.turnover","period":"2021","unit":"USD"})"));
  CHECK(c.value == Json::parse(R"({"literal":"4.26","scale":"billion","unit":"USD"})"));
  std::size_t header = doc.document.body_begin;
  CHECK(c.span.start == header + unit::offset_of(text, "$4.26 billion"));
  CHECK(c.span.end == c.span.start + std::string("$4.26 billion").size());
}

TEST_CASE("exports and imports take their direction from the sentence", "[extract][quantity]") {
  auto doc = extract_text(
      "Peru's exports to Chile totalled USD 1,840 mln. in 2022, while imports from Chile came to 2.1 billion US dollars.",
      "2023");
  const Claim& exports = only(doc, "USD 1,840 mln.");
  CHECK(exports.slot["subject"] == "PE>CL");
  CHECK(exports.slot["measure"] == "trade.exports");
  CHECK(exports.value["literal"] == "1840");
  CHECK(exports.value["scale"] == "million");
  const Claim& imports = only(doc, "2.1 billion US dollars");
  CHECK(imports.slot["subject"] == "CL>PE");
  CHECK(imports.slot["measure"] == "trade.imports");
  CHECK(imports.slot["period"] == "2022");
}

TEST_CASE("a hedge before an amount is part of the claim", "[extract][quantity]") {
  auto doc = extract_text("Georgian exports to Armenia in 2020 were worth more than $310 million.", "2021");
  const Claim& c = only(doc, "more than $310 million");
  CHECK(c.value["hedge"] == "more-than");
  CHECK(c.slot["subject"] == "GE>AM");
}

TEST_CASE("a partial-year period and last year resolve against publication", "[extract][quantity]") {
  auto doc = extract_text(
      "Trade between Kenya and Tanzania for January-June 2023 amounted to $512.4 million. Last year the two "
      "countries traded goods worth $1.01 billion.",
      "2023-09-01");
  CHECK(only(doc, "$512.4 million").slot["period"] == "2023-01..2023-06");
  CHECK(only(doc, "$1.01 billion").slot["period"] == "2022");
}

TEST_CASE("tonnes of aid become a mass measure and counts of people a count", "[extract][quantity]") {
  auto doc = extract_text("In 2022 India shipped 40,000 tonnes of humanitarian aid to Sri Lanka.", "2023");
  const Claim& c = only(doc, "40,000 tonnes");
  CHECK(c.slot["measure"] == "aid.food.mass");
  CHECK(c.slot["unit"] == "t");
  CHECK(c.value["literal"] == "40000");
  CHECK(c.slot["subject"] == "IN>LK");
}

TEST_CASE("a figure with no measure or no period is unresolved and not a claim", "[extract][quantity]") {
  auto doc = extract_text("Officials mentioned $25 million without saying what for.", "2023");
  CHECK(claims_with_text(doc, ClaimKind::quantity, "$25 million").empty());
  REQUIRE(doc.unresolved.size() == 1);
  CHECK(doc.unresolved.front().span.text == "$25 million");
  CHECK(doc.unresolved.front().reason.find("measure") != std::string::npos);
}

TEST_CASE("years and reference numbers are not amounts", "[extract][quantity]") {
  auto doc = extract_text("Resolution 2231 was adopted in 2015, and Route 66 is 3,940 km long.", "2016");
  for (const auto& c : doc.claims) CHECK(c.span.text.find("2231") == std::string::npos);
  for (const auto& u : doc.unresolved) CHECK(u.span.text.find("2231") == std::string::npos);
}

TEST_CASE("by a month is the year to date for a flow and a count keeps its noun", "[extract][quantity]") {
  auto doc = extract_text("By October 2023 trade between Chile and Peru had reached $3.3 billion. Since then more than 120 "
                          "trucks crossed into Peru.",
                          "2024", "Chile and Peru");
  CHECK(only(doc, "$3.3 billion").slot["period"] == "2023-01..2023-10");
  const Claim& trucks = only(doc, "more than 120 trucks");
  CHECK(trucks.slot["measure"] == "things.count");
  CHECK(trucks.value["hedge"] == "more-than");
}

TEST_CASE("figures in brackets after products are those products' parts of the flow", "[extract][quantity]") {
  auto doc = extract_text("In 2022 Chilean exports to Peru, mainly copper ($410 million) and fruit ($95.5 million), grew.",
                          "2023", "Chile and Peru");
  const Claim& copper = only(doc, "$410 million");
  CHECK(copper.slot["product"] == "copper");
  CHECK(copper.slot["measure"] == "trade.exports");
  CHECK(copper.slot["subject"] == "CL>PE");
  CHECK(only(doc, "$95.5 million").slot["product"] == "fruit");
}

TEST_CASE("a measure already given its figure does not take the next one", "[extract][quantity]") {
  auto doc = extract_text("Uganda posted a trade surplus of $150 million with Rwanda in 2021, shipping goods worth $420 million "
                          "across the border.",
                          "2022", "Uganda and Rwanda");
  CHECK(only(doc, "$150 million").slot["measure"] == "trade.balance");
  for (const auto& c : doc.claims) {
    if (c.span.text == "$420 million") CHECK(c.slot["measure"] != "trade.balance");
  }
  auto again = extract_text("Ugandan exports to Rwanda were $300 million in 2020 and $320 million in 2021.", "2022",
                            "Uganda and Rwanda");
  CHECK(only(again, "$320 million").slot["measure"] == "trade.exports");
  CHECK(only(again, "$320 million").slot["period"] == "2021");
}

TEST_CASE("commerce is trade", "[extract][quantity]") {
  auto doc = extract_text("In 2022 the volume of commerce between Peru and Chile reached $2.4 billion.", "2023", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"CL-PE","measure":"trade.turnover","period":"2022","unit":"USD"})"));
}

TEST_CASE("after a colon a figure is said anew, by the countries of its own measure", "[extract][quantity]") {
  auto doc = extract_text(
      "Peruvian exports to Chile hardly fell: imports to Chile from Peru in January-June 2023 amounted to $610 million.",
      "2023-09", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == Json::parse(R"({"subject":"PE>CL","measure":"trade.imports","period":"2023-01..2023-06","unit":"USD"})"));
}

TEST_CASE("goods named after the figure narrow it; the destination is not the exporter", "[extract][quantity]") {
  auto doc = extract_text(
      "In March 2023 Peru became one of the top partners of Chile thanks to the export of $95 million worth of copper "
      "wire to Peru. In 2023 Chile sold $2 billion of goods to Peru.",
      "2024", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot == Json::parse(
                              R"({"subject":"CL>PE","measure":"trade.exports","product":"wire","period":"2023-03","unit":"USD"})"));
  CHECK_FALSE(found[1]->slot.contains("product"));  // "goods" narrows nothing
}

TEST_CASE("an amount a figure changed by is not the figure", "[extract][quantity]") {
  auto doc = extract_text("In 2023, trade between Peru and Chile grew by $300 million to $4.4 billion. In 2022 Chile's "
                          "exports to Peru were up $120 million, and imports fell to $1.3 billion.",
                          "2024", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->value["literal"] == "4.4");
  CHECK(found[1]->value["literal"] == "1.3");
  CHECK(factaudit::testing::unresolved_because(doc, "a change by an amount, not the figure itself") == 2);
}

TEST_CASE("a part of the year without a year is the latest such part", "[extract][quantity]") {
  auto doc = extract_text("For the first half, Peru's imports from Chile came to $650 million. In the first quarter of "
                          "the year, trade stood at $900 million.\n\nIn the first half of the decade, trade reached $9 billion.",
                          "2024-07", "Peru and Chile");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot["period"] == "2024-01..2024-06");
  CHECK(found[1]->slot["period"] == "2024-01..2024-03");
  auto before = extract_text("In the first half, trade reached $2 billion.", "2024-05", "Peru and Chile");
  REQUIRE(factaudit::testing::claims_of_kind(before, ClaimKind::quantity).size() == 1);
  CHECK(factaudit::testing::claims_of_kind(before, ClaimKind::quantity)[0]->slot["period"] == "2023-01..2023-06");
}

TEST_CASE("two flows told in one clause each keep their own countries", "[extract][quantity]") {
  auto doc = extract_text(
      "In 2023 Ghana's exports to Togo reached $410 million and imports from Togo $95 million. In 2022 Ghana sold "
      "goods worth $380 million to Togo and Togo sold goods worth $90 million to Ghana.",
      "2024", "Ghana and Togo");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 4);
  CHECK(found[0]->slot["subject"] == "GH>TG");
  CHECK(found[1]->slot == Json::parse(R"({"subject":"TG>GH","measure":"trade.imports","period":"2023","unit":"USD"})"));
  CHECK(found[2]->slot["subject"] == "GH>TG");
  CHECK(found[3]->slot["subject"] == "TG>GH");
}

TEST_CASE("a statement naming no country of its own shares its clause's", "[extract][quantity]") {
  auto doc = extract_text("Togo ran a trade surplus of $40 million with Ghana in 2022, selling goods worth $150 million "
                          "to its western neighbour.", "2023", "Ghana and Togo");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 2);
  CHECK(found[1]->slot == Json::parse(R"({"subject":"TG>GH","measure":"trade.exports","period":"2022","unit":"USD"})"));
}

TEST_CASE("a year naming another figure is not this figure's period", "[extract][quantity]") {
  auto doc = extract_text("Ghana's exports to Togo came to $380 million in 2022, well above the 2019 level of $200 "
                          "million, while imports from Togo were $90 million.", "2023", "Ghana and Togo");
  auto found = factaudit::testing::claims_with_text(doc, ClaimKind::quantity, "$90 million");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot["period"] == "2022");
}

TEST_CASE("a part of the figure before is told of its product or left open", "[extract][quantity]") {
  auto doc = extract_text("In 2022 trade between Ghana and Togo totalled $470 million, of which cocoa accounted for $60 "
                          "million. In 2021 it reached $430 million, of which $70 million went by sea.",
                          "2023", "Ghana and Togo");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 3);
  CHECK(found[1]->slot["product"] == "cocoa");
  CHECK_FALSE(found[0]->slot.contains("product"));
  CHECK(found[2]->value["literal"] == "430");
  CHECK(factaudit::testing::unresolved_because(doc, "a part of the figure before, of something not named") == 1);
}

TEST_CASE("'it' with a verb of level refers to the paragraph's last figure, other verbs do not", "[extract][quantity]") {
  auto doc = extract_text("In 2022 trade between Ghana and Togo totalled $470 million. In 2021 it reached $430 million. "
                          "The new port opened in 2021. It cost $90 million.",
                          "2023", "Ghana and Togo");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 2);
  CHECK(found[1]->slot == Json::parse(R"({"subject":"GH-TG","measure":"trade.turnover","period":"2021","unit":"USD"})"));
}

TEST_CASE("the year as a whole is the paragraph's year, not the part named before", "[extract][quantity]") {
  auto doc = extract_text("In the first half of 2023 trade between Ghana and Togo stood at $210 million, and for the year "
                          "as a whole it came to about $450 million.",
                          "2024", "Ghana and Togo");
  auto found = factaudit::testing::claims_of_kind(doc, ClaimKind::quantity);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->slot["period"] == "2023-01..2023-06");
  CHECK(found[1]->slot["period"] == "2023");
}

TEST_CASE("a count or a length names the thing it is about", "[extract][quantity]") {
  auto doc = extract_text("The Lima-Arica railway is 410 km long. Some 2,500 Peruvian students attend Chilean universities, "
                          "and Chile sent 30 wagons of cement to Peru.",
                          "2022-03", "Chile and Peru");
  CHECK(only(doc, "410 km").slot["item"] == "lima-arica-railway");
  CHECK(only(doc, "Some 2,500").slot["item"] == "student");
  CHECK(only(doc, "30 wagons").slot["item"] == "wagon-cement");
}

TEST_CASE("a count or a length of nothing named is left open", "[extract][quantity]") {
  auto doc = extract_text("Nearly 4,000 people attended. The line stretches 1,100 kilometres along the coast.", "2022-03",
                          "Chile and Peru");
  CHECK(factaudit::testing::claims_of_kind(doc, ClaimKind::quantity).empty());
  CHECK(factaudit::testing::unresolved_because(doc, "nothing named for what the figure counts or measures (number of people of what?)") == 1);
}

TEST_CASE("a length of a stretch of a route is told apart from the whole route's", "[extract][quantity]") {
  auto doc = extract_text("The Andean gas pipeline is 1,240 kilometres long. The section of the pipeline between Arequipa and Tacna is "
                          "370 kilometres long, and the railway from Tacna to Arica is 62 km long. Officials said a "
                          "further stretch of the pipeline would be 90 km long.",
                          "2022-03", "Chile and Peru");
  CHECK(only(doc, "1,240 kilometres").slot["item"] == "pipeline");
  CHECK(only(doc, "370 kilometres").slot["item"] == "pipeline-arequipa-tacna");
  CHECK(only(doc, "62 km").slot["item"] == "railway-arica-tacna");
  CHECK(claims_with_text(doc, ClaimKind::quantity, "90 km").empty());
  CHECK(factaudit::testing::unresolved_because(doc, "the length of a part of the route (section, stretch, ...) that is not named") == 1);
  // the whole and its section in one article are not one length told twice
  CHECK(factaudit::testing::check_document(doc).contradictions.empty());
}

TEST_CASE("two figures of one sentence for one slot are two things, not two versions", "[extract][quantity]") {
  auto doc = extract_text("Eighty Chilean students study on grants and 120 Chilean students pay their own fees.", "2022-03",
                          "Chile and Peru");
  CHECK(factaudit::testing::claims_of_kind(doc, ClaimKind::quantity).size() == 1);
  CHECK(factaudit::testing::unresolved_because(doc, "a second figure for the same slot in one sentence") == 1);
}

TEST_CASE("a figure a year earlier is the figure of the sentence's period a year before", "[extract][quantity]") {
  auto doc = extract_text("In the first half of 2021, Chile's exports to Peru came to $1.9 billion, compared with $1.6 billion "
                          "in the same half a year earlier. Bilateral trade was $4 billion in 2020, up from $3.5 billion a "
                          "year earlier.",
                          "2021-09", "Chile and Peru");
  CHECK(only(doc, "$1.9 billion").slot["period"] == "2021-01..2021-06");
  CHECK(only(doc, "$1.6 billion").slot["period"] == "2020-01..2020-06");
  CHECK(only(doc, "$3.5 billion").slot["period"] == "2019");
}

TEST_CASE("a fiscal year names no calendar period", "[extract][quantity]") {
  auto doc = extract_text("Trade between Chile and Peru reached $3 billion in fiscal year 2019-20 and $3.4 billion in FY2021. "
                          "In the 2021/22 financial year bilateral trade was $3.9 billion.",
                          "2022-09", "Chile and Peru");
  CHECK(factaudit::testing::claims_of_kind(doc, ClaimKind::quantity).empty());
  CHECK(factaudit::testing::unresolved_because(doc, "a fiscal year, whose months depend on the country's calendar") == 3);
}

TEST_CASE("the paragraph goes on about the figure's period, not its base's", "[extract][quantity]") {
  auto doc = extract_text("Chile's exports to Peru rose to $950 million in 2023 from $800 million in 2022. Imports from Peru "
                          "were worth $400 million.",
                          "2024-02", "Chile and Peru");
  CHECK(only(doc, "$800 million").slot["period"] == "2022");
  CHECK(only(doc, "$400 million").slot["period"] == "2023");
}

TEST_CASE("a country named after an aid package is where it goes, not who gives it", "[extract][quantity]") {
  auto doc = extract_text("In May 2019 the Chilean government announced a $20 million aid package to support Peruvian "
                          "farmers.",
                          "2020-01", "Chile and Peru");
  CHECK(only(doc, "$20 million").slot["subject"] == "CL>PE");
}

TEST_CASE("a range of figures is no figure; a change to a level is no range", "[extract][quantity]") {
  auto doc = extract_text("Trade between Chile and Peru was between $1.2 billion and $1.5 billion in 2019. Chile's exports "
                          "to Peru were $2-3 billion in 2020 and imports grew 5-7%. Trade reached $1.2 to $1.4 billion in "
                          "2018. Chile's exports to Peru rose by $300 million to $1.5 billion in 2021.",
                          "2022-03", "Chile and Peru");
  CHECK(factaudit::testing::unresolved_because(doc, "a range of figures, not one figure") == 4);
  CHECK(only(doc, "$1.5 billion").slot["period"] == "2021");
}

TEST_CASE("a quarter named by its code takes its year; an unknown period marker takes no carried one", "[extract][quantity]") {
  auto doc = extract_text("In the first half of 2021 Chile's exports to Peru were $1.8 billion. In Q1 2022 they were $1 "
                          "billion. In 9M 2021 imports from Peru totalled $1.1 billion.",
                          "2022-06", "Chile and Peru");
  CHECK(only(doc, "$1 billion").slot["period"] == "2022-01..2022-03");
  CHECK(factaudit::testing::claims_with_text(doc, ClaimKind::quantity, "$1.1 billion").empty());
}

TEST_CASE("a figure in brackets after a span of time is for a period not placed, not of a product", "[extract][quantity]") {
  auto doc = extract_text("Trade between Chile and Peru hit $900 million in 2023, more than in the previous few months "
                          "($310 million).",
                          "2024", "Chile and Peru");
  CHECK(factaudit::testing::claims_with_text(doc, ClaimKind::quantity, "$310 million").empty());
  CHECK(factaudit::testing::unresolved_because(doc, "a figure for a span of time not placed") == 1);
}

TEST_CASE("'its' before a measure is the country the sentence before named first", "[extract][quantity]") {
  auto doc = extract_text("Bolivia hopes to gain as well. Its trade with Chile reached $1.2 billion in 2023.", "2024",
                          "Chile and Peru");
  CHECK(only(doc, "$1.2 billion").slot["subject"] == "BO-CL");
}

TEST_CASE("a part of a measure is told of the thing that accounted for it", "[extract][quantity]") {
  auto doc = extract_text("In 2023 Chile's exports to Peru were worth $2.3 billion. Copper accounted for $900 million of "
                          "Chilean sales. In 2023, fruit made up $120 million of Chilean exports to Peru.",
                          "2024", "Chile and Peru");
  CHECK(only(doc, "$900 million").slot["product"] == "copper");
  CHECK(only(doc, "$120 million").slot["product"] == "fruit");
  CHECK_FALSE(only(doc, "$2.3 billion").slot.contains("product"));
}

TEST_CASE("a flow through or between places that are no countries is left open", "[extract][quantity]") {
  auto doc = extract_text("Trade through the Tacna border post between Arica and Tacna reached $300 million in 2023. "
                          "Trade between Chile and Peru reached $4.4 billion in 2023.",
                          "2024", "Chile and Peru");
  CHECK(factaudit::testing::claims_with_text(doc, ClaimKind::quantity, "$300 million").empty());
  CHECK(factaudit::testing::unresolved_because(doc, "a flow through or between places that are no countries") == 1);
  CHECK(only(doc, "$4.4 billion").slot["subject"] == "CL-PE");
}

TEST_CASE("a count since a date is over an open range, as of publication", "[extract][quantity]") {
  auto doc = extract_text("Since March 2022, Chile has sent more than 300 trucks of supplies to Peru.", "2024-02-10",
                          "Chile and Peru");
  const Claim& c = only(doc, "more than 300 trucks");
  CHECK(c.slot["period"] == "2022-03..");
  CHECK(c.slot["as_of"] == "2024-02-10");
}

TEST_CASE("a deficit is a negative balance; a change of a deficit's size is left unresolved", "[extract][quantity]") {
  auto doc = extract_text(
      "Norway's sales to Sweden came to $3.1 billion in 2022, leaving Sweden with a trade deficit of $640 million.\n\n"
      "Later that year the deficit grew by 12 percent.",
      "2023-04");
  const Claim& gap = only(doc, "$640 million");
  CHECK(gap.slot["measure"] == "trade.balance");
  CHECK(gap.slot["subject"] == "SE>NO");
  CHECK(gap.value["literal"] == "-640");
  CHECK(claims_with_text(doc, ClaimKind::change, "12 percent").empty());
  bool unresolved = false;
  for (const auto& u : doc.unresolved) unresolved = unresolved || u.span.text == "12 percent";
  CHECK(unresolved);
}

TEST_CASE("a surplus keeps its sign", "[extract][quantity]") {
  auto doc = extract_text("In 2021 Ghana ran a trade surplus of $210 million with Togo.", "2022");
  const Claim& surplus = only(doc, "$210 million");
  CHECK(surplus.slot["measure"] == "trade.balance");
  CHECK(surplus.value["literal"] == "210");
}

TEST_CASE("the figure a change started from is the figure a year before", "[extract][quantity]") {
  auto doc = extract_text(
      "Trade between Kenya and Uganda fell to $1.12 billion in 2023 from $1.30 billion. "
      "In the first half of 2024, Kenyan exports to Uganda rose from $410 million to $455 million.",
      "2024-09");
  CHECK(only(doc, "$1.12 billion").slot["period"] == "2023");
  CHECK(only(doc, "$1.30 billion").slot["period"] == "2022");
  CHECK(only(doc, "$455 million").slot["period"] == "2024-01..2024-06");
  CHECK(only(doc, "$410 million").slot["period"] == "2023-01..2023-06");
}

TEST_CASE("a start figure with a period of its own keeps it; one without a change verb is left as it was",
          "[extract][quantity]") {
  auto doc = extract_text(
      "Exports from Kenya to Uganda climbed to $700 million in 2023 from $520 million in 2020.", "2024-02");
  CHECK(only(doc, "$520 million").slot["period"] == "2020");
  auto plain = extract_text("Kenya sold goods worth $80 million to Uganda in 2023, from $20 million of them tea.", "2024");
  for (const Claim* c : claims_with_text(plain, ClaimKind::quantity, "$20 million")) CHECK(c->slot.value("period", "") != "2022");
}

TEST_CASE("a paragraph that names no period speaks of the lede's period", "[extract][quantity]") {
  auto doc = extract_text(
      "Trade between Vietnam and Laos totalled $1.9 billion in 2023, the ministry said.\n\n"
      "In the fourth quarter alone, trade between the two countries reached $520 million.\n\n"
      "Vietnamese exports to Laos fell 4.5 percent to $780 million, while imports from Laos rose to $1.12 billion.",
      "2024-03");
  CHECK(only(doc, "$520 million").slot["period"] == "2023-10..2023-12");
  CHECK(only(doc, "$780 million").slot["period"] == "2023");
  CHECK(only(doc, "$1.12 billion").slot["period"] == "2023");
  auto change = claims_with_text(doc, ClaimKind::change, "4.5 percent");
  REQUIRE(change.size() == 1);
  CHECK(change.front()->slot["period"] == "2023");
  CHECK(change.front()->slot["base_period"] == "2022");
}

TEST_CASE("a figure compared in parentheses does not become the paragraph's period", "[extract][quantity]") {
  auto doc = extract_text(
      "Trade between Chile and Bolivia in the first half of 2023 reached $820 million, 8% less than a year "
      "earlier ($891 million). Chilean exports to Bolivia made up $600 million.",
      "2023-09");
  CHECK(only(doc, "$891 million").slot["period"] == "2022-01..2022-06");
  CHECK(only(doc, "$600 million").slot["period"] == "2023-01..2023-06");
}

TEST_CASE("a figure with no country of its own takes the clause's other country as the one acting",
          "[extract][quantity]") {
  auto doc = extract_text(
      "Purchases from the neighbouring kingdom reached $2.2 billion in 2022, leaving Jordan with a deficit of "
      "$1.4 billion in its trade with Saudi Arabia.",
      "2023");
  const Claim& imports = only(doc, "$2.2 billion");
  CHECK(imports.slot["measure"] == "trade.imports");
  CHECK(imports.slot["subject"] == "SA>JO");
}

TEST_CASE("the lede's period reaches a later paragraph only when nothing names another stretch of time",
          "[extract][quantity]") {
  auto doc = extract_text(
      "Trade between Vietnam and Laos totalled $1.9 billion in January-June 2024, customs said.\n\n"
      "Over the six months, Vietnamese exports to Laos reached $1.1 billion.\n\n"
      "Over the past decade, Vietnamese exports to Laos reached $9 billion.",
      "2024-08");
  CHECK(only(doc, "$1.1 billion").slot["period"] == "2024-01..2024-06");
  CHECK(claims_with_text(doc, ClaimKind::quantity, "$9 billion").empty());
}

TEST_CASE("an aid sum in a later paragraph does not take the lede's period", "[extract][quantity]") {
  auto doc = extract_text(
      "In 2021 Japan's humanitarian aid to Nepal reached $31 million.\n\n"
      "Japan allocated about $4.2 million for the construction of schools and clinics in Nepal.",
      "2023-01");
  CHECK(only(doc, "$31 million").slot["period"] == "2021");
  CHECK(claims_with_text(doc, ClaimKind::quantity, "about $4.2 million").empty());
}

TEST_CASE("the first months of this or last year are the publication's year or the one before", "[extract][quantity]") {
  std::string text =
      "Trade between Chile and Peru reached $4.1 billion in 2022. In the first five months of this year it came to "
      "$1.9 billion, against $1.6 billion in the first five months of last year.";
  auto doc = extract_text(text, "2024-06");
  CHECK(only(doc, "$1.9 billion").slot["period"] == "2024-01..2024-05");
  CHECK(only(doc, "$1.6 billion").slot["period"] == "2023-01..2023-05");
  auto paragraph_year = extract_text(
      "Trade between Chile and Peru grew in 2022. In the first five months, trade between Chile and Peru came to "
      "$1.2 billion.",
      "2024-06");
  CHECK(only(paragraph_year, "$1.2 billion").slot["period"] == "2022-01..2022-05");
}
