// Change claims: "a decline of 35.5% compared to 2022", "up 12 percent year-on-year", "twice as much
// as in 2022" -- the new slot, the period it is compared with, the direction and size of the change.
#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

/// A change word (increase/decrease) near the figure, in its clause: its id, or "".
std::string direction_near(const SentenceView& view, std::size_t m) {
  const auto& ms = view.mentions;
  Clause clause = clause_of(view, ms[m].first);
  std::string best;
  std::size_t best_distance = 0;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].kind != MentionKind::word || ms[k].vocabulary != "change") continue;
    if (ms[k].first < clause.first || ms[k].first >= clause.last) continue;
    std::size_t d = ms[k].first < ms[m].first ? ms[m].first - ms[k].last : ms[k].first - ms[m].last;
    if (d > 6) continue;
    if (best.empty() || d < best_distance) {
      best = ms[k].id;
      best_distance = d;
    }
  }
  // "33% more than in 2013", "20 percent less than": a comparison right after the figure (a hedge
  // before a figure is a hedge; after it, it compares)
  if (best.empty() && m + 1 < ms.size() && ms[m + 1].first == ms[m].last && ms[m + 1].kind == MentionKind::word &&
      ms[m + 1].vocabulary == "hedge" && ms[m + 1].last < view.sentence.last) {
    const Token& next = view.tokens[ms[m + 1].last];
    bool compares = next.is("in") || next.is("the") || next.is("a") || next.is("last") || next.is("that") ||
                    next.type == TokenType::number;
    const Token& said = view.tokens[ms[m + 1].first];
    if (compares && said.is("more")) best = "increase";
    if (compares && (said.is("less") || said.is("fewer"))) best = "decrease";
  }
  return best;
}

/// "made up 40%": "up" after "made" is no increase.
bool direction_word_is_made_up(const SentenceView& view, std::size_t m) {
  for (std::size_t i = view.mentions[m].first; i >= view.sentence.first + 2 && i + 3 > view.mentions[m].first; --i) {
    if (view.tokens[i - 1].is("up") && (view.tokens[i - 2].is("made") || view.tokens[i - 2].is("make") ||
                                        view.tokens[i - 2].is("makes") || view.tokens[i - 2].is("making"))) {
      return true;
    }
  }
  return false;
}

/// The figure whose slot the change describes: the nearest amount before it in the sentence, or after
/// it in its clause; nullopt when the change names its measure itself.
std::optional<std::size_t> figure_for(const SentenceView& view, std::size_t m) {
  const auto& ms = view.mentions;
  Clause clause = clause_of(view, ms[m].first);
  // "rose to $5 billion from $4 billion, an increase of 25%": the figure compared with is the base, the
  // change is the other one's
  std::optional<std::size_t> base;
  for (std::size_t k = m; k-- > 0;) {
    if (ms[k].first < clause.first) break;  // "exports reached $600 million, while imports fell by 30%"
    if (ms[k].kind == MentionKind::measure) break;  // the change names its own measure
    if (ms[k].kind == MentionKind::amount && !is_base_figure(view, k)) return k;
    if (ms[k].kind == MentionKind::amount && !base) base = k;
    if (ms[k].kind == MentionKind::percent) break;
  }
  return base;
}

class ChangeBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::change; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    for (std::size_t m = 0; m < ms.size(); ++m) {
      bool percent = ms[m].kind == MentionKind::percent;
      bool ratio = ms[m].kind == MentionKind::word && ms[m].vocabulary == "ratio";
      if (!percent && !ratio) continue;
      std::string direction = percent ? direction_near(view, m) : "";
      if (percent && direction.empty()) continue;  // a share or a plain percentage, not a change
      if (percent && ms[m].last < view.sentence.last && view.tokens[ms[m].last].is("of")) continue;  // "made up 40% of"
      if (direction_word_is_made_up(view, m)) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::change;
      draft.first = ms[m].first;
      draft.last = ms[m].last;
      std::string unit_dimension;
      auto figure = figure_for(view, m);
      if (figure) {
        auto unit = lexicon.rules().units.find(ms[*figure].unit);
        if (unit != lexicon.rules().units.end()) unit_dimension = unit->second.dimension;
        draft.slot = figure_slot(view, *figure, unit_dimension, lexicon, context, draft.unresolved);
        if (draft.unresolved.empty()) draft.slot["unit"] = ms[*figure].unit;
      } else {
        draft.slot = figure_slot(view, m, "", lexicon, context, draft.unresolved);
        const MeasureRule* rule = lexicon.rules().measure(draft.slot.value("measure", ""));
        if (rule && rule->dimension == "money") draft.slot["unit"] = "USD";
        else if (draft.unresolved.empty()) draft.unresolved = "no unit for the changed figure";
      }
      std::string own = draft.slot.value("period", "");
      std::string base = own.empty() ? "" : base_period_for(view, m, own, percent);
      if (draft.unresolved.empty() && base.empty()) draft.unresolved = "no period to compare with";
      if (!base.empty()) draft.slot["base_period"] = base;
      if (percent) {
        draft.value = Json{{"literal", ms[m].literal}, {"unit", "percent"}, {"direction", direction}};
        if (!ms[m].hedge.empty()) draft.value["hedge"] = ms[m].hedge;
      } else {
        draft.value = Json{{"literal", ms[m].id}, {"unit", "times"}};
        // "more than doubled", "almost twice": the hedge right before the ratio word
        for (const Mention& h : ms) {
          if (h.kind != MentionKind::word || h.vocabulary != "hedge" || h.last != ms[m].first) continue;
          draft.value["hedge"] = h.id;
          draft.first = h.first;
        }
      }
      out.push_back(std::move(draft));
    }
  }
};

}  // namespace

const ClaimBuilder& change_builder() {
  static const ChangeBuilder builder;
  return builder;
}

}  // namespace factaudit
