// Identity claims: another spelling of a person's name links it to the entity; a possible identity
// from the rules is told as fuzzy; each once per document.
#include <catch2/catch.hpp>

#include "extract_support.hpp"
#include "factaudit/extract/mentions.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

std::vector<const Claim*> identities(const ExtractedDocument& doc) {
  return factaudit::testing::claims_of_kind(doc, ClaimKind::identity);
}

}  // namespace

TEST_CASE("another spelling is the same person, a shorter form is no identity claim", "[extract][identity]") {
  auto doc = extract_text(
      "Kassym-Zhomart Tokayev spoke in Astana. Tokayev later met Kassym-Jomart Tokayev's advisers. "
      "Kassym-Zhomart Tokayev left on Friday.",
      "2024", "Kazakhstan");
  auto found = identities(doc);
  REQUIRE(found.size() == 1);  // told once; "Tokayev" and the first spelling claim nothing
  CHECK(found[0]->slot == Json::parse(R"({"subject":"person:tokayev","measure":"identity"})"));
  CHECK(found[0]->value == Json::parse(R"({"same_as":"person:tokayev","confidence":"certain"})"));
  CHECK(found[0]->span.text == "Kassym-Zhomart Tokayev");
  CHECK(found[0]->span.column == 1);  // the first of the two mentions
}

TEST_CASE("a name the rules mark as possibly another person's is a fuzzy identity", "[extract][identity]") {
  auto doc = extract_text("The envoy Yasin Gildayev arrived in Kabul.", "2024", "Kazakhstan and Afghanistan");
  auto found = identities(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->value == Json::parse(R"({"same_as":"person:yessengeldiyev","confidence":"fuzzy"})"));
}

TEST_CASE("a person's id spells letters without an ASCII decomposition in ASCII", "[extract][identity]") {
  CHECK(person_id("Bağcı") == "person:bagci");
  CHECK(person_id("Wałęsa") == "person:walesa");
  CHECK(person_id("Çelik") == "person:celik");
  CHECK(person_id("Məmmədov") == "person:mammadov");
  CHECK(person_id("Søreide") == "person:soreide");
}
