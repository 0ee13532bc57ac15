/// Mentions: the typed pieces a sentence is made of (entities, amounts, times, measures, cue words).
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "factaudit/model/claim.hpp"

#include "factaudit/extract/lexicon.hpp"
#include "factaudit/extract/tokens.hpp"

namespace factaudit {

enum class MentionKind {
  entity,   // id: entity id; form: name, adjective, capital, possessive (name + 's), group
  pair,     // "the two countries", "bilateral": the document's pair
  amount,   // literal, scale, unit, hedge
  percent,  // literal, hedge
  time,     // time (a claim-format time value) and period (slot text, when it names a period)
  measure,  // id: measure id; extra: direction
  word,     // any other vocabulary word: meaning.kind (change, base, ratio, hedge, event, ...) and id
  person,   // a name not in the rules: two or more capitalised words; id "person:<surname>"
};

struct Mention {
  MentionKind kind = MentionKind::word;
  std::size_t first = 0, last = 0;  // token range [first, last)
  std::string vocabulary;           // word mentions: the vocabulary kind (change, base, ratio, ...)
  std::string id;
  std::string form;   // entity form; measure direction; "previous-year" for a time told as "a year earlier"
  std::string literal, scale, unit, hedge;
  Json time;         // time mentions: {"date": ...} / {"relative": ...} / {"from":..,"to":..}
  std::string period;          // time mentions that name a period: "2023", "2024-01..2024-08"
  bool year_only = false;      // a bare year ("2023")
  bool range = false;          // amounts: a range of figures ("$2-3 billion"), no single figure
};

/// Which tokens of one sentence a finder has already consumed; indexed by document token number.
class UsedTokens {
 public:
  explicit UsedTokens(const Sentence& sentence) : first_(sentence.first), used_(sentence.last - sentence.first, false) {}
  bool operator[](std::size_t token) const { return used_[token - first_]; }
  void mark(std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) used_[k - first_] = true;
  }

 private:
  std::size_t first_;
  std::vector<bool> used_;
};

/// The year and month of the publication date, when known, and the year last named in the text.
struct TimeContext {
  std::optional<int> published_year, published_month;
  std::optional<int> recent_year;   // the last explicit year in this paragraph
  std::optional<int> recent_month;  // the month told with it, if any
};

/// Finds the mentions of one sentence, sorted by position, non-overlapping (longest first).
/// `people`: the ids of the people the document has named in full so far; a later mention by surname
/// alone ("Paredes said") is one of them. Gains the people this sentence names in full.
std::vector<Mention> find_mentions(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon,
                                   TimeContext& time, std::set<std::string>& people);
/// The same, written into `out` (cleared first), so that one vector serves every sentence.
void find_mentions(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon, TimeContext& time,
                   std::set<std::string>& people, std::vector<Mention>& out);

/// Time expressions of a sentence (used by find_mentions; exposed for tests). Consumed tokens are
/// marked in `used`.
void find_times(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon, TimeContext& time,
                UsedTokens& used, std::vector<Mention>& out);

/// Amounts and percentages of a sentence (used by find_mentions; exposed for tests).
void find_amounts(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon,
                  UsedTokens& used, std::vector<Mention>& out);

/// Ministers named by their portfolios ("Minister of Transport", "Deputy Minister of Industry and Trade",
/// "Trade and Industry Minister"): office words whose id is the ministry ("minister-of-transport"), unless
/// a title of the rules says as much (used by find_mentions; exposed for tests).
void find_ministers(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon, UsedTokens& used,
                    std::vector<Mention>& out);

/// "person:" and the lower-case ASCII letters of a surname ("Çelik" -> "person:celik").
std::string person_id(std::string_view surname);

/// A number token's value as a plain decimal string ("1,234.50" -> "1234.50"); nullopt when it is not one.
std::optional<std::string> decimal_text(const Token& token);

}  // namespace factaudit
