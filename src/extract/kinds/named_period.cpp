// Named periods: "the second stage, 2004-2014", "the first phase (1992-2003)" -- a stretch of the
// document's story with its years, told as a date span. Later sentences place events in it ("at this
// stage ..."; see ordering.cpp). Its name only means something inside its document.
#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

class NamedPeriodBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::date; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon&, std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    for (std::size_t n = 1; n < ms.size(); ++n) {
      if (ms[n].kind != MentionKind::word || ms[n].vocabulary != "period-name") continue;
      const Mention& ordinal = ms[n - 1];
      if (ordinal.kind != MentionKind::word || ordinal.vocabulary != "ordinal" || ordinal.last != ms[n].first) continue;
      std::string subject = context.pair().empty() ? context.home : context.pair();
      if (subject.empty()) subject = "document";
      Json slot{{"subject", subject}, {"measure", "period." + ms[n].id + "-" + ordinal.id + "@" + context.document}};
      context.named_period = slot;  // "the second stage" names it again even without its years
      // its years: a year range right after the name ("stage 2004-2014", "stage (2004-2014)", "stage, 2004-2014")
      if (n + 1 >= ms.size() || ms[n + 1].kind != MentionKind::time || !ms[n + 1].time.contains("from")) continue;
      bool close = true;
      for (std::size_t i = ms[n].last; i < ms[n + 1].first; ++i) {
        const auto& t = view.tokens[i];
        close = close && (t.text() == "(" || t.text() == "," || t.is("from") || t.is("in") || t.is("of") || t.is("the"));
      }
      if (!close) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::date;
      draft.first = ordinal.first;
      draft.last = ms[n + 1].last;
      draft.slot = slot;
      draft.value = ms[n + 1].time;
      out.push_back(std::move(draft));
    }
  }
};

}  // namespace

const ClaimBuilder& named_period_builder() {
  static const NamedPeriodBuilder builder;
  return builder;
}

}  // namespace factaudit
