/// The extraction vocabulary from rules/: word lists and measure phrases the extractor matches in prose.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

/// One entry of a word list: an id (what the words mean) and the phrases that say it.
struct WordList {
  std::string id;
  std::vector<std::string> words;
  std::string direction;  // measure phrases: "", "out" (exports) or "in" (imports); rank nouns: what the
                          // rank is among, "" / "partners" (a country's partners) or "region" (a region's members)
  SourcePosition where;
  std::string repeats;  // event objects only: once (one country's embassy in another opens once), once-per-pair
                        // (two countries establish relations once), yearly (a forum), often (a meeting)
};

/// How prose says a status holds or changes: a status family (id), the shape of its parties and the
/// words that say it began (on), ended (off) or holds (state).
struct StatusRule {
  std::string id;
  std::string shape;  // pair (two countries), holder (a country towards something), member (in an
                      // organisation), listed (on a country's list)
  std::vector<std::string> on, off, state;
  SourcePosition where;
};

/// Every word-list section, by section name (measure_phrases, months, time_parts, relative_times,
/// change_words, base_cues, number_words, ratio_words, event_triggers, event_objects, abbreviations).
struct ExtractionRules {
  std::map<std::string, std::vector<WordList>> lists;
  std::vector<StatusRule> statuses;
  const std::vector<WordList>& list(const std::string& section) const;
  const StatusRule* status(const std::string& id) const;
};

}  // namespace factaudit
