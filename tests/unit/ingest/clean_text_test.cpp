// Clean text: Unicode normalisation with a map back to the original bytes. Every range of clean text
// checked here is also mapped back and compared with the original bytes it must come from.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "clean_text_support.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::unit::offset_of;
using factaudit::unit::TempDir;

using namespace factaudit::unit::clean;


// --- typographic characters -------------------------------------------------------------------------------

TEST_CASE("clean text: curly quotes and apostrophes become ASCII and map back", "[ingest][clean_text]") {
  const std::string original = "\xE2\x80\x9C" "Kazakhstan\xE2\x80\x99s exports grew,\xE2\x80\x9D he said. "
                               "\xE2\x80\x98Good\xE2\x80\x99 news.";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "\"Kazakhstan's exports grew,\" he said. 'Good' news.");
  check_maps_back(clean, original, "Kazakhstan's", "Kazakhstan\xE2\x80\x99s");
  check_maps_back(clean, original, "'s", "\xE2\x80\x99s");
  check_maps_back(clean, original, "\"Kazakhstan", "\xE2\x80\x9C" "Kazakhstan");
  check_maps_back(clean, original, "grew,\"", "grew,\xE2\x80\x9D");
  check_maps_back(clean, original, "'Good'", "\xE2\x80\x98Good\xE2\x80\x99");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: guillemets primes and the modifier apostrophe are ASCII quotes", "[ingest][clean_text]") {
  const std::string original = "\xC2\xAB" "Astana\xC2\xBB and O\xCA\xBCNeill, 5\xE2\x80\xB2 and 6\xE2\x80\xB3";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "\"Astana\" and O'Neill, 5' and 6\"");
  check_maps_back(clean, original, "O'Neill", "O\xCA\xBCNeill");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: en dash em dash and minus sign become '-'", "[ingest][clean_text]") {
  const std::string original = "In 2019\xE2\x80\x93" "2023 trade\xE2\x80\x94" "and prices\xE2\x80\x94" "fell by \xE2\x88\x92" "5%.";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "In 2019-2023 trade-and prices-fell by -5%.");
  check_maps_back(clean, original, "2019-2023", "2019\xE2\x80\x93" "2023");
  check_maps_back(clean, original, "-and", "\xE2\x80\x94" "and");
  check_maps_back(clean, original, "-5%", "\xE2\x88\x92" "5%");
  // the dash alone maps to its three bytes
  std::size_t dash = offset_of(clean.text(), "-");
  CHECK(original_of(clean, original, dash, dash + 1) == "\xE2\x80\x93");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: the ellipsis character becomes three periods", "[ingest][clean_text]") {
  const std::string original = "Exports rose\xE2\x80\xA6 then fell.";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "Exports rose... then fell.");
  check_maps_back(clean, original, "rose...", "rose\xE2\x80\xA6");
  // each of the three periods maps to the whole ellipsis
  std::size_t second = offset_of(clean.text(), "...") + 1;
  CHECK(original_of(clean, original, second, second + 1) == "\xE2\x80\xA6");
}

TEST_CASE("clean text: no-break and other spaces become one ASCII space", "[ingest][clean_text]") {
  // NBSP, narrow NBSP, thin space, ideographic space, a tab and a run of ordinary spaces
  const std::string original = "$4.2\xC2\xA0" "billion, 1\xE2\x80\xAF" "000 tons,\xE2\x80\x89x\xE3\x80\x80y\tz   w";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "$4.2 billion, 1 000 tons, x y z w");
  check_maps_back(clean, original, "4.2 billion", "4.2\xC2\xA0" "billion");
  check_maps_back(clean, original, "1 000", "1\xE2\x80\xAF" "000");
  // a collapsed run of spaces maps to its first space
  check_maps_back(clean, original, "z w", "z   w");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: soft hyphens and zero-width characters disappear", "[ingest][clean_text]") {
  // soft hyphen, zero-width space, zero-width joiner, word joiner, BOM inside the text
  const std::string original = "bil\xC2\xAD" "lion Kazakh\xE2\x80\x8B" "stan Uzbe\xE2\x80\x8D" "kistan Tash\xE2\x81\xA0" "kent "
                               "Astana\xEF\xBB\xBF.";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "billion Kazakhstan Uzbekistan Tashkent Astana.");
  check_maps_back(clean, original, "billion", "bil\xC2\xAD" "lion");
  check_maps_back(clean, original, "Kazakhstan", "Kazakh\xE2\x80\x8B" "stan");
  check_maps_back(clean, original, "Uzbekistan", "Uzbe\xE2\x80\x8D" "kistan");
  check_maps_back(clean, original, "Tashkent", "Tash\xE2\x81\xA0" "kent");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: a zero-width space between spaces leaves one space", "[ingest][clean_text]") {
  const std::string original = "trade \xE2\x80\x8B rose";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "trade rose");
}

// --- NFKC -------------------------------------------------------------------------------------------------

TEST_CASE("clean text: fullwidth digits and letters and ligatures are NFKC-normalised", "[ingest][clean_text]") {
  const std::string fullwidth_2023 = "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x93";
  const std::string fullwidth_usd = "\xEF\xBC\xB5\xEF\xBC\xB3\xEF\xBC\xA4";
  const std::string original = "In " + fullwidth_2023 + " the \xEF\xAC\x81" "nal figure was 5 " + fullwidth_usd +
                               " \xEF\xBC\x88" "est.\xEF\xBC\x89";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "In 2023 the final figure was 5 USD (est.)");
  check_maps_back(clean, original, "2023", fullwidth_2023);
  check_maps_back(clean, original, "USD", fullwidth_usd);
  check_maps_back(clean, original, "final", "\xEF\xAC\x81" "nal");
  // each digit maps to its own three bytes
  std::size_t two = offset_of(clean.text(), "2023");
  CHECK(original_of(clean, original, two, two + 1) == "\xEF\xBC\x92");
  CHECK(original_of(clean, original, two + 3, two + 4) == "\xEF\xBC\x93");
  // both letters of the ligature map to the one ligature
  std::size_t fi = offset_of(clean.text(), "final");
  CHECK(original_of(clean, original, fi + 1, fi + 2) == "\xEF\xAC\x81");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: a decomposed e with a combining acute becomes one precomposed letter", "[ingest][clean_text]") {
  const std::string original = "Cafe\xCC\x81 exports to Gabe\xCC\x81s.";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "Caf\xC3\xA9 exports to Gab\xC3\xA9s.");
  check_maps_back(clean, original, "Caf\xC3\xA9", "Cafe\xCC\x81");
  check_maps_back(clean, original, "\xC3\xA9 ", "e\xCC\x81 ");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: a precomposed letter and a decomposed Cyrillic letter are NFC-equal", "[ingest][clean_text]") {
  // "й" written as и + combining breve composes; precomposed é stays as it is
  const std::string original = "\xD0\xB8\xCC\x86 caf\xC3\xA9";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "\xD0\xB9 caf\xC3\xA9");
  check_maps_back(clean, original, "\xD0\xB9", "\xD0\xB8\xCC\x86");
  check_maps_back(clean, original, "caf\xC3\xA9", "caf\xC3\xA9");
}

// --- confusable letters -----------------------------------------------------------------------------------

TEST_CASE("clean text: a Cyrillic es hidden in an English word becomes Latin c", "[ingest][clean_text]") {
  // U+0441 (с) in "сoal" and U+0421 (С) in "Сentral"
  const std::string original = "Kazakhstan exports \xD1\x81oal to \xD0\xA1" "entral Asia.";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "Kazakhstan exports coal to Central Asia.");
  check_maps_back(clean, original, "coal", "\xD1\x81oal");
  check_maps_back(clean, original, "Central", "\xD0\xA1" "entral");
  // the replaced letter alone maps to its two bytes
  std::size_t c = offset_of(clean.text(), "coal");
  CHECK(original_of(clean, original, c, c + 1) == "\xD1\x81");
  CHECK(original_of(clean, original, c + 1, c + 2) == "o");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: Cyrillic look-alikes inside Kazakhstan-style words become Latin", "[ingest][clean_text]") {
  // Kаzаkhstаn with three Cyrillic а (U+0430), Uzbеkistаn with Cyrillic е and а, Tаshkеnt, and exроrts
  // with Cyrillic р (U+0440, the look-alike of p) and о
  const std::string original = "K\xD0\xB0z\xD0\xB0khst\xD0\xB0n and Uzb\xD0\xB5kist\xD0\xB0n; T\xD0\xB0shk\xD0\xB5nt, "
                               "ex\xD1\x80\xD0\xBErts";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "Kazakhstan and Uzbekistan; Tashkent, exports");
  check_maps_back(clean, original, "Kazakhstan", "K\xD0\xB0z\xD0\xB0khst\xD0\xB0n");
  check_maps_back(clean, original, "Uzbekistan", "Uzb\xD0\xB5kist\xD0\xB0n");
  check_maps_back(clean, original, "exports", "ex\xD1\x80\xD0\xBErts");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: a Greek omicron inside a Latin word becomes o", "[ingest][clean_text]") {
  const std::string original = "T\xCE\xBFkyo and \xCE\x9Fman";  // Greek ο (U+03BF) and Ο (U+039F)
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "Tokyo and Oman");
  check_maps_back(clean, original, "Tokyo", "T\xCE\xBFkyo");
  check_maps_back(clean, original, "Oman", "\xCE\x9Fman");
}

TEST_CASE("clean text: a Cyrillic or Greek capital I inside a Latin word becomes I not L", "[ingest][clean_text]") {
  // Cyrillic І (U+0406) in "Іran", Greek Ι (U+0399) in "Ιtaly", Cyrillic і (U+0456) in "Іndіa": ICU gives
  // them the skeleton "l" (as it gives Latin "I"), which must not turn them into an L
  const std::string original = "\xD0\x86ran and \xCE\x99taly, \xD0\x86nd\xD1\x96" "a";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == "Iran and Italy, India");
  check_maps_back(clean, original, "Iran", "\xD0\x86ran");
  check_maps_back(clean, original, "Italy", "\xCE\x99taly");
  check_maps_back(clean, original, "India", "\xD0\x86nd\xD1\x96" "a");
}

TEST_CASE("clean text: a look-alike with no Latin letter of its case is left alone", "[ingest][clean_text]") {
  // Cyrillic capital soft sign Ь looks like a small b: there is no capital Latin letter to put in its place;
  // Cyrillic н has no Latin look-alike at all
  const std::string original = "Kazakhstan\xD0\xAC Kazakhsta\xD0\xBD";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == original);
}

TEST_CASE("clean text: purely Cyrillic and mostly Cyrillic words stay as written", "[ingest][clean_text]") {
  // Казахстан, Қазақстан, and a Cyrillic word with one Latin K: only mostly-Latin words are repaired
  const std::string original = "\xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x85\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD "
                               "\xD2\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD2\x9B\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD "
                               "K\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x85\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD "
                               "\xD1\x81\xD0\xBE\xD0\xBA";  // сок: every letter has a Latin look-alike
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == original);
  check_maps_back(clean, original, "\xD0\x9A\xD0\xB0\xD0\xB7", "\xD0\x9A\xD0\xB0\xD0\xB7");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: Greek words and Latin words next to Cyrillic ones are left alone", "[ingest][clean_text]") {
  // a Greek word, then a Latin word separated from a Cyrillic one by a space and by an apostrophe
  const std::string original = "\xCE\xB1\xCE\xBB\xCF\x86\xCE\xB1 coal \xD1\x81\xD0\xBE\xD0\xBA coal'\xD1\x81";
  CleanText clean = clean_whole(original);
  CHECK(clean.text() == original);
}

// --- pieces and block breaks ------------------------------------------------------------------------------

TEST_CASE("clean text: block breaks become one newline that maps to an empty range", "[ingest][clean_text]") {
  const std::string original = "First block.  \n\nSecond block.\n\n\n  Third.";
  std::size_t second = offset_of(original, "Second"), third = offset_of(original, "  Third");
  std::vector<TextPiece> pieces = {{0, 14, true}, {second, second + 13, true}, {third, original.size(), true}};
  CleanText clean(original, pieces);
  CHECK(clean.text() == "First block.\nSecond block.\nThird.");
  std::size_t nl = offset_of(clean.text(), "\n");
  CHECK(clean.original_begin(nl) == second);  // where the block begins
  CHECK(clean.original_end(nl + 1) == second);
  std::size_t second_nl = offset_of(clean.text(), "\n", 1);
  CHECK(clean.original_begin(second_nl) == third);
  CHECK(clean.original_end(second_nl + 1) == third);
  check_maps_back(clean, original, "Second block.", "Second block.");
  check_maps_back(clean, original, "Third.", "Third.");
  check_map_is_sane(clean, original);
}

TEST_CASE("clean text: positions at the ends map to the ends", "[ingest][clean_text]") {
  const std::string original = "  Exports rose.";
  CleanText clean = clean_whole(original);
  REQUIRE(clean.text() == "Exports rose.");
  CHECK(clean.original_begin(0) == 2);
  CHECK(clean.original_end(clean.text().size()) == original.size());
  CHECK(clean.original_begin(clean.text().size()) == original.size());

  CleanText empty(original, {});
  CHECK(empty.text().empty());
  CHECK(empty.original_end(0) == original.size());
}

TEST_CASE("clean text: only the bytes inside pieces are read", "[ingest][clean_text]") {
  const std::string original = "skip 1111 keep this skip 2222 and this";
  std::size_t a = offset_of(original, "keep this"), b = offset_of(original, "and this");
  CleanText clean(original, {{a, a + 9, false}, {b, b + 8, false}});
  CHECK(clean.text() == "keep thisand this");
  check_maps_back(clean, original, "thisand", "this skip 2222 and");
}

// --- plain text pieces ------------------------------------------------------------------------------------
