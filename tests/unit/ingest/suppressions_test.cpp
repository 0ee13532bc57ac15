// Suppression comments: targets, required reasons, the paragraph `next` covers, and located errors.
#include <catch2/catch.hpp>

#include "factaudit/ingest/suppressions.hpp"

using namespace factaudit;

TEST_CASE("suppression comments name a target and a reason", "[ingest][suppressions]") {
  std::string text =
      "Intro.\n<!-- factaudit-ignore quantity: figures from two customs series -->\n"
      "<!--factaudit-ignore  a:quantity:0123456789: known typo in the wire copy-->\n"
      "<!-- an ordinary comment -->\n";
  auto found = find_suppressions("d.md", text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].target == "quantity");
  CHECK(found[0].reason == "figures from two customs series");
  CHECK(found[0].where.line == 2);
  CHECK(found[0].where.column == 1);
  CHECK(found[0].from == 0);
  CHECK(found[0].to == text.size());
  CHECK(found[1].target == "a:quantity:0123456789");
  CHECK(found[1].reason == "known typo in the wire copy");
}

TEST_CASE("'next' covers the paragraph after the comment, up to the blank line", "[ingest][suppressions]") {
  std::string text =
      "First paragraph with $1 million.\n\n<!-- factaudit-ignore next: revised later -->\n"
      "Second paragraph, line one,\nline two with $2 million.\n  \nThird paragraph $3 million.\n";
  auto found = find_suppressions("d.md", text);
  REQUIRE(found.size() == 1);
  std::string covered = text.substr(found[0].from, found[0].to - found[0].from);
  CHECK(covered.find("$2 million") != std::string::npos);
  CHECK(covered.find("Second paragraph") != std::string::npos);
  CHECK(covered.find("$1 million") == std::string::npos);
  CHECK(covered.find("$3 million") == std::string::npos);
}

TEST_CASE("a suppression without a reason or target is an error at its line and column", "[ingest][suppressions]") {
  for (const std::string comment : {"<!-- factaudit-ignore quantity -->", "<!-- factaudit-ignore quantity: -->",
                                    "<!-- factaudit-ignore -->", "<!-- factaudit-ignore two words: why -->"}) {
    std::string text = "line one\n  " + comment + "\n";
    try {
      find_suppressions("d.md", text);
      FAIL("accepted " << comment);
    } catch (const InputError& e) {
      CHECK(e.where().line == 2);
      CHECK(e.where().column == 3);
      CHECK(e.message().find("reason") != std::string::npos);
    }
  }
  // an unterminated comment is not a suppression (and not a crash)
  CHECK(find_suppressions("d.md", "text <!-- factaudit-ignore next: why").empty());
}
