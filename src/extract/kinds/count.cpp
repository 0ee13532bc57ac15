// Count claims: "eleven agreements were signed", "more than 200 bilateral agreements", "only two
// countries have Taliban-accredited ambassadors - China ... and Tashkent ..." (a closed list whose
// members are named after it).
#include <cctype>
#include <set>

#include "factaudit/extract/count_parts.hpp"
#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

bool is_country(const Mention& m, const Lexicon& lexicon) {
  if (m.kind != MentionKind::entity) return false;
  const EntityRule* e = lexicon.rules().entity(m.id);
  return e && e->type == "country";
}

/// The number before a count noun ("eleven", "11", "two"), at most two words away ("eleven
/// cooperation documents"): the mention index, or nullopt.
std::optional<std::pair<std::size_t, std::string>> number_before(const SentenceView& view, std::size_t noun) {
  const auto& t = view.tokens;
  std::size_t start = view.mentions[noun].first;
  for (std::size_t back = 1; back <= 3 && start >= view.sentence.first + back; ++back) {
    std::size_t i = start - back;
    if (t[i].type == TokenType::number && t[i].text().find('.') == std::string::npos && t[i].text().size() <= 5) {
      return std::make_pair(i, *decimal_text(t[i]));
    }
    for (const Mention& m : view.mentions) {
      bool one_of = m.last < view.sentence.last && t[m.last].is("of");  // "one of the agreements"
      if (m.kind == MentionKind::word && m.vocabulary == "number" && m.last == i + 1 && !one_of) {
        return std::make_pair(m.first, m.id);
      }
    }
    if (t[i].is("of")) return std::nullopt;
    if (t[i].type != TokenType::word || t[i].capitalised()) return std::nullopt;
  }
  return std::nullopt;
}

struct LevelTold {
  std::size_t first = 0, last = 0;  // the span: "number of joint ventures had passed 700"
  std::size_t at = 0;               // the number's first token
  std::string literal, hedge;
};

/// "the number of joint ventures had passed 700", "the number of flights rose to 14": a count told by
/// "number of" before its noun and a verb of level after it; nullopt otherwise.
std::optional<LevelTold> number_reached(const SentenceView& view, std::size_t noun) {
  static const std::set<std::string, std::less<>> kLevel = {"reached", "reaches", "stood", "stands", "is", "was", "rose",
                                                            "grew", "increased", "fell", "dropped", "totalled", "totaled",
                                                            "passed", "exceeded", "topped", "surpassed", "hit"};
  const auto& t = view.tokens;
  const auto& ms = view.mentions;
  const std::size_t end = view.sentence.last;
  std::size_t of = ms[noun].first;
  for (std::size_t back = 1; back <= 6 && of > view.sentence.first + back; ++back) {
    if (t[of - back].is("of") && t[of - back - 1].is("number")) {
      of -= back;
      break;
    }
  }
  if (of == ms[noun].first) return std::nullopt;
  // the verb after the noun, past a phrase of place ("weekly flights between Santiago and Lima has passed")
  std::size_t i = ms[noun].last;
  while (i < end && i < ms[noun].last + 8 && !kLevel.count(t[i].lower()) && t[i].type != TokenType::number &&
         t[i].text() != "," && t[i].text() != ";") {
    ++i;
  }
  if (i >= end || !kLevel.count(t[i].lower())) return std::nullopt;
  const bool above = t[i].is("passed") || t[i].is("exceeded") || t[i].is("topped") || t[i].is("surpassed");
  ++i;
  if (i < end && (t[i].is("to") || t[i].is("at"))) ++i;
  LevelTold told;
  told.first = t[of - 2].is("the") && of >= view.sentence.first + 2 ? of - 2 : of - 1;
  for (const Mention& h : ms) {
    if (h.first == i && h.kind == MentionKind::word && h.vocabulary == "hedge") {
      told.hedge = h.id;
      i = h.last;
    }
  }
  if (i >= end || t[i].type != TokenType::number || t[i].text().find('.') != std::string_view::npos) return std::nullopt;
  auto literal = decimal_text(t[i]);
  if (!literal) return std::nullopt;
  if (above && told.hedge.empty()) told.hedge = "more-than";
  told.at = i;
  told.last = i + 1;
  told.literal = *literal;
  return told;
}

class CountBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::count; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    std::size_t listed_until = 0;  // the end of the last enumeration read
    for (std::size_t n = 0; n < ms.size(); ++n) {
      if (ms[n].kind != MentionKind::word || ms[n].vocabulary != "counted" || ms[n].first < listed_until) continue;
      auto number = number_before(view, n);
      std::string hedge;
      DraftClaim draft;
      draft.kind = ClaimKind::count;
      if (number) {
        draft.first = number->first;
        draft.last = ms[n].last;
        for (const Mention& h : ms) {
          if (h.kind == MentionKind::word && h.vocabulary == "hedge" && h.last == number->first) {
            hedge = h.id;
            draft.first = h.first;
          }
        }
      } else if (auto level = number_reached(view, n)) {
        // "the number of joint ventures had passed 700": the count told after its noun
        number = std::make_pair(level->at, level->literal);
        hedge = level->hedge;
        draft.first = level->first;
        draft.last = level->last;
      } else {
        continue;
      }
      // members listed after the noun ("- China ... and Tashkent ...", ": A, B and C")
      std::vector<std::string> members;
      std::size_t after = ms[n].last;
      Clause clause = clause_of(view, ms[n].first);
      // the list starts at a dash, colon or parenthesis soon after the noun ("- China ...", ": A, B and C")
      std::size_t list = after;
      bool listed = false;
      for (std::size_t i = after; i < view.sentence.last && i <= after + 8 && !listed; ++i) {
        listed = (t[i].text() == "-" && t[i].space_before) || t[i].text() == ":" || t[i].text() == "(";  // not a hyphen
        if (listed) list = i;
      }
      std::set<std::string> seen;
      bool first_is_country = false;
      // without a dash or colon, the list is the names right after the noun ("Only two countries, China
      // and Uzbekistan, keep ..."): it ends at the first word that joins no names
      std::size_t end = view.sentence.last;
      if (!listed) {
        static const std::set<std::string, std::less<>> kJoins = {",", "and", "or", "the", "namely", "both"};
        std::size_t i = after;
        while (i < view.sentence.last) {
          const Mention* here = nullptr;
          for (const Mention& m : ms) here = m.first == i ? &m : here;
          if (here && here->kind == MentionKind::entity) i = here->last;
          else if (kJoins.count(t[i].lower())) ++i;
          else break;
        }
        end = i;
      }
      std::string set = set_measure(view, clause, n, lexicon, context);
      std::string place = set.empty() ? "" : set.substr(set.rfind(':') + 1);  // no country is a member in itself
      for (const Mention& m : ms) {
        if (m.first <= list || m.first >= end || m.kind == MentionKind::pair) continue;
        if (seen.empty() && m.kind == MentionKind::entity) first_is_country = is_country(m, lexicon) && m.first <= list + 3;
        if (!is_country(m, lexicon) || m.id == place || !seen.insert(m.id).second) continue;
        members.push_back(m.id);
      }
      // only a count of countries has countries for members ("seven meetings: three in Astana, ...")
      if (!first_is_country || ms[n].id != "countries") members.clear();
      // "three countries" means nothing checkable unless the set is known, closed or listed
      if (ms[n].id == "countries" && set.empty() && hedge != "only" && members.empty()) continue;
      std::string measure = set.empty() ? "count." + ms[n].id : set;
      std::string actor;  // "Kazakhstan opened three consulates": Kazakhstan's count
      if (set.empty()) {
        std::set<std::string> named;  // two countries before the noun: the count is the pair's
        for (std::size_t k = 0; k < n; ++k) {
          if (ms[k].first < clause.first || !is_country(ms[k], lexicon)) continue;
          actor = ms[k].id;
          named.insert(actor);
        }
        if (named.size() > 1) actor.clear();
        // a count of a generic noun is about the words around it in its clause ("three meetings in Astana",
        // "at the business forum in Termez, five agreements were signed"): counts told in other words
        // never share a slot
        std::string about;
        for (std::size_t i = clause.first; i < clause.last; ++i) {
          if (t[i].type != TokenType::word || (i >= number->first && i < ms[n].last)) continue;
          std::string word;  // ids are ASCII: other letters are left out
          for (char c : t[i].lower()) {
            if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) word += c;
          }
          if (!word.empty()) about += (about.empty() ? "" : "-") + word;
        }
        if (!about.empty()) measure += ":" + about.substr(0, 80);
      }
      std::string subject = !set.empty() ? set.substr(set.rfind(':') + 1) : !actor.empty() ? actor : context.pair();
      draft.slot = Json{{"subject", subject}, {"measure", measure}};
      if (draft.slot["subject"] == "") draft.unresolved = "no subject for the count";
      // the count's year is one named before it ("In 2023, eleven agreements ..."), not a year of its list
      std::string period;
      for (const Mention& m : ms) {
        if (m.kind == MentionKind::time && m.year_only && m.last <= draft.first) period = m.period;
      }
      if (!period.empty()) draft.slot["period"] = period;
      else if (context.published) draft.slot["as_of"] = *context.published;
      else if (draft.unresolved.empty()) draft.unresolved = "no date for the count";
      draft.value = Json{{"literal", number->second}};
      if (!hedge.empty()) draft.value["hedge"] = hedge;
      bool closed = hedge == "only";
      if (!members.empty() && (listed || closed)) {
        draft.value["members"] = members;
        if (closed) draft.value["closed"] = true;
      }
      // "seven agreements: four on trade, two on energy and one on health": the parts add up to the total
      auto parts = set.empty() && members.empty() ? enumerated_parts(view, n) : std::nullopt;
      if (parts) draft.value["breakdown"] = parts->qualifier;
      out.push_back(std::move(draft));
      if (!parts) continue;
      const DraftClaim total = out.back();  // a copy: `out` grows below
      listed_until = parts->parts.back().last;  // "three meetings in Astana" is a part, not a count of its own
      for (const CountPart& part : parts->parts) {
        DraftClaim each;
        each.kind = ClaimKind::count;
        each.first = part.first;
        each.last = part.last;
        each.slot = total.slot;
        each.slot[parts->qualifier] = part.label;
        each.value = Json{{"literal", part.literal}};
        each.unresolved = total.unresolved;
        out.push_back(std::move(each));
      }
    }
  }

 private:
  /// "countries have Taliban-accredited ambassadors": the set of countries with an office in {P}, where
  /// P is named in the clause ("in Kabul", "to Afghanistan") or stood for by an organisation in it.
  static std::string set_measure(const SentenceView& view, const Clause& clause, std::size_t noun, const Lexicon& lexicon,
                                 const DocumentContext& context) {
    (void)context;
    if (view.mentions[noun].id != "countries") return "";
    std::string pattern;
    for (std::size_t i = view.mentions[noun].last; i < clause.last && pattern.empty(); ++i) {
      auto m = lexicon.words().longest(view.tokens, i, clause.last);
      for (const auto* meaning : m.meanings) {
        if (meaning->kind == "set") pattern = meaning->id;
      }
    }
    if (pattern.empty()) return "";
    std::string place;
    for (const Mention& m : view.mentions) {
      if (m.first < view.mentions[noun].last || m.first >= clause.last || m.kind != MentionKind::entity) continue;
      const EntityRule* e = lexicon.rules().entity(m.id);
      if (!e) continue;
      const Token& before = view.tokens[m.first - 1];
      if (e->type == "country" && (before.is("in") || before.is("to"))) place = m.id;
      else if (e->type == "organisation" && !e->country.empty() && place.empty()) place = e->country;
    }
    if (place.empty()) return "";
    auto at = pattern.find("{P}");
    return at == std::string::npos ? "" : pattern.replace(at, 3, place);
  }
};

}  // namespace

const ClaimBuilder& count_builder() {
  static const CountBuilder builder;
  return builder;
}

}  // namespace factaudit
