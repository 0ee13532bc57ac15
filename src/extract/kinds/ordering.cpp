// Ordering claims: one event placed against another -- "two weeks later", "less than a month after the
// talks", "the day before", "on the eve of the forum" -- or inside a period the text named ("at this
// stage"). The events are those the date builder named: dated ones, and ones told without a date, whose
// slots are their own unless they happen once (an embassy's opening).
#include <algorithm>

#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

/// A stated gap between two events: relation, amount, unit and hedge, and the tokens that say it.
struct Gap {
  std::string relation, amount, unit, hedge;
  std::size_t first = 0, last = 0;
  bool preposition = false;  // "after X" / "before X" (the reference follows) rather than "later"
};

/// "day" of "day" and "days" (and so for weeks, months and years); nullptr for any other word.
const char* unit_of(const Token& t) {
  std::string_view word = t.lower();
  if (word.size() > 1 && word.back() == 's') word.remove_suffix(1);
  for (const char* u : {"day", "week", "month", "year"}) {
    if (word == u) return u;
  }
  return nullptr;
}

const Mention* mention_ending_at(const SentenceView& view, std::size_t end) {
  for (const Mention& m : view.mentions) {
    if (m.last == end) return &m;
  }
  return nullptr;
}

/// "[hedge] N days later", "a month after", "the day before", "the next day", "on the eve of".
std::optional<Gap> gap_at(const SentenceView& view, std::size_t i) {
  const auto& t = view.tokens;
  const std::size_t end = view.sentence.last;
  const char* unit = unit_of(t[i]);
  if (!unit && !t[i].is("eve")) return std::nullopt;  // every gap has its unit word or "eve" at i
  Gap g;
  auto relation = [&](std::size_t k) -> bool {
    if (k >= end) return false;
    if (t[k].is("later") || t[k].is("afterwards") || t[k].is("after")) g.relation = "after";
    else if (t[k].is("earlier") || t[k].is("before")) g.relation = "before";
    else return false;
    g.preposition = t[k].is("after") || t[k].is("before");
    g.last = k + 1;
    return true;
  };
  if (t[i].is("eve") && i >= 1 && t[i - 1].is("the") && i + 1 < end && t[i + 1].is("of")) {
    g = Gap{"before", "1", "day", "about", i - 1, i + 2, true};
    if (i >= 2 && t[i - 2].is("on")) g.first = i - 2;
    return g;
  }
  if (!unit || i == view.sentence.first) return std::nullopt;
  const Token& before = t[i - 1];
  g.unit = unit;
  g.first = i - 1;
  if ((before.is("next") || before.is("following")) && i >= 2 && t[i - 2].is("the")) {
    g.relation = "after";
    g.amount = "1";
    g.first = i - 2;
    g.last = i + 1;
    return g;
  }
  if (!relation(i + 1)) return std::nullopt;
  if (before.is("the") || before.is("a") || before.is("an") || before.is("one")) g.amount = "1";
  else if (before.type == TokenType::number && before.text().find_first_not_of("0123456789") == std::string::npos) g.amount = before.text();
  else if (const Mention* m = mention_ending_at(view, i); m && m->kind == MentionKind::word &&
                                                       (m->vocabulary == "number" || m->vocabulary == "vague")) {
    g.amount = m->id;
    g.first = m->first;
  } else if (std::string_view(unit) == "day" && t[i].lower() == "days") {
    g.amount = "several";  // "days later"
    g.first = i;
  } else {
    return std::nullopt;
  }
  if (g.first > view.sentence.first) {
    if (const Mention* h = mention_ending_at(view, g.first); h && h->kind == MentionKind::word && h->vocabulary == "hedge") {
      g.hedge = h->id;
      g.first = h->first;
    }
  }
  return g;
}

class OrderingBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::ordering; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon&, std::vector<DraftClaim>& out) const override {
    within_named_period(view, context, out);
    for (std::size_t i = view.sentence.first; i < view.sentence.last; ++i) {
      auto gap = gap_at(view, i);
      if (!gap) continue;
      place(view, *gap, context, out);
      i = gap->last - 1;
    }
    // "later" speaks of the sentence right before
    context.previous_event = context.dated_events.empty() ? Json() : context.dated_events.back().slot;
  }

 private:
  /// "At this stage the embassy opened in 2003": every event dated in the sentence is inside the period.
  static void within_named_period(const SentenceView& view, const DocumentContext& context, std::vector<DraftClaim>& out) {
    if (context.named_period.is_null()) return;
    for (const Mention& m : view.mentions) {
      if (m.kind != MentionKind::word || m.vocabulary != "period-reference") continue;
      for (const auto& event : context.dated_events) {
        DraftClaim draft;
        draft.kind = ClaimKind::ordering;
        draft.first = m.first;
        draft.last = m.last;
        draft.slot = event.slot;
        draft.slot["reference"] = context.named_period;
        draft.value = Json{{"relation", "within"}};
        out.push_back(std::move(draft));
      }
    }
  }

  /// An event told near the gap words: an event further away is told of in an aside ("Days later X
  /// admitted the mission's staff, established under a resolution of March 2002").
  static bool near(const DocumentContext::DatedEvent& e, const Gap& gap) {
    return e.first + 12 >= gap.first && e.first <= gap.last + 12;
  }
  static bool near_any(const std::vector<DocumentContext::DatedEvent>& events, const Json& slot, const Gap& gap) {
    for (const auto& e : events) {
      if (e.slot == slot && near(e, gap)) return true;
    }
    return false;
  }

  /// The two events of a gap: with "after X"/"before X" the reference is the event dated after the
  /// words and the placed one the event dated before them; with "later"/"earlier" the placed event is
  /// this sentence's and the reference the one dated in an earlier sentence.
  static void place(const SentenceView& view, const Gap& gap, const DocumentContext& context, std::vector<DraftClaim>& out) {
    // the events the sentence dates, and those it tells without a date (a slot of their own)
    std::vector<DocumentContext::DatedEvent> events = context.dated_events;
    events.insert(events.end(), context.told_events.begin(), context.told_events.end());
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Json placed, reference;
    if (gap.preposition) {
      Clause clause = clause_of(view, gap.last < view.sentence.last ? gap.last : gap.first);
      Json second;  // "Two weeks after the forum opened on 2 May, the deal was signed on 16 May"
      for (const auto& e : events) {
        if (e.first < gap.first) placed = e.slot;
        else if (e.first >= gap.last && e.first < clause.last && reference.is_null()) reference = e.slot;
        else if (e.first >= gap.last && second.is_null()) second = e.slot;
      }
      if (placed.is_null()) placed = second;
      if (!near_any(events, placed, gap)) placed = Json();
    } else {
      for (const auto& e : events) {
        if (placed.is_null() && near(e, gap)) placed = e.slot;
      }
      reference = context.previous_event;
    }
    if (placed.is_null() || reference.is_null() || placed == reference) return;
    DraftClaim draft;
    draft.kind = ClaimKind::ordering;
    draft.first = gap.first;
    draft.last = gap.last;
    draft.slot = placed;
    draft.slot["reference"] = reference;
    draft.value = Json{{"relation", gap.relation}, {"amount", gap.amount}, {"unit", gap.unit}};
    if (!gap.hedge.empty()) draft.value["hedge"] = gap.hedge;
    out.push_back(std::move(draft));
  }
};

}  // namespace

const ClaimBuilder& ordering_builder() {
  static const OrderingBuilder builder;
  return builder;
}

}  // namespace factaudit
