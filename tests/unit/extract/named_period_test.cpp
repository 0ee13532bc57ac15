// Named periods: an ordinal stage or phase with its years is a date span that only means something
// inside its document.
#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::claims_with_text;
using factaudit::testing::extract_text;

TEST_CASE("an ordinal stage with a year range is a span named in its document", "[extract][named_period]") {
  for (const char* text : {"The third stage 2015-2020 was marked by new trade routes.",
                           "The third stage (2015-2020) was marked by new trade routes.",
                           "The third stage, 2015-2020, was marked by new trade routes."}) {
    INFO(text);
    auto doc = extract_text(text, "2023", "Peru and Chile", "history.md");
    auto found = claims_with_text(doc, ClaimKind::date, "third stage");
    for (const auto& c : doc.claims) {
      if (c.slot.value("measure", "").rfind("period.", 0) == 0) found.push_back(&c);
    }
    REQUIRE(found.size() == 1);
    CHECK(found[0]->slot == Json::parse(R"({"subject":"CL-PE","measure":"period.stage-3@history"})"));
    CHECK(found[0]->value == Json::parse(R"({"from":{"date":"2015"},"to":{"date":"2020"}})"));
  }
}

TEST_CASE("a stage without years or an ordinal names no span", "[extract][named_period]") {
  auto doc = extract_text("The second stage of talks began. Trade grew at this stage, 2015-2020.", "2023", "Peru and Chile");
  for (const auto& c : doc.claims) CHECK(c.slot.value("measure", "").rfind("period.", 0) != 0);
}
