/// Words, numbers and punctuation of clean text, and the sentences they form.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace factaudit {

enum class TokenType { word, number, punct, block };

/// One token of clean text; offsets are into the clean text.
struct Token {
  TokenType type = TokenType::word;
  std::size_t begin = 0, end = 0;
  std::string text;   // as written (clean text)
  std::string lower;  // ASCII-lowercased, for case-insensitive matching
  bool space_before = false;

  bool is(const char* s) const { return lower == s; }
  bool capitalised() const;
};

/// Splits clean text: words (letters, inner apostrophes as their own token "'s"), numbers with digit
/// grouping and decimals ("1,234.5"), single punctuation characters, and block breaks ("\n").
std::vector<Token> tokenize(const std::string& clean);

/// A sentence: a token range [first, last).
struct Sentence {
  std::size_t first = 0, last = 0;
  std::size_t block = 0;  // index of its block (paragraph) in the document
};

/// The longest sentence, in tokens; longer runs are cut into pieces of this size.
constexpr std::size_t kMaxSentenceTokens = 400;

/// Sentence boundaries: . ! ? followed by a capital, digit or quote (not after an abbreviation, an
/// initial or inside a number), and every block break.
std::vector<Sentence> split_sentences(const std::vector<Token>& tokens, const std::set<std::string>& abbreviations);

}  // namespace factaudit
