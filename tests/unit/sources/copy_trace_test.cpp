// Tracing a copy's claims to the original's: pairs keep both texts' order and agree on kind, figures and
// subject; a claim the rewording mangled is checked as the original states it, not as noise.
#include <algorithm>

#include <catch2/catch.hpp>

#include "claim_builder.hpp"
#include "factaudit/ingest/text_signature.hpp"
#include "factaudit/sources/copies.hpp"
#include "factaudit/sources/copy_trace.hpp"

using namespace factaudit;

namespace {

const std::string kOriginal =
    "Bolivian exports to Peru reached $12 million in May 2023, according to the customs office in La Paz. "
    "For the whole of 2023 Bolivia sold goods worth $90 million to Peru, mostly soybean cake, zinc and "
    "quinoa. Minister Rocio Quispe said in Lima on 4 June 2023 that the Desaguadero crossing handles 61 "
    "percent of the flow, while Tambo Quemado and Puerto Acosta share the rest. Exporters in Santa Cruz "
    "and Oruro expect 2024 sales of about $95 million if the Ilo port concession is renewed.";

/// The same article machine-reworded: "Could 2023" for "May 2023", other words swapped for synonyms.
const std::string kCopy =
    "Bolivian shipments to Peru attained $12 million in Could 2023, in keeping with the customs workplace in "
    "La Paz. For the entire of 2023 Bolivia offered items value $90 million to Peru, largely soybean cake, zinc "
    "and quinoa. Minister Rocio Quispe stated in Lima on 4 June 2023 that the Desaguadero crossing handles 61 "
    "p.c of the movement, whereas Tambo Quemado and Puerto Acosta share the remaining. Exporters in Santa Cruz "
    "and Oruro anticipate 2024 gross sales of about $95 million if the Ilo port concession is renewed.";

std::string exports(const std::string& id, const std::string& period, const std::string& literal) {
  return R"({"id": ")" + id + R"(", "kind": "quantity", "slot": {"subject": "BO>PE", "measure": "trade.exports", "period": ")" +
         period + R"(", "unit": "USD"}, "value": {"literal": ")" + literal + R"(", "scale": "million", "unit": "USD"}})";
}

std::string meeting(const std::string& id, const std::string& measure, const std::string& date) {
  return R"({"id": ")" + id + R"(", "kind": "date", "slot": {"subject": "BO-PE", "measure": ")" + measure +
         R"("}, "value": {"date": ")" + date + R"("}})";
}

/// Gives a claim the span of `words`, the first time they occur in `text` at or after `from`.
void place(Claim& c, const std::string& text, const std::string& words) {
  std::size_t at = text.find(words);
  REQUIRE(at != std::string::npos);
  c.span.start = at;
  c.span.end = at + words.size();
  c.span.text = words;
}

/// The original and its copy, each with the claims read from it; with `known_copy` false the copy's
/// signature is left out, so nothing tells it is one.
ClaimSet article_and_copy(bool known_copy) {
  ClaimSet set = testing::build_claims({
      {"original.md", "2023-06",
       {exports("o-may", "2023-05", "12"), exports("o-year", "2023", "90"), meeting("o-said", "event.said:quispe", "2023-06-04"),
        exports("o-next", "2024", "95")}},
      {"copy.md", "2023-07",
       {exports("c-may", "2023", "12"),  // "Could 2023": read as the whole year
        exports("c-year", "2023", "90"), meeting("c-said", "event.stated:quispe", "2023-06-04"),
        exports("c-next", "2024", "95")}},
  });
  set.documents[0].signature = text_signature(kOriginal);
  if (known_copy) set.documents[1].signature = text_signature(kCopy);
  const char* words[] = {"$12 million", "$90 million", "4 June 2023", "$95 million"};
  for (std::size_t i = 0; i < 4; ++i) {
    place(set.claims[i], kOriginal, words[i]);
    place(set.claims[4 + i], kCopy, words[i]);
  }
  return set;
}

}  // namespace

TEST_CASE("a copy's claims are paired with the original's they restate, mangled or not", "[sources][copies]") {
  ClaimSet set = article_and_copy(true);
  std::vector<CopyGroup> groups = find_copies(set);
  REQUIRE(groups.size() == 1);
  trace_copies(set, groups);
  const auto& traced = groups[0].traced;
  REQUIRE(traced.size() == 4);
  CHECK((traced[0].claim == "c-may" && traced[0].original == "o-may" && traced[0].reworded));
  CHECK((traced[1].claim == "c-year" && traced[1].original == "o-year" && !traced[1].reworded));
  CHECK((traced[2].claim == "c-said" && traced[2].original == "o-said" && traced[2].reworded));
  CHECK((traced[3].claim == "c-next" && traced[3].original == "o-next" && !traced[3].reworded));
  CHECK(traced_claims(set, groups) == std::vector<bool>{false, false, false, false, true, true, true, true});
}

TEST_CASE("a copy's claim with other figures, another kind or another subject is its own", "[sources][copies]") {
  ClaimSet set = article_and_copy(true);
  set.claims[7].span.text = "$97 million";  // the copy changed a figure: that is news, not rewording
  set.claims[6].kind = ClaimKind::ordering;
  set.claims[5].slot["subject"] = "PE>BO";
  std::vector<CopyGroup> groups = find_copies(set);
  trace_copies(set, groups);
  REQUIRE(groups.size() == 1);
  REQUIRE(groups[0].traced.size() == 1);
  CHECK(groups[0].traced[0].claim == "c-may");
}

TEST_CASE("pairs keep the order of both texts", "[sources][copies]") {
  ClaimSet set = article_and_copy(true);
  // the copy gives the year's total before May's: the two pairs would cross, so only the better one,
  // the year's (same slot and value), is kept
  set.claims[5].span.start = 0;
  std::vector<CopyGroup> groups = find_copies(set);
  trace_copies(set, groups);
  REQUIRE(groups.size() == 1);
  REQUIRE(groups[0].traced.size() == 3);
  CHECK(groups[0].traced[0].claim == "c-year");
  CHECK(groups[0].traced[0].original == "o-year");
  CHECK(groups[0].traced[1].claim == "c-said");
  CHECK(groups[0].traced[2].claim == "c-next");
}

TEST_CASE("a mangled claim of a copy is checked as the original states it, not reported", "[sources][copies]") {
  // "Could 2023" made May's $12 million the whole year's, against the $90 million both texts give 2023
  CheckResult unknown_copy = testing::check(article_and_copy(false));
  REQUIRE_FALSE(unknown_copy.contradictions.empty());
  for (const auto& c : unknown_copy.contradictions) {
    CHECK(std::find(c.claims.begin(), c.claims.end(), "c-may") != c.claims.end());
  }

  CheckResult known_copy = testing::check(article_and_copy(true));
  CHECK(known_copy.contradictions.empty());
  REQUIRE(known_copy.copies.size() == 1);
  CHECK(known_copy.copies[0].traced.size() == 4);
}
