/// Words, numbers and punctuation of clean text, and the sentences they form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace factaudit {

enum class TokenType : std::uint8_t { word, number, punct, block };

/// One token of clean text; offsets are into the clean text (documents are far below 4 GiB). `text()`
/// and `lower()` view the buffers the tokens were made from (see TokenizedText), which must outlive them.
struct Token {
  static constexpr std::uint32_t kUnindexed = UINT32_MAX;
  const char* text_data = nullptr;   // as written (clean text), `end - begin` bytes
  const char* lower_data = nullptr;  // the same bytes ASCII-lowercased
  std::uint32_t begin = 0, end = 0;
  std::uint32_t word = kUnindexed;  // its number in a WordIndex (0: no vocabulary word), when indexed
  TokenType type = TokenType::word;
  bool space_before = false;

  std::string_view text() const { return {text_data, end - begin}; }
  std::string_view lower() const { return {lower_data, end - begin}; }
  bool is(std::string_view s) const { return lower() == s; }
  /// The same for a literal ("and"): its length is known, so the test compiles to a few comparisons.
  template <std::size_t N>
  bool is(const char (&s)[N]) const {
    return end - begin == N - 1 && std::memcmp(lower_data, s, N - 1) == 0;
  }
  bool capitalised() const;
};

/// Splits clean text: words (letters, inner apostrophes as their own token "'s"), numbers with digit
/// grouping and decimals ("1,234.5"), single punctuation characters, and block breaks ("\n").
/// `lower` is `clean` ASCII-lowercased (same length); the tokens view both.
std::vector<Token> tokenize(std::string_view clean, std::string_view lower);

/// `text` ASCII-lowercased: letters A-Z only, so every byte keeps its offset.
std::string ascii_lower(std::string_view text);

/// Numbers for the lower-cased words of a vocabulary (1, 2, ...; 0 for any other word), so that a token
/// is looked up once and phrase matching compares numbers.
class WordIndex {
 public:
  std::uint32_t number(std::string_view lower) const {
    auto it = numbers_.find(lower);
    return it == numbers_.end() ? 0 : it->second;
  }
  std::uint32_t add(const std::string& lower) { return numbers_.emplace(lower, numbers_.size() + 1).first->second; }
  std::size_t size() const { return numbers_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> numbers_;
};

/// A text with its tokens; owns the buffers the tokens view, so it is neither copied nor moved. With an
/// index, every token carries its word number.
class TokenizedText {
 public:
  explicit TokenizedText(std::string text, const WordIndex* index = nullptr);
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;
  const std::string& text() const { return text_; }
  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  std::string text_, lower_;
  std::vector<Token> tokens_;
};

/// A sentence: a token range [first, last).
struct Sentence {
  std::size_t first = 0, last = 0;
  std::size_t block = 0;     // index of its block (paragraph) in the document
  bool dated_entry = false;  // opens with the date of a chronology's entry ("**3 January 2016.** ...")
};

/// The longest sentence, in tokens; longer runs are cut into pieces of this size.
constexpr std::size_t kMaxSentenceTokens = 400;

/// Sentence boundaries: . ! ? followed by a capital, digit or quote (not after an abbreviation, an
/// initial or inside a number), and every block break.
std::vector<Sentence> split_sentences(const std::vector<Token>& tokens, const std::set<std::string, std::less<>>& abbreviations);

}  // namespace factaudit
