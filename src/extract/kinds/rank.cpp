// Rank claims: "Peru is Chile's third-largest trading partner", "among the ten main trade partners of
// Afghanistan", "one of Uzbekistan's five largest trading partners", "the largest donor".
#include <cstdlib>

#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

bool is_country_or_aggregate(const Mention& m, const Lexicon& lexicon) {
  if (m.kind != MentionKind::entity) return false;
  const EntityRule* e = lexicon.rules().entity(m.id);
  return e && (e->type == "country" || e->type == "aggregate");
}

/// The words before a rank noun: an ordinal ("third-largest"), a count ("ten main", "five largest"),
/// "among" / "one of" / "top" (then the count is an upper bound), a possessive country ("Chile's").
struct RankPhrase {
  std::size_t first = 0;
  std::string ordinal, count, among;
  bool bound = false;  // "among the ten", "one of the five", "top five": rank <= count
};

RankPhrase read_phrase(const SentenceView& view, std::size_t noun, const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  RankPhrase p;
  p.first = ms[noun].first;
  std::size_t floor = ms[noun].first > view.sentence.first + 7 ? ms[noun].first - 7 : view.sentence.first;
  std::size_t ordinal_at = ms[noun].first;
  for (std::size_t k = noun; k-- > 0 && ms[k].first >= floor;) {
    const Mention& m = ms[k];
    if (m.kind == MentionKind::word && m.vocabulary == "ordinal" && p.ordinal.empty()) {
      p.ordinal = m.id;
      ordinal_at = m.first;
    }
    else if (m.kind == MentionKind::word && m.vocabulary == "number") {
      bool one_of = m.last < t.size() && t[m.last].is("of");  // "one of the top 10": not a count
      if (p.count.empty() && !one_of) p.count = m.id;
    }
    else if (is_country_or_aggregate(m, lexicon) && (m.form == "possessive" || m.form == "adjective") && p.among.empty()) p.among = m.id;
    else if (m.kind == MentionKind::amount || m.kind == MentionKind::percent || m.kind == MentionKind::time) break;
    else if (m.kind == MentionKind::word && m.vocabulary != "number" && m.vocabulary != "ordinal" && m.vocabulary != "hedge") break;
    else if (m.kind == MentionKind::entity || m.kind == MentionKind::person) break;
    p.first = m.first;
  }
  for (std::size_t i = floor; i < ms[noun].first; ++i) {
    if (t[i].type == TokenType::number && t[i].text().size() <= 2 && p.count.empty() && i >= p.first) p.count = t[i].text();
    bool one_of = t[i].is("one") && i + 1 < t.size() && t[i + 1].is("of");
    // "ranked second among Cambodia's partners": an ordinal before "among" is an exact place
    bool exact_among = t[i].is("among") && !p.ordinal.empty() && ordinal_at < i;
    if ((t[i].is("among") || one_of || t[i].is("top")) && i + 8 >= ms[noun].first && !exact_among) {
      p.bound = true;
      p.first = std::min(p.first, i);
    }
  }
  return p;
}

class RankBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::rank; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    for (std::size_t n = 0; n < ms.size(); ++n) {
      if (ms[n].kind != MentionKind::word || ms[n].vocabulary != "ranked") continue;
      RankPhrase p = read_phrase(view, n, lexicon);
      bool denied = false;  // "was not Afghanistan's largest trading partner"
      for (std::size_t i = p.first > view.sentence.first + 3 ? p.first - 3 : view.sentence.first; i < p.first; ++i) {
        denied = denied || t[i].is("not") || t[i].is("never") || t[i].is("no");
      }
      if (denied) continue;
      std::string literal, hedge;
      if (p.bound && !p.count.empty()) {
        literal = p.count;
        hedge = "up-to";
      } else if (!p.ordinal.empty() && !(p.bound && p.count.empty())) {
        literal = p.ordinal;  // "one of the largest" without a count says no rank
      } else {
        continue;
      }
      DraftClaim draft;
      draft.kind = ClaimKind::rank;
      draft.first = p.first;
      draft.last = ms[n].last;
      if (ms[n].form == "region") {  // "Central Asia's largest economy", "the largest economy in South America"
        region_rank(view, n, p, literal, hedge, context, lexicon, out);
        continue;
      }
      // whose ranking: a possessive before, or "of Y" / "for Y" after the noun
      std::string among = p.among;
      std::size_t after = ms[n].last;
      for (std::size_t k = n + 1; k < ms.size() && ms[k].first <= after + 1; ++k) {
        if (is_country_or_aggregate(ms[k], lexicon) && ms[k].first > 0 && (t[ms[k].first - 1].is("of") || t[ms[k].first - 1].is("for"))) {
          among = ms[k].id;
          draft.last = ms[k].last;
        }
      }
      // who is ranked: "... partner was Pakistan", else the country named before the phrase that is not the
      // one ranking
      std::string subject;
      std::size_t verb = draft.last;
      if (verb < view.sentence.last && (t[verb].is("was") || t[verb].is("is") || t[verb].is("remains") ||
                                        t[verb].is("remained") || t[verb].is("became") || t[verb].is("has") )) {
        for (std::size_t k = n + 1; k < ms.size() && ms[k].first <= verb + 2; ++k) {
          if (is_country_or_aggregate(ms[k], lexicon) && ms[k].first > verb) subject = ms[k].id;
        }
      }
      for (std::size_t k = n; subject.empty() && k-- > 0;) {
        if (ms[k].first >= p.first) continue;
        if (is_country_or_aggregate(ms[k], lexicon) && ms[k].id != among) {
          subject = ms[k].id;
          break;
        }
      }
      auto other = [&](const std::string& one) {
        return one == context.home ? context.partner : one == context.partner ? context.home : std::string();
      };
      if (among.empty() && !subject.empty()) among = other(subject);
      if (subject.empty() && !among.empty()) subject = other(among);
      if (subject.empty() || among.empty() || subject == among) draft.unresolved = "cannot tell who is ranked among whose partners";
      draft.slot = Json{{"subject", subject}, {"measure", ms[n].id}, {"among", among}};
      std::string period = period_for(view, n, context);
      if (!period.empty()) draft.slot["period"] = period;
      else if (context.published) draft.slot["as_of"] = *context.published;
      else if (draft.unresolved.empty()) draft.unresolved = "no date for the rank";
      for (const Mention& g : ms) {
        if (g.kind == MentionKind::entity && g.form == "group" && g.first >= ms[n].last && g.first <= ms[n].last + 3) {
          draft.slot["region"] = g.id;
        }
      }
      draft.value = Json{{"literal", literal}};
      if (!hedge.empty()) draft.value["hedge"] = hedge;
      out.push_back(std::move(draft));
      ranked_ahead(view, lexicon, out.back(), out);
    }
  }

 private:
  /// "Chile's third-largest trading partner, behind China and the United States": the countries named
  /// after "behind"/"after" hold places ahead of it (one of the first two; "behind only China": first).
  static void ranked_ahead(const SentenceView& view, const Lexicon& lexicon, DraftClaim rank, std::vector<DraftClaim>& out) {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    if (!rank.unresolved.empty() || rank.value.contains("hedge")) return;
    int place = std::atoi(rank.value.value("literal", "0").c_str());
    std::size_t i = rank.last;
    while (i < view.sentence.last && (t[i].text() == "," || t[i].is("just") || t[i].is("ranking") || t[i].is("only"))) ++i;
    if (place < 2 || i >= view.sentence.last || !(t[i].is("behind") || t[i].is("after"))) return;
    std::size_t words = i;
    bool only = i + 1 < view.sentence.last && t[i + 1].is("only");
    std::vector<const Mention*> ahead;
    std::size_t at = i + 1 + (only ? 1 : 0);
    for (std::size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].first < at) continue;
      if (ms[k].first == at + 1 && t[at].is("the")) ++at;  // "the United States"
      if (ms[k].first != at || !is_country_or_aggregate(ms[k], lexicon)) break;
      ahead.push_back(&ms[k]);
      at = ms[k].last;
      if (at < view.sentence.last && (t[at].text() == "," || t[at].is("and"))) ++at;
      if (at < view.sentence.last && t[at].is("and")) ++at;
    }
    if (ahead.empty() || static_cast<int>(ahead.size()) >= place) return;
    bool exact = static_cast<int>(ahead.size()) == place - 1 && (only || place == 2);
    for (const Mention* c : ahead) {
      DraftClaim claim = rank;
      claim.first = words;
      claim.last = ahead.back()->last;
      claim.slot["subject"] = c->id;
      claim.value = Json{{"literal", std::to_string(place - 1)}};
      if (!exact) claim.value["hedge"] = "up-to";
      out.push_back(std::move(claim));
    }
  }

  /// A rank among the countries of a region: the region is a group (or the world) named as a possessive
  /// before the phrase or with "in"/"of" after it; the ranked country is the one named before.
  static void region_rank(const SentenceView& view, std::size_t n, const RankPhrase& p, const std::string& literal,
                          const std::string& hedge, const DocumentContext& context, const Lexicon& lexicon,
                          std::vector<DraftClaim>& out) {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    auto is_region = [&](const Mention& m) {
      return m.kind == MentionKind::entity && (lexicon.rules().groups.count(m.id) || m.id == "world");
    };
    DraftClaim draft;
    draft.kind = ClaimKind::rank;
    draft.first = p.first;
    draft.last = ms[n].last;
    std::string region, subject;
    for (std::size_t k = n; k-- > 0 && ms[k].last + 1 >= p.first;) {
      if (is_region(ms[k])) {
        region = ms[k].id;
        draft.first = std::min(draft.first, ms[k].first);
      }
    }
    for (std::size_t k = n + 1; region.empty() && k < ms.size() && ms[k].first <= ms[n].last + 2; ++k) {
      const Token& before = t[ms[k].first - 1];
      if (is_region(ms[k]) && (before.is("in") || before.is("of"))) {
        region = ms[k].id;
        draft.last = ms[k].last;
      }
    }
    for (std::size_t k = n; subject.empty() && k-- > 0;) {
      if (ms[k].first < draft.first && is_country_or_aggregate(ms[k], lexicon)) subject = ms[k].id;
    }
    if (region.empty() || subject.empty()) draft.unresolved = "cannot tell who is ranked in which region";
    draft.slot = Json{{"subject", subject}, {"measure", ms[n].id}, {"among", region}};
    std::string period = period_for(view, n, context);
    if (!period.empty()) draft.slot["period"] = period;
    else if (context.published) draft.slot["as_of"] = *context.published;
    else if (draft.unresolved.empty()) draft.unresolved = "no date for the rank";
    draft.value = Json{{"literal", literal}};
    if (!hedge.empty()) draft.value["hedge"] = hedge;
    out.push_back(std::move(draft));
  }
};

}  // namespace

const ClaimBuilder& rank_builder() {
  static const RankBuilder builder;
  return builder;
}

}  // namespace factaudit
