// Copy groups: found through signatures, the earliest published is the original, copies count once.
#include <catch2/catch.hpp>

#include "factaudit/ingest/text_signature.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/sources/copies.hpp"

using namespace factaudit;

namespace {

/// A text of `n` sentences, each with a place, a person and a figure of its own (`seed` shifts them all).
std::string article(int seed) {
  static const char* places[] = {"Tbilisi", "Yerevan", "Gyumri", "Batumi", "Kutaisi", "Vanadzor", "Rustavi", "Dilijan"};
  static const char* people[] = {"Aram", "Nino", "Levan", "Anahit", "Giorgi", "Tamar", "Hayk", "Salome"};
  std::string out = "Armenia and Georgia agreed on 3 April 2023 to extend the Lars crossing hours. ";
  for (int i = 0; i < 16; ++i) {
    out += std::string("In ") + places[(i + seed) % 8] + " officials led by " + people[(i * 3 + seed) % 8] + " reported " +
           std::to_string(1000 + 37 * i + 500 * seed) + " crossings. ";
  }
  return out;
}

DocumentInfo doc(const std::string& path, const std::string& text, std::optional<std::string> published) {
  DocumentInfo d;
  d.path = path;
  d.published = std::move(published);
  d.signature = text_signature(text);
  return d;
}

}  // namespace

TEST_CASE("copies are grouped under the earliest published document", "[sources][copies]") {
  ClaimSet set;
  std::string text = article(0);
  set.documents = {doc("late.md", text, "2024-03"), doc("other.md", article(5), "2023"),
                   doc("early.md", text, "2024-01"), doc("undated.md", text, std::nullopt)};
  auto groups = find_copies(set);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].original == 2);
  CHECK(groups[0].copies == std::vector<std::size_t>{0, 3});
  CHECK(independent_sources(4, groups) == std::vector<std::size_t>{2, 1, 2, 2});
}

TEST_CASE("a claim stated by a document and its copy is corroborated once", "[sources][copies]") {
  ClaimSet set;
  set.documents = {doc("a.md", "", "2024"), doc("b.md", "", "2024"), doc("c.md", "", "2024")};
  auto claim = [](std::size_t document) {
    Claim c;
    c.kind = ClaimKind::quantity;
    c.slot = Json{{"subject", "AM>GE"}, {"measure", "trade.exports"}};
    c.value = Json{{"literal", "5"}};
    c.document = document;
    return c;
  };
  set.claims = {claim(0), claim(1), claim(2)};
  CHECK(corroboration(set, {0, 1, 2}) == std::vector<int>{3, 3, 3});
  CHECK(corroboration(set, {0, 0, 2}) == std::vector<int>{2, 2, 2});  // b.md copies a.md
}
