// Quantity claims: an amount with its unit, and the measure, subject and period it speaks of.
#include "factaudit/extract/figure_things.hpp"
#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

/// The slot of a parenthesised figure that follows a change: the changed figure's, in the base period.
std::optional<Json> compared_slot(const SentenceView& view, std::size_t m, const std::string& dimension,
                                  const Lexicon& lexicon, const DocumentContext& context) {
  const auto& ms = view.mentions;
  for (std::size_t k = m; k-- > 0 && ms[k].last + 12 >= ms[m].first;) {
    bool change = ms[k].kind == MentionKind::percent || (ms[k].kind == MentionKind::word && ms[k].vocabulary == "ratio");
    if (!change) continue;
    for (std::size_t f = k; f-- > 0;) {
      if (ms[f].kind != MentionKind::amount) continue;
      std::string why;
      Json slot = figure_slot(view, f, dimension, lexicon, context, why);
      if (!why.empty() || !slot.contains("period")) return std::nullopt;
      std::string base = base_period_for(view, k, slot["period"], false);
      if (base.empty()) return std::nullopt;
      slot["period"] = base;
      return slot;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

/// "grew by $300 million", "up $40 million", "an increase of $2 billion": the amount is how much the
/// figure changed, not the figure.
bool by_how_much(const SentenceView& view, std::size_t m) {
  const auto& ms = view.mentions;
  std::size_t at = ms[m].first;
  while (at > view.sentence.first && (view.tokens[at - 1].is("by") || view.tokens[at - 1].is("of") ||
                                      view.tokens[at - 1].is("an") || view.tokens[at - 1].is("a"))) {
    --at;
  }
  for (std::size_t k = m; k-- > 0;) {
    if (ms[k].last < at) break;
    if (ms[k].last == at && ms[k].kind == MentionKind::word && ms[k].vocabulary == "change") {
      // "made up $200 million": a share, not a change
      return !(view.tokens[ms[k].first].is("up") && ms[k].first > view.sentence.first && view.tokens[ms[k].first - 1].is("made"));
    }
    if (ms[k].last == at) break;
  }
  return false;
}

/// When the figure at m is told as a part of the amount before it ("of which", "of this", "most of
/// it"): the product named right after the cue ("of which wheat accounted for"), or "" when none is.
std::optional<std::string> part_of_previous(const SentenceView& view, std::size_t m, const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  std::optional<std::size_t> previous;
  for (std::size_t k = m; k-- > 0;) {
    if (ms[k].kind == MentionKind::amount && ms[k].unit == ms[m].unit) {
      previous = k;
      break;
    }
  }
  if (!previous) return std::nullopt;
  for (std::size_t i = ms[*previous].last; i + 1 < ms[m].first; ++i) {
    bool cue = t[i].is("of") && (t[i + 1].is("which") || t[i + 1].is("this") || t[i + 1].is("that") ||
                                 t[i + 1].is("it") || t[i + 1].is("them"));
    if (!cue) continue;
    std::size_t w = i + 2;
    if (w < ms[m].first && t[w].type == TokenType::word && !t[w].capitalised() &&
        lexicon.words().longest(t, w, ms[m].first).length == 0) {
      std::string word(t[w].lower());
      if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
      return word;
    }
    return std::string();
  }
  return std::nullopt;
}

/// A figure told as a part of the figure before it in the sentence (same unit, drafted already): "12,700
/// tonnes in 2023, 5.1 thousand tonnes of which arrived in the first half of the year" (the whole over
/// the period named after it), "..., including 3,200 tonnes of canned fish" (the whole's product). The
/// whole's slot with what tells the part apart; an empty object when the part is of something not
/// named; nullopt when the figure is not told as a part.
std::optional<Json> part_of_figure_before(const SentenceView& view, std::size_t m, const std::vector<DraftClaim>& out,
                                          const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  std::size_t of = ms[m].last;
  bool of_which = of + 1 < view.sentence.last && t[of].is("of") && (t[of + 1].is("which") || t[of + 1].is("them"));
  bool including = ms[m].first > view.sentence.first && t[ms[m].first - 1].is("including");
  if (!of_which && !including) return std::nullopt;
  const DraftClaim* whole = nullptr;
  for (std::size_t k = m; k-- > 0 && !whole;) {
    if (ms[k].kind != MentionKind::amount || ms[k].unit != ms[m].unit) continue;
    for (const DraftClaim& d : out) {
      if (d.kind == ClaimKind::quantity && d.first == ms[k].first && d.unresolved.empty()) whole = &d;
    }
    if (!whole) return std::nullopt;
  }
  if (!whole) return std::nullopt;
  Json slot = whole->slot;
  if (including) {
    std::string product = product_after(view, ms[m], lexicon);
    if (product.empty() || slot.contains("product")) return Json::object();
    slot["product"] = product;
    return slot;
  }
  if (!whole->slot.contains("period")) return std::nullopt;
  for (std::size_t k = m + 1; k < ms.size(); ++k) {
    if (ms[k].kind == MentionKind::amount || ms[k].kind == MentionKind::measure) return std::nullopt;
    if (ms[k].kind != MentionKind::time || ms[k].period.empty() || ms[k].period == whole->slot["period"]) continue;
    slot["period"] = ms[k].period;
    return slot;
  }
  return std::nullopt;
}

/// "Electricity accounted for $141.5 million of Turkmen sales": a figure after a verb of share
/// ("accounted for", "made up", "represented") and followed by "of" and its measure is a part of that
/// measure: the plain noun opening the sentence; "" when nothing is named; nullopt when the figure is no
/// such part.
std::optional<std::string> part_of_measure(const SentenceView& view, std::size_t m, const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  std::size_t of = ms[m].last;
  if (of + 1 >= view.sentence.last || !t[of].is("of")) return std::nullopt;
  std::size_t next = m + 1;
  if (next < ms.size() && ms[next].kind == MentionKind::entity && ms[next].first == of + 1) ++next;
  bool measure = next < ms.size() && ms[next].kind == MentionKind::measure &&
                 (ms[next].first == of + 1 || (next > m + 1 && ms[next].first == ms[next - 1].last));
  if (!measure) return std::nullopt;
  std::size_t verb = ms[m].first;
  if (verb >= view.sentence.first + 2 && t[verb - 1].is("for") && t[verb - 2].is("accounted")) verb -= 2;
  else if (verb >= view.sentence.first + 2 && t[verb - 1].is("up") && t[verb - 2].is("made")) verb -= 2;
  else if (verb > view.sentence.first && (t[verb - 1].is("represented") || t[verb - 1].is("comprised"))) verb -= 1;
  else return std::nullopt;  // "40,000 tonnes of aid", "$500 million of exports": the measure's own figure
  // the noun opens the sentence or the clause after an opening phrase ("In 2023, fruit made up ...")
  const std::size_t at = verb - 1;
  if (verb == view.sentence.first || (at > view.sentence.first && t[at - 1].text() != ",")) return std::string();
  const Token& noun = t[at];
  if (noun.type != TokenType::word || lexicon.words().longest(t, at, verb).length != 0) return std::string();
  for (const Mention& x : ms) {
    if (x.first <= at && at < x.last) return std::string();  // a country, a name, a time
  }
  std::string word(noun.lower());
  if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
  return word;
}

/// "fell to $5.54 billion from $6.43 billion", "rose from $80 million to $95 million": the figure a
/// change started from, told without a period of its own, is the same figure a year before.
void start_of_change(const SentenceView& view, std::size_t m, const std::string& dimension, const Lexicon& lexicon,
                     const DocumentContext& context, Json& slot) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  if (!slot.contains("period") || ms[m].first == view.sentence.first || !t[ms[m].first - 1].is("from")) return;
  Clause clause = clause_of(view, ms[m].first);
  std::optional<std::size_t> to;
  for (std::size_t k = 0; k < ms.size() && !to; ++k) {
    bool figure = k != m && ms[k].kind == MentionKind::amount && ms[k].unit == ms[m].unit;
    if (figure && ms[k].first > clause.first && ms[k].first < clause.last && t[ms[k].first - 1].is("to")) to = k;
  }
  if (!to) return;
  std::size_t preposition = std::min(ms[*to].first, ms[m].first) - 1;
  bool change = false;
  for (const Mention& w : ms) {
    bool before = w.last <= preposition && w.last + 3 >= preposition;
    change = change || (before && w.kind == MentionKind::word && w.vocabulary == "change");
  }
  if (!change) return;
  std::string why;
  Json reached = figure_slot(view, *to, dimension, lexicon, context, why);
  if (!why.empty() || reached.value("period", "") != slot.value("period", "")) return;
  std::string base = shift_years(slot["period"], 1);
  if (!base.empty()) slot["period"] = base;
}

class QuantityBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::quantity; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    for (std::size_t m = 0; m < ms.size(); ++m) {
      if (ms[m].kind != MentionKind::amount) continue;
      const UnitRule* unit = nullptr;
      auto it = lexicon.rules().units.find(ms[m].unit);
      if (it != lexicon.rules().units.end()) unit = &it->second;
      if (!unit) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::quantity;
      draft.first = ms[m].first;
      draft.last = ms[m].last;
      draft.slot = figure_slot(view, m, unit->dimension, lexicon, context, draft.unresolved);
      if (by_how_much(view, m)) draft.unresolved = "a change by an amount, not the figure itself";
      // a figure in parentheses after a change ("22.1% lower than the same period of the previous year
      // ($424.5 million)") is the compared figure: the changed figure's slot in the base period
      std::size_t open = ms[m].first;
      bool compared = false;
      // so is a figure named as the base's ("twice the 2020 figure of $241.5 million")
      bool named_base = open >= view.sentence.first + 4 && view.tokens[open - 1].is("of") &&
                        (view.tokens[open - 2].is("figure") || view.tokens[open - 2].is("level") ||
                         view.tokens[open - 2].is("total")) &&
                        view.tokens[open - 4].is("the");
      if (named_base || (open > view.sentence.first && view.tokens[open - 1].text() == "(")) {
        if (auto slot = compared_slot(view, m, unit->dimension, lexicon, context)) {
          draft.slot = *slot;
          draft.unresolved.clear();
          compared = true;
        }
      }
      // "raisins worth $545,700", "wheat valued at $72.8 million", "flour ($123 million)": the figure
      // is that product's
      std::size_t at = ms[m].first;
      if (draft.unresolved.empty() && !compared && at >= view.sentence.first + 2) {
        std::size_t noun = view.tokens[at - 1].is("worth") || view.tokens[at - 1].text() == "(" ? at - 2
                           : (at >= view.sentence.first + 3 && view.tokens[at - 1].is("at") && view.tokens[at - 2].is("valued"))
                               ? at - 3
                               : at;
        const Token& w = view.tokens[noun];
        bool named = false;  // a word some mention already reads (a time, a measure) is no product
        for (const Mention& x : ms) named = named || (noun >= x.first && noun < x.last);
        if (noun < at && !named && w.type == TokenType::word && !w.capitalised() &&
            lexicon.words().longest(view.tokens, noun, at).length == 0) {
          std::string word(w.lower());
          if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
          if (word.size() > 3 && word.back() == 's') word.pop_back();  // "days", "years"
          // "the previous 12 months ($474.3 million)": a span of time is no product; the figure is for a
          // period not named
          if (lexicon.rules().time.durations.count(word)) draft.unresolved = "a figure for a span of time not placed";
          else draft.slot["product"] = word;
        }
      }
      if (!compared) {
        if (auto slot = part_of_figure_before(view, m, out, lexicon)) {
          draft.slot = *slot;
          draft.unresolved = slot->empty() ? "a part of the figure before, of something not named" : "";
          compared = true;  // the slot is the whole's with what tells the part apart: nothing more to read
        }
      }
      const MeasureRule* flow = lexicon.rules().measure(draft.slot.value("measure", ""));
      if (draft.unresolved.empty() && !compared && !draft.slot.contains("product") && flow && flow->flow) {
        // "shipped 12,700 tonnes of rice ... as food aid": the goods after the figure, the measure after them
        std::string product = product_after(view, ms[m], lexicon);
        if (!product.empty()) draft.slot["product"] = product;
      }
      if (draft.unresolved.empty() && !compared) start_of_change(view, m, unit->dimension, lexicon, context, draft.slot);
      if (draft.unresolved.empty() && !compared && !draft.slot.contains("product")) {
        if (auto part = part_of_measure(view, m, lexicon)) {
          if (part->empty()) draft.unresolved = "a part of the measure, of something not named";
          else draft.slot["product"] = *part;
        }
      }
      if (draft.unresolved.empty() && !compared && !draft.slot.contains("product")) {
        // "$4 billion, of which wheat accounted for $500 million": a part of the figure before
        if (auto part = part_of_previous(view, m, lexicon)) {
          if (part->empty()) draft.unresolved = "a part of the figure before, of something not named";
          else draft.slot["product"] = *part;
        }
      }
      draft.slot["unit"] = unit->id;
      // "a deficit of $770 million" is a balance of minus $770 million
      std::string literal = ms[m].literal;
      if (told_as_deficit(view, m) && !literal.empty() && literal[0] != '-') literal.insert(0, "-");
      draft.value = Json{{"literal", literal}, {"scale", ms[m].scale}, {"unit", unit->id}};
      if (!ms[m].hedge.empty()) draft.value["hedge"] = ms[m].hedge;
      if (draft.unresolved.empty()) {
        // "it reached ..." after a deficit would read a balance with the wrong sign: nothing carries
        context.carried_measure = told_as_deficit(view, m) ? "" : draft.slot.value("measure", "");
        context.carried_subject = draft.slot.value("subject", "");
        context.carried_unit = unit->id;
        // "rose to $95 million in 2023 from $80 million in 2022": the paragraph goes on about 2023
        if (draft.slot.contains("period") && !is_base_figure(view, m) && !compared) context.carried_period = draft.slot["period"];
      }
      out.push_back(std::move(draft));
    }
  }
};

}  // namespace

const ClaimBuilder& quantity_builder() {
  static const QuantityBuilder builder;
  return builder;
}

}  // namespace factaudit
