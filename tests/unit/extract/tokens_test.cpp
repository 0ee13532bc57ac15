// Tokens of clean text (words, numbers, possessive "'s", punctuation, block breaks) and the sentences
// they form (abbreviations, initials, "U.S.", decimals, quotes, block breaks).
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "factaudit/extract/tokens.hpp"
#include "factaudit/ingest/clean_text.hpp"
#include "../unit_support.hpp"

using namespace factaudit;
using factaudit::unit::offset_of;

namespace {

/// A subset of the abbreviations in rules/lexicon.yaml (unit abbreviations such as "mln" are not listed).
const std::set<std::string, std::less<>> kAbbreviations = {"Mr", "Mrs", "Dr", "Prof", "Gen", "St", "No", "approx", "etc", "vs",
                                              "e.g", "i.e", "U.S", "U.K", "Fig", "Jan", "Sept", "Oct"};

std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.emplace_back(t.text());
  return out;
}

std::vector<TokenType> types(const std::vector<Token>& tokens) {
  std::vector<TokenType> out;
  for (const auto& t : tokens) out.push_back(t.type);
  return out;
}

/// The clean text each sentence covers (first token's start to last token's end).
std::vector<std::string> sentence_texts(const std::string& text,
                                        const std::set<std::string, std::less<>>& abbreviations = kAbbreviations) {
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(tokens, abbreviations)) {
    REQUIRE(s.first < s.last);
    REQUIRE(s.last <= tokens.size());
    out.push_back(text.substr(tokens[s.first].begin, tokens[s.last - 1].end - tokens[s.first].begin));
  }
  return out;
}

/// Every token's text is its range of the clean text, and `lower` is its ASCII lower case.
void check_token_ranges(const std::string& text, const std::vector<Token>& tokens) {
  std::size_t previous_end = 0;
  for (const auto& t : tokens) {
    INFO("token '" << t.text() << "' at " << t.begin);
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= text.size());
    CHECK(t.begin >= previous_end);
    CHECK(t.text() == text.substr(t.begin, t.end - t.begin));
    CHECK(t.space_before == (t.begin > previous_end && t.begin > 0 && text[t.begin - 1] == ' '));
    std::string lower(t.text());
    for (auto& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    CHECK(t.lower() == lower);
    previous_end = t.end;
  }
}

}  // namespace

// --- tokens -----------------------------------------------------------------------------------------------

TEST_CASE("tokens: words numbers and punctuation with their clean-text ranges", "[tokens]") {
  const std::string text = "Exports rose 3.5% to 1,234,567 tons, up from 2,000.5 in 2022.";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  CHECK(texts(tokens) == std::vector<std::string>{"Exports", "rose", "3.5", "%", "to", "1,234,567", "tons", ",", "up",
                                                  "from", "2,000.5", "in", "2022", "."});
  CHECK(types(tokens) == std::vector<TokenType>{TokenType::word, TokenType::word, TokenType::number, TokenType::punct,
                                                TokenType::word, TokenType::number, TokenType::word, TokenType::punct,
                                                TokenType::word, TokenType::word, TokenType::number, TokenType::word,
                                                TokenType::number, TokenType::punct});
  CHECK(tokens[5].begin == offset_of(text, "1,234,567"));
  CHECK(tokens[5].end == offset_of(text, "1,234,567") + 9);
  CHECK(tokens[0].lower() == "exports");
  CHECK(tokens[0].is("exports"));
  CHECK_FALSE(tokens[0].is("Exports"));
  CHECK(tokens[2].space_before);
  CHECK_FALSE(tokens[3].space_before);  // "%" follows the number directly
  CHECK_FALSE(tokens[13].space_before);
  check_token_ranges(text, tokens);
}

TEST_CASE("tokens: a comma groups exactly three digits and a point needs a digit after it", "[tokens]") {
  CHECK(texts(TokenizedText("1,2345").tokens()) == std::vector<std::string>{"1", ",", "2345"});
  CHECK(texts(TokenizedText("1,23").tokens()) == std::vector<std::string>{"1", ",", "23"});
  CHECK(texts(TokenizedText("12,345,678.90").tokens()) == std::vector<std::string>{"12,345,678.90"});
  CHECK(texts(TokenizedText("5,000,").tokens()) == std::vector<std::string>{"5,000", ","});
  CHECK(texts(TokenizedText("3,5").tokens()) == std::vector<std::string>{"3", ",", "5"});
  CHECK(texts(TokenizedText("2023, 2024").tokens()) == std::vector<std::string>{"2023", ",", "2024"});
  CHECK(texts(TokenizedText("in 2023.").tokens()) == std::vector<std::string>{"in", "2023", "."});
  CHECK(texts(TokenizedText("0.75").tokens()) == std::vector<std::string>{"0.75"});
  CHECK(texts(TokenizedText("2019-2023").tokens()) == std::vector<std::string>{"2019", "-", "2023"});
  CHECK(texts(TokenizedText("$4.2bn").tokens()) == std::vector<std::string>{"$", "4.2", "bn"});
  CHECK(texts(TokenizedText("5 000").tokens()) == std::vector<std::string>{"5", "000"});
}

TEST_CASE("tokens: scientific notation is one word, never a number", "[tokens]") {
  TokenizedText tokenized("rose 1e400 percent, 2.5E-3 or 7e+2 but 5 each");
  const auto& tokens = tokenized.tokens();
  CHECK(texts(tokens) == std::vector<std::string>{"rose", "1e400", "percent", ",", "2.5E-3", "or", "7e+2", "but", "5", "each"});
  CHECK(types(tokens) == std::vector<TokenType>{TokenType::word, TokenType::word, TokenType::word, TokenType::punct,
                                               TokenType::word, TokenType::word, TokenType::word, TokenType::word,
                                               TokenType::number, TokenType::word});
}

TEST_CASE("tokens: a possessive 's is its own token and inner apostrophes stay in the word", "[tokens]") {
  const std::string text = "Kazakhstan's exports, O'Neill's view: don't; exporters' share";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  CHECK(texts(tokens) == std::vector<std::string>{"Kazakhstan", "'s", "exports", ",", "O'Neill", "'s", "view", ":",
                                                  "don't", ";", "exporters", "'", "share"});
  CHECK(tokens[1].type == TokenType::word);
  CHECK_FALSE(tokens[1].space_before);
  CHECK(tokens[1].begin == offset_of(text, "'s"));
  CHECK(tokens[4].type == TokenType::word);
  CHECK(tokens[11].type == TokenType::punct);
  check_token_ranges(text, tokens);
}

TEST_CASE("tokens: an 's that does not follow a word is not a possessive", "[tokens]") {
  // after a space, after a number, and "'st" which is not "'s"
  CHECK(texts(TokenizedText("the 's").tokens()) == std::vector<std::string>{"the", "'", "s"});
  CHECK(types(TokenizedText("the 's").tokens()) == std::vector<TokenType>{TokenType::word, TokenType::punct, TokenType::word});
  CHECK(texts(TokenizedText("1990's").tokens()) == std::vector<std::string>{"1990", "'", "s"});
  CHECK(texts(TokenizedText("it'st").tokens()) == std::vector<std::string>{"it'st"});
  CHECK(texts(TokenizedText("'sun'").tokens()) == std::vector<std::string>{"'", "sun", "'"});
}

TEST_CASE("tokens: non-ASCII letters belong to words", "[tokens]") {
  // Қазақстан's (Kazakh), café, Казахстан
  const std::string text = "\xD2\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD2\x9B\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD's caf\xC3\xA9 "
                           "\xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x85\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD.";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].text() == "\xD2\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD2\x9B\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD");
  CHECK(tokens[1].text() == "'s");
  CHECK(tokens[2].text() == "caf\xC3\xA9");
  CHECK(tokens[3].type == TokenType::word);
  CHECK(tokens[3].lower() == tokens[3].text());  // only ASCII is lower-cased
  CHECK(tokens[4].text() == ".");
  CHECK(tokens[0].capitalised());
  CHECK(tokens[3].capitalised());
  check_token_ranges(text, tokens);
}

TEST_CASE("tokens: non-ASCII symbols and punctuation are punctuation tokens", "[tokens]") {
  // a bullet glued to a word, the euro sign, a degree sign, a section sign and a dagger
  const std::string text = "\xE2\x80\xA2" "Exports rose 5\xE2\x82\xAC and 20\xC2\xB0" "C \xC2\xA7" "3 \xE2\x80\xA0note";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  CHECK(texts(tokens) == std::vector<std::string>{"\xE2\x80\xA2", "Exports", "rose", "5", "\xE2\x82\xAC", "and", "20",
                                                  "\xC2\xB0", "C", "\xC2\xA7", "3", "\xE2\x80\xA0", "note"});
  CHECK(types(tokens) == std::vector<TokenType>{TokenType::punct, TokenType::word, TokenType::word, TokenType::number,
                                                TokenType::punct, TokenType::word, TokenType::number, TokenType::punct,
                                                TokenType::word, TokenType::punct, TokenType::number, TokenType::punct,
                                                TokenType::word});
  check_token_ranges(text, tokens);
}

TEST_CASE("tokens: capitalised means an upper-case ASCII letter or a non-ASCII start", "[tokens]") {
  TokenizedText tokenized("Exports exports 2023 \"");
  const std::vector<Token>& tokens = tokenized.tokens();
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].capitalised());
  CHECK_FALSE(tokens[1].capitalised());
  CHECK_FALSE(tokens[2].capitalised());
  CHECK_FALSE(tokens[3].capitalised());
}

TEST_CASE("tokens: block breaks are tokens and spaces are not", "[tokens]") {
  const std::string text = "Heading\nFirst  line.\nSecond";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  CHECK(texts(tokens) == std::vector<std::string>{"Heading", "\n", "First", "line", ".", "\n", "Second"});
  CHECK(tokens[1].type == TokenType::block);
  CHECK(tokens[5].type == TokenType::block);
  CHECK(tokens[1].begin == 7);
  CHECK_FALSE(tokens[2].space_before);  // a block break is not a space
  CHECK(tokens[3].space_before);
  check_token_ranges(text, tokens);

  CHECK(TokenizedText("").tokens().empty());
  CHECK(TokenizedText("   ").tokens().empty());
}

// --- sentences --------------------------------------------------------------------------------------------

TEST_CASE("sentences: titles U.S. decimals unit abbreviations and initials", "[tokens]") {
  const std::string text =
      "Mr. Smith met the minister. U.S. exports rose to 3.5 million tons. Output was 2 mln. The rest fell. "
      "The book by M. Gani appeared in 2021. Dr. Ahmed agreed.";
  CHECK(sentence_texts(text) == std::vector<std::string>{"Mr. Smith met the minister.",
                                                         "U.S. exports rose to 3.5 million tons.", "Output was 2 mln.",
                                                         "The rest fell.", "The book by M. Gani appeared in 2021.",
                                                         "Dr. Ahmed agreed."});
}

TEST_CASE("sentences: the abbreviation list decides and matches either case", "[tokens]") {
  // without "Mr" in the list the title period ends a sentence; "approx" is listed in lower case
  CHECK(sentence_texts("Mr. Smith came.", {}) == std::vector<std::string>{"Mr.", "Smith came."});
  CHECK(sentence_texts("It was Approx. Ten tons.") == std::vector<std::string>{"It was Approx. Ten tons."});
  CHECK(sentence_texts("Shipments rose etc. Then they fell.") ==
        std::vector<std::string>{"Shipments rose etc. Then they fell."});
}

TEST_CASE("sentences: dotted abbreviations and U.S. before a capital do not end a sentence", "[tokens]") {
  CHECK(sentence_texts("Partners, e.g. Kazakhstan and the U.S. Trade grew.") ==
        std::vector<std::string>{"Partners, e.g. Kazakhstan and the U.S. Trade grew."});
  CHECK(sentence_texts("Exports to the U.K. Rose.") == std::vector<std::string>{"Exports to the U.K. Rose."});
}

TEST_CASE("sentences: a period before a lower-case word or without a space does not end one", "[tokens]") {
  CHECK(sentence_texts("Output was 2 mln. tons in 2022.") == std::vector<std::string>{"Output was 2 mln. tons in 2022."});
  CHECK(sentence_texts("See www.example.Org now.") == std::vector<std::string>{"See www.example.Org now."});
}

TEST_CASE("sentences: a period before a number or an opening parenthesis ends one", "[tokens]") {
  CHECK(sentence_texts("Exports rose 5%. 2024 will differ.") ==
        std::vector<std::string>{"Exports rose 5%.", "2024 will differ."});
  CHECK(sentence_texts("Exports rose. (Imports fell.) Trade grew.") ==
        std::vector<std::string>{"Exports rose.", "(Imports fell.)", "Trade grew."});
}

TEST_CASE("sentences: question and exclamation marks end sentences", "[tokens]") {
  CHECK(sentence_texts("Did exports rise? Yes! They rose by 5%.") ==
        std::vector<std::string>{"Did exports rise?", "Yes!", "They rose by 5%."});
}

TEST_CASE("sentences: an ellipsis before a capital ends one", "[tokens]") {
  CHECK(sentence_texts("Exports rose... Then imports fell.") ==
        std::vector<std::string>{"Exports rose...", "Then imports fell."});
}

TEST_CASE("sentences: a closing quote belongs to the sentence it ends", "[tokens]") {
  CHECK(sentence_texts("He said \"exports rose.\" Then he left.") ==
        std::vector<std::string>{"He said \"exports rose.\"", "Then he left."});
  CHECK(sentence_texts("He said 'no.' Then he left.") == std::vector<std::string>{"He said 'no.'", "Then he left."});
}

TEST_CASE("sentences: an opening quote after a period starts the next sentence", "[tokens]") {
  CHECK(sentence_texts("Officials agreed. \"Exports rose,\" the minister said.") ==
        std::vector<std::string>{"Officials agreed.", "\"Exports rose,\" the minister said."});
  CHECK(sentence_texts("Officials agreed. 'Exports rose,' he said.") ==
        std::vector<std::string>{"Officials agreed.", "'Exports rose,' he said."});
}

TEST_CASE("sentences: an abbreviation before a closing quote still counts", "[tokens]") {
  CHECK(sentence_texts("Quotes from \"Mr.\" Smith were cited.") ==
        std::vector<std::string>{"Quotes from \"Mr.\" Smith were cited."});
  CHECK(sentence_texts("The letter was signed (M.) Gani said.") ==
        std::vector<std::string>{"The letter was signed (M.) Gani said."});
}

TEST_CASE("sentences: every block break ends a sentence and counts blocks", "[tokens]") {
  const std::string text = "Trade Review 2023\nExports rose in 2023 and\nimports fell. Trade grew.\nLast";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  std::vector<Sentence> sentences = split_sentences(tokens, kAbbreviations);
  REQUIRE(sentences.size() == 5);
  CHECK(sentence_texts(text) == std::vector<std::string>{"Trade Review 2023", "Exports rose in 2023 and",
                                                         "imports fell.", "Trade grew.", "Last"});
  CHECK(sentences[0].block == 0);
  CHECK(sentences[1].block == 1);
  CHECK(sentences[2].block == 2);
  CHECK(sentences[3].block == 2);
  CHECK(sentences[4].block == 3);
  // no sentence contains a block token
  for (const Sentence& s : sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) CHECK(tokens[i].type != TokenType::block);
  }
}

TEST_CASE("sentences: a period right before a block break ends the sentence there", "[tokens]") {
  const std::string text = "Exports rose by 2 mln.\nMr.\nSmith";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  std::vector<Sentence> sentences = split_sentences(tokens, kAbbreviations);
  REQUIRE(sentences.size() == 3);
  CHECK(sentence_texts(text) == std::vector<std::string>{"Exports rose by 2 mln.", "Mr.", "Smith"});
  CHECK(sentences[2].block == 2);
}

TEST_CASE("sentences: token ranges cover the text without gaps or overlaps", "[tokens]") {
  const std::string text = "A b. C d! E f? G";
  TokenizedText tokenized(text);
  const std::vector<Token>& tokens = tokenized.tokens();
  std::vector<Sentence> sentences = split_sentences(tokens, kAbbreviations);
  REQUIRE(sentences.size() == 4);
  CHECK(sentences.front().first == 0);
  CHECK(sentences.back().last == tokens.size());
  for (std::size_t k = 1; k < sentences.size(); ++k) CHECK(sentences[k].first == sentences[k - 1].last);
  CHECK(split_sentences({}, kAbbreviations).empty());
}

// --- from original bytes to tokens ------------------------------------------------------------------------

TEST_CASE("tokens: tokens of cleaned text map back to the original bytes", "[tokens]") {
  const std::string original = "Mr.\xC2\xA0Smith\xE2\x80\x99s firm exported \xEF\xBC\x93.5 mln. tons of \xD1\x81oal "
                               "to the U.S.\xE2\x80\x94" "a record.";
  CleanText clean(original, {{0, original.size(), true}});
  REQUIRE(clean.text() == "Mr. Smith's firm exported 3.5 mln. tons of coal to the U.S.-a record.");
  TokenizedText tokenized(clean.text());
  const std::vector<Token>& tokens = tokenized.tokens();
  auto original_of = [&](const Token& t) {
    std::size_t from = clean.original_begin(t.begin), to = clean.original_end(t.end);
    return original.substr(from, to - from);
  };
  auto find = [&](const std::string& text) -> const Token& {
    for (const auto& t : tokens) {
      if (t.text() == text) return t;
    }
    FAIL("no token '" << text << "'");
    return tokens.front();
  };
  CHECK(original_of(find("'s")) == "\xE2\x80\x99s");
  CHECK(original_of(find("Smith")) == "Smith");
  CHECK(original_of(find("3.5")) == "\xEF\xBC\x93.5");
  CHECK(original_of(find("coal")) == "\xD1\x81oal");
  CHECK(original_of(find("-")) == "\xE2\x80\x94");
  CHECK(clean.original_begin(find("coal").begin) == offset_of(original, "\xD1\x81oal"));
  CHECK(sentence_texts(clean.text()) ==
        std::vector<std::string>{"Mr. Smith's firm exported 3.5 mln. tons of coal to the U.S.-a record."});
}
