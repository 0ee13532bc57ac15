#include "factaudit/extract/tokens.hpp"

#include <cctype>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace factaudit {

namespace {

/// Byte length of the letter at `k`, or 0: an ASCII letter, or any other character that is not punctuation,
/// a symbol, a space or a control ("€", "°", "•" and "§" are punctuation tokens, not words).
std::size_t letter_at(std::string_view s, std::size_t k) {
  if (k >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[k]);
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1 : 0;
  UChar32 cp;
  int32_t next = static_cast<int32_t>(k);
  U8_NEXT(s.data(), next, static_cast<int32_t>(s.size()), cp);
  if (cp < 0) return 1;  // not UTF-8 (clean text always is)
  constexpr std::uint32_t kNotLetter = U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_C_MASK;
  return (U_GET_GC_MASK(cp) & kNotLetter) != 0 ? 0 : static_cast<std::size_t>(next) - k;
}
bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

TokenizedText::TokenizedText(std::string text, const WordIndex* index) : text_(std::move(text)), lower_(ascii_lower(text_)) {
  tokens_ = tokenize(text_, lower_);
  if (!index) return;
  for (Token& t : tokens_) t.word = index->number(t.lower());
}

bool Token::capitalised() const {
  if (end == begin) return false;
  auto first = static_cast<unsigned char>(text_data[0]);
  return std::isupper(first) || first >= 0x80;
}

std::vector<Token> tokenize(std::string_view s, std::string_view lower) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 1);  // prose has a token every five or six bytes
  std::size_t i = 0, n = s.size();
  bool space = false;
  auto at = [&](std::size_t k) { return k < n ? static_cast<unsigned char>(s[k]) : 0u; };
  while (i < n) {
    unsigned char c = at(i);
    if (c == ' ') {
      space = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(i);
    t.space_before = space;
    space = false;
    if (c == '\n') {
      t.type = TokenType::block;
      ++i;
    } else if (digit(c)) {
      t.type = TokenType::number;
      while (digit(at(i))) ++i;
      // digit groups (1,234,567) and a decimal part (636.5); a comma or point must be followed by digits
      while ((at(i) == ',' && digit(at(i + 1)) && digit(at(i + 2)) && digit(at(i + 3)) && !digit(at(i + 4))) ||
             (at(i) == '.' && digit(at(i + 1)))) {
        ++i;
        while (digit(at(i))) ++i;
      }
      // scientific notation ("1e400", "2.5E-3") is not how prose states an amount: one word, not a number
      // followed by the word "e" and a second number
      std::size_t sign = (at(i + 1) == '+' || at(i + 1) == '-') ? 1 : 0;
      if ((at(i) == 'e' || at(i) == 'E') && digit(at(i + 1 + sign))) {
        t.type = TokenType::word;
        i += 1 + sign;
        while (digit(at(i))) ++i;
      }
    } else if (letter_at(s, i)) {
      t.type = TokenType::word;
      while (std::size_t len = letter_at(s, i)) i += len;
      // an apostrophe inside a word ("don't", "O'Neill") stays; a possessive "'s" is its own token
      while (at(i) == '\'' && letter_at(s, i + 1) && !(at(i + 1) == 's' && !letter_at(s, i + 2))) {
        ++i;
        while (std::size_t len = letter_at(s, i)) i += len;
      }
    } else if (c == '\'' && at(i + 1) == 's' && !letter_at(s, i + 2) && !out.empty() && out.back().type == TokenType::word &&
               !t.space_before) {
      t.type = TokenType::word;
      i += 2;
    } else {
      t.type = TokenType::punct;
      std::size_t len = c < 0x80 ? 1 : (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2);
      i += len;
    }
    t.end = static_cast<std::uint32_t>(i);
    t.text_data = s.data() + t.begin;
    t.lower_data = lower.data() + t.begin;
    out.push_back(t);
  }
  return out;
}

std::vector<Sentence> split_sentences(const std::vector<Token>& tokens, const std::set<std::string, std::less<>>& abbreviations) {
  std::vector<Sentence> out;
  std::size_t start = 0, block = 0;
  // no sentence runs longer than kMaxSentenceTokens: a run-on line is cut, so the work per sentence
  // stays bounded whatever the document
  auto close = [&](std::size_t end) {
    while (end > start + kMaxSentenceTokens) {
      out.push_back({start, start + kMaxSentenceTokens, block});
      start += kMaxSentenceTokens;
    }
    if (end > start) out.push_back({start, end, block});
    start = end;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.type == TokenType::block) {
      close(i);
      start = i + 1;
      ++block;
      continue;
    }
    if (t.type != TokenType::punct || (t.text() != "." && t.text() != "!" && t.text() != "?")) continue;
    const std::size_t mark = i;  // the . ! or ?
    // the closing quote or parenthesis right after it belongs to the sentence; a quote after a space opens
    // the next one
    if (i + 1 < tokens.size() && tokens[i + 1].type == TokenType::punct && !tokens[i + 1].space_before &&
        (tokens[i + 1].text() == "\"" || tokens[i + 1].text() == "'" || tokens[i + 1].text() == ")")) {
      ++i;
    }
    if (i + 1 >= tokens.size()) continue;
    const Token& next = tokens[i + 1];
    if (next.type == TokenType::block) continue;
    if (!next.space_before) continue;  // "U.S.", "3.5"
    bool starts = next.capitalised() || next.type == TokenType::number || next.text() == "\"" || next.text() == "'" ||
                  next.text() == "(";
    if (!starts) continue;
    if (t.text() == "." && mark > start) {
      const Token& prev = tokens[mark - 1];
      if (prev.type == TokenType::word && !prev.space_before && mark >= 2 && tokens[mark - 2].text() == ".") continue;
      if (prev.type == TokenType::word && (abbreviations.count(prev.text()) || abbreviations.count(prev.lower()))) continue;
      if (prev.type == TokenType::word && prev.text().size() == 1 && std::isupper(static_cast<unsigned char>(prev.text()[0]))) {
        continue;  // an initial: "M. Gani"
      }
    }
    close(i + 1);
  }
  close(tokens.size());
  return out;
}

}  // namespace factaudit
