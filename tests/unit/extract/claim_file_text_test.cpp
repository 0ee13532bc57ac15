// The claim file text written by `extract`: two-space indented JSON exactly as the JSON library would
// print the same document, with claims, unresolved statements, metadata and text that needs escaping.
#include <catch2/catch.hpp>

#include "extract_support.hpp"
#include "factaudit/extract/extractor.hpp"

using namespace factaudit;
using factaudit::testing::extract_text;

namespace {

/// The text is the canonical print of what it parses to.
void check_canonical(const std::string& text) {
  Json parsed = Json::parse(text);
  CHECK(parsed.dump(2) + "\n" == text);
}

}  // namespace

TEST_CASE("claim file text: claims and unresolved statements print as the JSON library prints them", "[extract]") {
  ExtractedDocument doc = extract_text(
      "Bilateral trade between Chile and Peru reached $4.2 billion in 2023, up 12% from 2022.\n\n"
      "Its \"partner\" sold goods worth $1 million, a figure quoted with a tab\there.\n",
      "2024-02", "Chile and Peru");
  REQUIRE_FALSE(doc.claims.empty());
  std::string text = claim_file_text(doc, ".");
  check_canonical(text);
  Json parsed = Json::parse(text);
  CHECK(parsed["factaudit"] == "claims");
  CHECK(parsed["version"] == 1);
  CHECK(parsed["document"]["published"] == "2024-02");
  CHECK(parsed["document"]["title"] == "Chile and Peru");
  REQUIRE(parsed["claims"].size() == doc.claims.size());
  for (std::size_t k = 0; k < doc.claims.size(); ++k) {
    CHECK(parsed["claims"][k]["id"] == doc.claims[k].id);
    CHECK(parsed["claims"][k]["slot"] == doc.claims[k].slot);
    CHECK(parsed["claims"][k]["value"] == doc.claims[k].value);
    CHECK(parsed["claims"][k]["span"]["text"] == doc.claims[k].span.text);
  }
  CHECK(parsed.contains("unresolved") == !doc.unresolved.empty());
}

TEST_CASE("claim file text: a document without claims has an empty claims array and no unresolved key", "[extract]") {
  ExtractedDocument doc = extract_text("Nothing here can be checked.\n");
  REQUIRE(doc.claims.empty());
  REQUIRE(doc.unresolved.empty());
  std::string text = claim_file_text(doc, ".");
  check_canonical(text);
  CHECK(text.find("\"claims\": []") != std::string::npos);
  CHECK(text.find("unresolved") == std::string::npos);
  CHECK_FALSE(Json::parse(text)["document"].contains("published"));
}
