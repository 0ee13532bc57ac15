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

/// Phrases stored as token sequences, indexed by their first token.
class PhraseMatcher {
 public:
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
    std::vector<std::string> words;  // lower or exact, per case_sensitive
    bool case_sensitive = false;
    PhraseMeaning meaning;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // keyed by the first token, lowercased
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>> by_first_;
  // a quick "no phrase starts here": one bit per (first byte, length up to 31) of the first tokens
  std::vector<bool> may_start_ = std::vector<bool>(256 * 32, false);
  static std::size_t start_key(std::string_view first) {
    return static_cast<unsigned char>(first[0]) * 32 + std::min<std::size_t>(first.size(), 31);
  }
};

/// Every vocabulary the finders use, compiled once per run from the rulebook.
class Lexicon {
 public:
  explicit Lexicon(const Rulebook& rules);
  const Rulebook& rules() const { return rules_; }

  const PhraseMatcher& names() const { return names_; }  // entities, adjectives, capitals, groups
  const PhraseMatcher& words() const { return words_; }  // everything else, case-insensitive
  const PhraseMatcher& portfolios() const { return portfolios_; }  // what ministries are in charge of
  const std::set<std::string, std::less<>>& abbreviations() const { return abbreviations_; }
  /// Capitalised words that never begin a person's name ("Monday", "However").
  const std::set<std::string, std::less<>>& non_names() const { return non_names_; }

 private:
  const Rulebook& rules_;
  PhraseMatcher names_, words_, portfolios_;
  std::set<std::string, std::less<>> abbreviations_, non_names_;
};

}  // namespace factaudit
