// Extraction on generated nonsense built from the words the patterns look for: no exception but
// InputError, and every claim's span is exactly the bytes it names.
#include <random>

#include <catch2/catch.hpp>

#include "extract_support.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

TEST_CASE("extraction survives pattern words in any order and keeps exact spans", "[extract][robustness]") {
  const std::vector<std::string> words = {
      "$", "USD", "US", "million", "mln", ".", "bn", "thousand", "tons", "of", "January", "-", "August", "2023", "1999",
      "the", "first", "eight", "months", "31", "February", "29", "late", "early", "since", "by", "in", "last", "year",
      "previous", "Kazakhstan", "Afghanistan", "Kabul", "Astana", "'s", "Kazakh", "ambassador", "to", "new", "former",
      "President", "Rui", "Costa", ",", "only", "two", "countries", ":", "(", ")", "which", "most", "percent", "%",
      "twice", "as", "much", "worth", "exports", "imports", "trade", "turnover", "compared", "with", "decline", "rose",
      "fell", "99999999999999999999999", "0.5", "1,234.5", "among", "ten", "main", "trading", "partners", "third-largest",
      "opened", "embassy", "met", "forum", "held", "agreements", "signed", "eleven", "Q4", "H1", "now", "currently",
      "\n", "\n\n", "é", "Kazakhstaн", "“", "”", "—", " ", "appointed", "minister", "foreign", "and", "most of which"};
  std::mt19937 random(20261123);
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> length(1, 120);
  std::size_t claims = 0;
  for (int n = 0; n < 300; ++n) {
    std::string text;
    int count = length(random);
    for (int i = 0; i < count; ++i) text += words[pick(random)] + (i % 7 == 3 ? "" : " ");
    text += "x\n";
    INFO("document: " << text);
    ExtractedDocument doc;
    REQUIRE_NOTHROW(doc = extract_text(text, n % 3 == 0 ? "" : "2024-03", n % 2 ? "Kazakhstan and Afghanistan" : ""));
    const std::string& bytes = doc.document.bytes;
    for (const auto& c : doc.claims) {
      REQUIRE(c.span.end <= bytes.size());
      CHECK(bytes.substr(c.span.start, c.span.end - c.span.start) == c.span.text);
      ++claims;
    }
    for (const auto& u : doc.unresolved) {
      REQUIRE(u.span.end <= bytes.size());
      CHECK(bytes.substr(u.span.start, u.span.end - u.span.start) == u.span.text);
    }
  }
  CHECK(claims > 0);  // the generator does produce claims, so the span checks above ran
}
