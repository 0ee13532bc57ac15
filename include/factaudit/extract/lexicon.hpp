/// The extraction vocabulary compiled for matching: phrases as token sequences, longest match first.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <cstddef>
#include <map>
#include <set>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "factaudit/extract/tokens.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// What a phrase means: `kind` says which vocabulary it comes from, `id` which entry.
struct PhraseMeaning {
  std::string kind;  // entity, adjective, capital, group, measure, month, part, relative, change, base,
                     // number, ratio, hedge, unit, scale, vague, event, object, office, status
  std::string id;
  std::string extra;  // measure direction; capital validity "from..to"
  std::uint64_t kind_bit = 0;  // the bit of `kind` in its matcher (set when the phrase is added)
};

/// The meanings of one phrase match, in the order the rules give them: a few are kept inline, so that
/// a match costs no allocation unless a phrase has more readings than that.
class MeaningList {
 public:
  void push_back(const PhraseMeaning* meaning) {
    if (size_ < kInline) {
      inline_[size_++] = meaning;
      return;
    }
    if (size_ == kInline) more_.assign(inline_.begin(), inline_.end());
    more_.push_back(meaning);
    ++size_;
  }
  void clear() {
    size_ = 0;
    more_.clear();
  }
  const PhraseMeaning* const* begin() const { return size_ > kInline ? more_.data() : inline_.data(); }
  const PhraseMeaning* const* end() const { return begin() + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const PhraseMeaning* front() const { return *begin(); }

 private:
  static constexpr std::size_t kInline = 4;
  std::array<const PhraseMeaning*, kInline> inline_{};
  std::vector<const PhraseMeaning*> more_;  // all of them, once there are more than kInline
  std::size_t size_ = 0;
};

/// Phrases stored as token sequences in a trie of word numbers (a WordIndex shared by all the matchers
/// of a lexicon); a phrase that is a name also checks letter case where it ends.
class PhraseMatcher {
 public:
  explicit PhraseMatcher(WordIndex& index);
  /// Adds a phrase; `case_sensitive` phrases (names) must match letter case exactly.
  void add(const std::string& phrase, PhraseMeaning meaning, bool case_sensitive);
  struct Match {
    std::size_t length = 0;  // in tokens
    MeaningList meanings;
    /// The kinds of its meanings, as kind bits.
    std::uint64_t kinds() const {
      std::uint64_t bits = 0;
      for (const PhraseMeaning* m : meanings) bits |= m->kind_bit;
      return bits;
    }
  };
  /// The longest phrase starting at token i that does not run past `last`.
  Match longest(const std::vector<Token>& tokens, std::size_t i, std::size_t last) const;

  /// Kinds of phrase as bits, for a quick test of what a word may begin: the bit of each named kind
  /// (kinds past the 63rd share the last bit, so a test may pass where no phrase begins, never the
  /// other way round).
  std::uint64_t kind_bits(std::initializer_list<std::string_view> kinds) const;
  /// The kinds (as bits) of the phrases whose first word is the token's; every kind for a token that
  /// was not looked up in the word index.
  std::uint64_t first_word_kinds(const Token& token) const {
    if (token.word == Token::kUnindexed) return ~std::uint64_t{0};
    return token.word < first_word_kinds_.size() ? first_word_kinds_[token.word] : 0;
  }

 private:
  struct Entry {
    std::vector<std::string> words;  // as written, for case-sensitive phrases
    bool case_sensitive = false;
    PhraseMeaning meaning;
  };
  struct Node {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> next;  // word number -> node, sorted
    std::vector<Entry> ends;  // the phrases that end here
  };
  std::uint32_t child(std::uint32_t node, std::uint32_t word) const;
  std::uint64_t kind_bit(const std::string& kind);
  WordIndex& index_;
  std::vector<Node> nodes_;         // nodes_[0] is the root
  std::vector<std::uint32_t> root_;  // word number -> node after the root (0: none)
  std::map<std::string, std::uint64_t, std::less<>> kind_bits_;  // each kind of phrase added -> its bit
  std::vector<std::uint64_t> first_word_kinds_;                  // word number -> kinds of the phrases it begins
};

/// Every vocabulary the finders use, compiled once per run from the rulebook.
class Lexicon {
 public:
  explicit Lexicon(const Rulebook& rules);
  Lexicon(const Lexicon&) = delete;  // the matchers refer to the word index
  Lexicon& operator=(const Lexicon&) = delete;
  const Rulebook& rules() const { return rules_; }
  /// The words of every phrase; tokens indexed with it match without string lookups.
  const WordIndex& word_index() const { return index_; }

  const PhraseMatcher& names() const { return names_; }  // entities, adjectives, capitals, groups
  const PhraseMatcher& words() const { return words_; }  // everything else, case-insensitive
  const PhraseMatcher& portfolios() const { return portfolios_; }  // what ministries are in charge of
  const std::set<std::string, std::less<>>& abbreviations() const { return abbreviations_; }
  /// Capitalised words that never begin a person's name ("Monday", "However").
  const std::set<std::string, std::less<>>& non_names() const { return non_names_; }
  /// The kinds of words() phrase that can open a time expression (months, parts of a period, relative
  /// times, hedges, number words) and an amount (units, number words), as kind bits: the finders try
  /// their patterns only at a number or at a word that begins such a phrase.
  std::uint64_t time_opening_kinds() const { return time_opening_kinds_; }
  std::uint64_t amount_opening_kinds() const { return amount_opening_kinds_; }

 private:
  const Rulebook& rules_;
  WordIndex index_;
  PhraseMatcher names_{index_}, words_{index_}, portfolios_{index_};
  std::set<std::string, std::less<>> abbreviations_, non_names_;
  std::uint64_t time_opening_kinds_ = 0, amount_opening_kinds_ = 0;
};

}  // namespace factaudit
