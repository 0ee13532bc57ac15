// Share claims: "a modest $229.7 million, 99 percent of which was exports", "$1.7 million of imports,
// most of which were raisins" -- a part of the figure just named, as a percentage or "most".
#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

/// "of which", "of them", "of this", "of that" right after the share.
bool of_which(const std::vector<Token>& t, std::size_t at, std::size_t last) {
  return at + 1 < last && t[at].is("of") &&
         (t[at + 1].is("which") || t[at + 1].is("them") || t[at + 1].is("this") || t[at + 1].is("that") || t[at + 1].is("it"));
}

/// "Copper accounted for 38% of Chile's exports to Peru": a product's share of a flow whose figure
/// the paragraph told (its unit is that figure's). True when the sentence says such a share.
bool share_of_named(const SentenceView& view, std::size_t s, const DocumentContext& context, const Lexicon& lexicon,
                    std::vector<DraftClaim>& out) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  std::size_t at = ms[s].first;
  // the verb right before the share, and the product right before the verb
  std::size_t verb = at;
  for (std::size_t back = 1; back <= 2 && at >= view.sentence.first + back; ++back) {
    const Token& w = t[at - back];
    if (w.is("accounted") || w.is("accounting") || w.is("represented") || w.is("comprised") || w.is("constituted") ||
        w.is("made") || w.is("making")) {
      verb = at - back;
    }
  }
  if (verb == at || verb == view.sentence.first) return false;
  // "Coal (HS 2701) accounted for ...": a parenthesis after the product is left out
  if (t[verb - 1].text() == ")") {
    std::size_t open = verb - 1;
    while (open > view.sentence.first && t[open].text() != "(") --open;
    if (t[open].text() != "(" || open == view.sentence.first) return false;
    verb = open;
  }
  // "Rubber is the largest single item in Cambodian sales, accounting for 38% of them": the product
  // opens the sentence
  if (t[verb - 1].text() == "," && (t[verb].is("accounting") || t[verb].is("making"))) {
    std::size_t open = view.sentence.first;
    if (open + 2 < verb && (t[open + 1].is("is") || t[open + 1].is("was") || t[open + 1].is("remained"))) verb = open + 1;
    else return false;
  }
  const Token& noun = t[verb - 1];
  auto plain = [&](std::size_t i) {
    return t[i].type == TokenType::word && (!t[i].capitalised() || i == view.sentence.first) &&
           lexicon.words().longest(t, i, i + 1).length == 0;
  };
  // "petroleum products", "steel goods": a word of the trade vocabulary after the plain word naming it
  auto modifier_only = [&](std::size_t i) {
    auto w = lexicon.words().longest(t, i, i + 1);
    return w.length == 1 && std::all_of(w.meanings.begin(), w.meanings.end(),
                                        [](const PhraseMeaning* p) { return p->kind == "modifier"; });
  };
  bool two_words = verb >= view.sentence.first + 2 && modifier_only(verb - 1) && plain(verb - 2);
  if (!plain(verb - 1) && !two_words) return false;
  std::string why;
  Json whole = figure_slot(view, s, "", lexicon, context, why);
  if (whole.contains("product")) return false;
  DraftClaim draft;
  draft.kind = ClaimKind::share;
  draft.first = verb - 1;
  draft.last = ms[s].last;
  auto singular = [](std::string_view v) {
    std::string w(v);
    if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
    return w;
  };
  std::string product = singular(noun.lower());
  if (two_words) {
    product = singular(t[verb - 2].lower()) + "-" + product;
    draft.first = verb - 2;
  }
  // "vehicles and parts accounted for 31%": both words name the product
  if (!two_words && verb >= view.sentence.first + 3 && t[verb - 2].is("and") && t[verb - 3].type == TokenType::word &&
      (!t[verb - 3].capitalised() || verb - 3 == view.sentence.first) &&
      lexicon.names().longest(t, verb - 3, verb - 2).length == 0) {
    product = singular(t[verb - 3].lower()) + "-and-" + product;
    draft.first = verb - 3;
  }
  bool told = why.empty() && whole.value("measure", "") == context.carried_measure &&
              whole.value("subject", "") == context.carried_subject && !context.carried_unit.empty();
  // without a figure of the whole, a share of a money flow whose period the sentence names itself (or
  // the document's figures do) is in dollars, the unit the measures are compared in
  bool own_period = whole.contains("period");
  for (const Mention& x : ms) own_period = own_period || (x.kind == MentionKind::time && !x.period.empty());
  const MeasureRule* rule = lexicon.rules().measure(whole.value("measure", ""));
  bool dollars = !told && own_period && rule && rule->dimension == "money";
  if (!why.empty()) draft.unresolved = why;
  else if (!told && !dollars) draft.unresolved = "no figure of the whole told before the share";
  Json slot = whole;
  slot["product"] = product;
  slot["whole"] = Json{{"measure", whole.value("measure", "")}, {"subject", whole.value("subject", "")}};
  slot["unit"] = told ? context.carried_unit : "USD";
  draft.slot = slot;
  draft.value = Json{{"literal", ms[s].literal}, {"unit", "percent"}};
  if (!ms[s].hedge.empty()) draft.value["hedge"] = ms[s].hedge;
  out.push_back(std::move(draft));
  return true;
}

class ShareBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::share; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    const std::size_t last = view.sentence.last;
    for (std::size_t s = 0; s < ms.size(); ++s) {
      bool percent = ms[s].kind == MentionKind::percent;
      bool most = ms[s].kind == MentionKind::word && ms[s].vocabulary == "hedge" && ms[s].id == "most";
      if (!percent && !most) continue;
      std::size_t after = ms[s].last;
      if (most && t[after - 1].is("of")) --after;  // the hedge "most of" ends with "of"
      bool figure_before = false;  // "$229.7 million, 99 percent of which": a share of that figure
      for (std::size_t k = 0; k < s; ++k) figure_before = figure_before || ms[k].kind == MentionKind::amount;
      bool of_figure = of_which(t, after, last) && figure_before;
      if (percent && !of_figure && share_of_named(view, s, context, lexicon, out)) continue;
      if (!of_which(t, after, last) && !(most && after < last && t[after].is("which"))) continue;
      // the whole: the figure named just before
      std::optional<std::size_t> whole;
      for (std::size_t k = s; k-- > 0;) {
        if (ms[k].kind == MentionKind::amount) {
          whole = k;
          break;
        }
      }
      if (!whole) continue;
      auto unit = lexicon.rules().units.find(ms[*whole].unit);
      if (unit == lexicon.rules().units.end()) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::share;
      draft.first = ms[s].first;
      std::size_t cursor = after + 2;
      Json whole_slot = figure_slot(view, *whole, unit->second.dimension, lexicon, context, draft.unresolved);
      // the part: a measure named after "which was/were", else a product ("were raisins")
      Json slot = whole_slot;
      std::optional<std::size_t> part;
      for (std::size_t k = s + 1; k < ms.size() && ms[k].first <= cursor + 6; ++k) {
        if (ms[k].kind == MentionKind::measure) {
          part = k;
          break;
        }
        if (ms[k].kind == MentionKind::amount) break;
      }
      draft.last = cursor;
      if (part) {
        std::string why;
        std::string subject = subject_for(view, *part, ms[*part].id, lexicon, context, why);
        if (!why.empty() && draft.unresolved.empty()) draft.unresolved = why;
        slot["measure"] = ms[*part].id;
        slot["subject"] = subject;
        draft.last = ms[*part].last;
      } else {
        std::size_t i = cursor;
        while (i < last && (t[i].is("was") || t[i].is("were") || t[i].is("is") || t[i].is("are"))) ++i;
        bool product = i < last && t[i].type == TokenType::word && !t[i].capitalised() &&
                       lexicon.words().longest(t, i, last).length == 0;
        if (!product) continue;
        std::string word(t[i].lower());
        if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
        slot["product"] = word;
        draft.last = i + 1;
      }
      if (draft.unresolved.empty() && (!whole_slot.contains("subject") || whole_slot == slot)) {
        draft.unresolved = "cannot tell the part from the whole";
      }
      slot["whole"] = Json{{"measure", whole_slot.value("measure", "")}, {"subject", whole_slot.value("subject", "")}};
      slot["unit"] = unit->second.id;
      draft.slot = slot;
      draft.value = percent ? Json{{"literal", ms[s].literal}, {"unit", "percent"}} : Json{{"unit", "percent"}, {"hedge", "most"}};
      if (percent && !ms[s].hedge.empty()) draft.value["hedge"] = ms[s].hedge;
      out.push_back(std::move(draft));
    }
  }
};

}  // namespace

const ClaimBuilder& share_builder() {
  static const ShareBuilder builder;
  return builder;
}

}  // namespace factaudit
