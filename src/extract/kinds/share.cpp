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
        std::string word = t[i].lower;
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
