/// The extraction vocabulary compiled for matching: phrases as token sequences, longest match first.
#pragma once

#include <algorithm>
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
    std::vector<const PhraseMeaning*> meanings;
  };
  /// The longest phrase starting at token i that does not run past `last`.
  Match longest(const std::vector<Token>& tokens, std::size_t i, std::size_t last) const;

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
  WordIndex& index_;
  std::vector<Node> nodes_;         // nodes_[0] is the root
  std::vector<std::uint32_t> root_;  // word number -> node after the root (0: none)
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

 private:
  const Rulebook& rules_;
  WordIndex index_;
  PhraseMatcher names_{index_}, words_{index_}, portfolios_{index_};
  std::set<std::string, std::less<>> abbreviations_, non_names_;
};

}  // namespace factaudit
