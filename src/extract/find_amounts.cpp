// Amounts ("$636.5 million", "USD 336.7 mln.", "3 thousand tons", "Thirty students") and percentages.
#include <cctype>

#include "factaudit/extract/mentions.hpp"

namespace factaudit {

namespace {

const PhraseMeaning* meaning_of(const PhraseMatcher::Match& m, const char* kind) {
  for (const auto* meaning : m.meanings) {
    if (meaning->kind == kind) return meaning;
  }
  return nullptr;
}

bool is_count_measure(const Lexicon& lexicon, const std::string& measure) {
  const MeasureRule* rule = lexicon.rules().measure(measure);
  return rule && rule->dimension == "count";
}

/// A hedge phrase that ends right before token `end` (and after `floor`): its start and id.
std::optional<std::pair<std::size_t, std::string>> hedge_before(const std::vector<Token>& tokens, std::size_t floor,
                                                                std::size_t end, const Lexicon& lexicon) {
  for (std::size_t len = 4; len >= 1; --len) {
    if (end < floor + len) continue;
    std::size_t start = end - len;
    auto m = lexicon.words().longest(tokens, start, end);
    if (m.length == len) {
      if (const auto* h = meaning_of(m, "hedge")) return std::make_pair(start, h->id);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> decimal_text(const Token& token) {
  if (token.type != TokenType::number) return std::nullopt;
  std::string out;
  for (char c : token.text()) {
    if (c != ',') out += c;
  }
  return out;
}

void find_amounts(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon,
                  UsedTokens& used, std::vector<Mention>& out) {
  const std::size_t last = sentence.last;
  for (std::size_t i = sentence.first; i < last; ++i) {
    if (used[i]) continue;
    // an amount opens with a figure, a currency or unit before it ("$", "USD", "US$"), or a number word
    if (tokens[i].type != TokenType::number &&
        (lexicon.words().first_word_kinds(tokens[i]) & lexicon.amount_opening_kinds()) == 0 && tokens[i].text() != "US") {
      continue;
    }
    std::size_t start = i, k = i;
    std::string unit, literal;
    // a currency before the number: "$", "US$", "USD"
    auto unit_here = [&](std::size_t at) -> std::pair<std::size_t, std::string> {
      auto m = lexicon.words().longest(tokens, at, last);
      if (const auto* u = meaning_of(m, "unit")) return {m.length, u->id};
      return {0, ""};
    };
    if (tokens[k].type != TokenType::number) {
      std::size_t prefix = 0;
      if (tokens[k].text() == "US" && k + 1 < last && tokens[k + 1].text() == "$") prefix = 1;
      auto [len, id] = unit_here(k + prefix);
      if (len > 0 && k + prefix + len < last && tokens[k + prefix + len].type == TokenType::number) {
        unit = id;
        k += prefix + len;
      }
    }
    bool word_number = false;
    if (tokens[k].type == TokenType::number) {
      literal = *decimal_text(tokens[k]);
      ++k;
    } else if (unit.empty()) {
      auto m = lexicon.words().longest(tokens, k, last);
      const auto* n = meaning_of(m, "number");
      if (!n || m.length == 0) continue;
      literal = n->id;
      k += m.length;
      word_number = true;
    } else {
      continue;
    }
    // scale: "million", "mln." (its period belongs to it when the word is abbreviated)
    std::string scale = "one";
    {
      auto m = lexicon.words().longest(tokens, k, last);
      if (const auto* s = meaning_of(m, "scale")) {
        scale = s->id;
        k += m.length;
        const Token& word = tokens[k - 1];
        bool abbreviated = word.lower() != "million" && word.lower() != "billion" && word.lower() != "thousand" &&
                           word.lower() != "trillion" && word.lower() != "thousands";
        if (abbreviated && k < last && tokens[k].text() == "." && !tokens[k].space_before) ++k;
      }
    }
    // a unit after the figure: "dollars", "US dollars", "tons", "%", "percent"; "of" may come between
    if (unit.empty()) {
      std::size_t at = k;
      if (at < last && tokens[at].is("of") && scale != "one") ++at;
      if (at < last && tokens[at].text() == "US" && at + 1 < last) ++at;  // "US dollars"
      auto [len, id] = unit_here(at);
      if (len > 0) {
        unit = id;
        k = at + len;
      } else if (at < last && at > k && tokens[k].text() == "US") {
        // "US" alone is not a unit
      }
    }
    Mention mention;
    if (unit.empty()) {
      // a count: the number is followed (within three words) by a count noun: "827 Afghan students";
      // right after the number the noun is part of the amount ("more than 150 wagons")
      for (std::size_t j = k; j < last && j <= k + 3; ++j) {
        auto m = lexicon.words().longest(tokens, j, last);
        const auto* measure = meaning_of(m, "measure");
        if (measure && is_count_measure(lexicon, measure->id)) {
          unit = "count";
          if (j == k) {
            mention.id = measure->id;
            k += m.length;
          }
          break;
        }
        if (tokens[j].type != TokenType::word) break;
      }
      if (unit.empty()) continue;
    } else if (word_number && unit != "percent" && scale == "one" && literal.size() > 2) {
      // "hundred dollars" without a figure is too vague to be a claim
      continue;
    }
    // a year is not an amount unless it carries a unit
    if (auto hedge = hedge_before(tokens, sentence.first, start, lexicon)) {
      mention.hedge = hedge->second;
      start = hedge->first;
    }
    // "$2-3 billion", "$1.2 to $1.4 billion", "between $1.2 billion and $1.5 billion", "5-7%": a range
    // of figures ("from $1.2 billion to $1.5 billion" is a change, not a range)
    bool between = start > sentence.first && tokens[start - 1].is("between");
    // "rose by $300 million to $2 billion", "up 5% to ...": the second figure is a level, not a bound
    bool changed = false;
    for (std::size_t b = start; b > sentence.first && b + 4 > start; --b) {
      changed = changed || tokens[b - 1].is("from") || tokens[b - 1].is("by") ||
                meaning_of(lexicon.words().longest(tokens, b - 1, start), "change");
    }
    bool dash = k < last && tokens[k].text() == "-" && !tokens[k].space_before;
    if (k + 1 < last && (dash || (tokens[k].is("to") && !changed) || (between && tokens[k].is("and")))) {
      std::size_t j = k + 1;
      std::string second_unit;
      if (auto before_number = unit_here(j); before_number.first > 0) {
        second_unit = before_number.second;
        j += before_number.first;
      }
      if (j < last && tokens[j].type == TokenType::number) {
        ++j;
        auto more = lexicon.words().longest(tokens, j, last);
        if (meaning_of(more, "scale")) j += more.length;
        if (j < last && tokens[j].text() == "." && !tokens[j].space_before && meaning_of(more, "scale")) ++j;
        if (auto after = unit_here(j); after.first > 0 && second_unit.empty()) {
          second_unit = after.second;
          j += after.first;
        }
        if (second_unit.empty() || second_unit == unit || (unit == "count")) {
          mention.range = true;
          k = j;
        }
      }
    }
    if (start >= sentence.first + 2 && tokens[start - 1].text() == "-" && !tokens[start - 1].space_before &&
        !tokens[start].space_before && tokens[start - 2].type == TokenType::number && !used[start - 2]) {
      mention.range = true;  // "5-7%": the 5 was no figure of its own
      start -= 2;
    }
    mention.kind = unit == "percent" ? MentionKind::percent : MentionKind::amount;
    mention.first = start;
    mention.last = k;
    mention.literal = literal;
    mention.scale = scale;
    mention.unit = unit;
    used.mark(start, k);
    out.push_back(std::move(mention));
    i = k - 1;
  }
}

}  // namespace factaudit
