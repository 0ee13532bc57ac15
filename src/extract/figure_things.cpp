// The things a figure is about: the goods of a flow ("exports of wheat") and the item of a count or a
// length ("5,000 students", "the Turgundi-Herat railway").
#include "factaudit/extract/figure_things.hpp"

#include <algorithm>
#include <set>

namespace factaudit {

namespace {

/// A singular, lower-case form of a product word ("textiles" -> "textile").
std::string product_word(const Token& t) {
  std::string w(t.lower());
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

bool narrows(const Token& t, const Lexicon& lexicon, const std::vector<Token>& tokens, std::size_t i, std::size_t last) {
  if (t.type != TokenType::word || t.capitalised() || t.lower() == "'s") return false;
  auto m = lexicon.words().longest(tokens, i, last);
  return m.length == 0;  // any vocabulary word (modifiers such as "total", change words, ...) is not a product
}

bool generic_measure_word(const Lexicon& lexicon, std::string_view word) {
  for (const auto& entry : lexicon.rules().extraction.list("generic_measure_words")) {
    if (std::find(entry.words.begin(), entry.words.end(), word) != entry.words.end()) return true;
  }
  return false;
}

}  // namespace

/// The part of a flow a measure is narrowed to: "textile exports", "exports of wheat" -> "textile", "wheat".
std::string product_of(const SentenceView& view, const Mention& measure, const Lexicon& lexicon) {
  const auto& t = view.tokens;
  std::size_t before = measure.first;
  if (before > view.sentence.first && narrows(t[before - 1], lexicon, t, before - 1, measure.first)) {
    return product_word(t[before - 1]);
  }
  std::size_t after = measure.last;
  if (after + 1 < view.sentence.last && t[after].is("of") && narrows(t[after + 1], lexicon, t, after + 1, view.sentence.last)) {
    return product_word(t[after + 1]);
  }
  return "";
}

/// The goods a figure is told of after it: "$133.8 million worth of diesel-electric railway locomotives
/// to Afghanistan" -> "locomotive" (the last word before a preposition or a stop).
std::string product_after(const SentenceView& view, const Mention& figure, const Lexicon& lexicon) {
  const auto& t = view.tokens;
  std::size_t i = figure.last;
  if (i < view.sentence.last && t[i].is("worth")) ++i;
  if (i >= view.sentence.last || !t[i].is("of")) return "";
  static const std::set<std::string, std::less<>> kStop = {"to", "from", "in", "into", "for", "with", "by", "and", "or", "at", "on",
                                              "during", "over", "between", "which", "that", "were", "was",
                                              "them", "it", "this", "these", "those", "last", "next"};
  std::size_t head = 0;
  for (++i; i < view.sentence.last && i < figure.last + 10; ++i) {
    if (t[i].text() == "-") continue;
    if (t[i].type != TokenType::word || kStop.count(t[i].lower())) break;
    if (t[i].capitalised() || t[i].is("'s")) return "";  // "of Kazakh goods": whose, not what
    if (!head && !narrows(t[i], lexicon, t, i, view.sentence.last)) return "";  // "of imports", "of total trade"
    head = i;
  }
  return head ? product_word(t[head]) : "";
}

/// The thing a figure of an item measure is about: the measure phrase's noun with the plain words right
/// before it and the goods after it ("Turgundi-Herat railway" -> "turgundi-herat-railway", "40 wagons of
/// flour" -> "wagon-flour"). Takes the nearest measure mention of `measure` in the figure's clause that is
/// no generic word ("long", "people"); "" when there is none.
std::string item_of(const SentenceView& view, std::size_t m, const std::string& measure, const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  Clause clause = clause_of(view, ms[m].first);
  std::optional<std::size_t> best;
  std::size_t best_distance = 0;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Mention& x = ms[k];
    if (x.id != measure || x.first < clause.first || x.first >= clause.last) continue;
    if (x.kind != MentionKind::measure && !(x.kind == MentionKind::amount && k == m)) continue;
    if (generic_measure_word(lexicon, t[x.last - 1].lower())) continue;
    std::size_t d = k == m ? 0 : x.first < ms[m].first ? ms[m].first - x.last : x.first - ms[m].last;
    if (!best || d < best_distance) {
      best = k;
      best_distance = d;
    }
  }
  if (!best) return "";
  const Mention& noun = ms[*best];
  std::size_t end = noun.last;
  while (end > noun.first && t[end - 1].is("of")) --end;  // "shipments of"
  std::size_t begin = end - 1;
  if (noun.kind == MentionKind::measure) {
    begin = noun.first;
    // the names and hyphenated names right before it ("Turgundi-Herat railway"), up to four tokens; a
    // lower-case word there may be a verb ("allow tourists") and is left out
    static const std::set<std::string, std::less<>> kDeterminers = {"the", "a", "an", "its", "their", "this", "that", "these",
                                                       "those", "his", "her", "our", "new", "some", "of"};
    auto inside_mention = [&](std::size_t i) {
      for (const Mention& x : ms) {
        if (i >= x.first && i < x.last) return true;
      }
      return false;
    };
    while (begin > view.sentence.first && begin + 4 > noun.first) {
      const Token& before = t[begin - 1];
      bool joins = before.text() == "-" && !before.space_before && begin >= 2 && t[begin - 2].type == TokenType::word;
      if (!joins && (before.type != TokenType::word || kDeterminers.count(before.lower()) || before.is("'s"))) break;
      if (!joins && !before.capitalised() && !(begin < t.size() && t[begin].text() == "-")) break;
      if (inside_mention(begin - 1) && t[begin].text() != "-") break;  // a place in a hyphenated name stays
      --begin;
    }
  }
  std::string item;
  for (std::size_t i = begin; i < end; ++i) {
    if (t[i].text() == "-") continue;
    item += (item.empty() ? "" : "-") + (i + 1 == end ? product_word(t[i]) : std::string(t[i].lower()));
  }
  std::string goods = product_after(view, ms[m], lexicon);
  if (goods.empty() && noun.kind == MentionKind::measure) {
    Mention after_noun = noun;
    after_noun.last = end;
    goods = product_after(view, after_noun, lexicon);
  }
  if (!goods.empty()) item += "-" + goods;
  return item;
}

namespace {

/// The name of capitalised words (joined by hyphens) starting at token `i`, and the token after it.
std::pair<std::string, std::size_t> place_name_at(const std::vector<Token>& t, std::size_t i, std::size_t last) {
  std::string name;
  while (i < last && t[i].type == TokenType::word && t[i].capitalised()) {
    name += (name.empty() ? "" : "-") + std::string(t[i].lower());
    ++i;
    if (i + 1 < last && t[i].text() == "-" && !t[i].space_before) ++i;
  }
  return {name, i};
}

std::vector<std::string> stretch_ends(const std::vector<Token>& t, std::size_t first, std::size_t last) {
  std::vector<std::string> found;
  for (std::size_t i = first; i + 1 < last; ++i) {
    bool between = t[i].is("between"), from = t[i].is("from");
    if (!between && !from) continue;
    auto [a, after_a] = place_name_at(t, i + 1, last);
    if (a.empty() || after_a >= last || !t[after_a].is(between ? "and" : "to")) continue;
    auto [b, after_b] = place_name_at(t, after_a + 1, last);
    if (b.empty()) continue;
    found.push_back(a < b ? a + "-" + b : b + "-" + a);
    i = after_b - 1;
  }
  return found;
}

}  // namespace

RouteStretch route_stretch(const SentenceView& view, std::size_t m) {
  static const std::set<std::string, std::less<>> kParts = {"section", "sections", "stretch", "segment", "segments",
                                                            "leg", "portion", "branch", "spur", "extension"};
  const auto& t = view.tokens;
  RouteStretch out;
  Clause clause = clause_of(view, view.mentions[m].first);
  for (std::size_t i = clause.first; i < clause.last; ++i) out.part = out.part || kParts.count(t[i].lower());
  // every "between A and B" / "from A to B" of the figure's clause; when it has none, of its sentence
  std::vector<std::string> found = stretch_ends(t, clause.first, clause.last);
  if (found.empty()) found = stretch_ends(t, view.sentence.first, view.sentence.last);
  if (found.size() == 1) out.ends = found.front();  // with several, which one is the figure's is not told
  return out;
}

}  // namespace factaudit
