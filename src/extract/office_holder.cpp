// Who holds a title in a sentence: the name after it ("Ambassador Rui Costa"), the name before it
// ("Rui Costa, Brazil's ambassador"), and the name after a second title joined to it.
#include "factaudit/extract/office_holder.hpp"

#include <set>

namespace factaudit {

bool is_person(const Mention& m, const Lexicon& lexicon) {
  if (m.kind == MentionKind::person) return true;
  if (m.kind != MentionKind::entity) return false;
  const EntityRule* e = lexicon.rules().entity(m.id);
  return e && e->type == "person";
}

bool is_organisation(const Mention& m, const Lexicon& lexicon) {
  if (m.kind != MentionKind::entity) return false;
  const EntityRule* e = lexicon.rules().entity(m.id);
  return e && e->type == "organisation";
}

bool is_country(const Mention& m, const Lexicon& lexicon) {
  if (m.kind != MentionKind::entity) return false;
  const EntityRule* e = lexicon.rules().entity(m.id);
  return e && e->type == "country";
}

namespace {

/// Tokens that may stand between a title and its holder's name: "Ambassador of Brazil to Argentina Rui Costa".
bool connector(const Token& t) {
  return t.text() == "," || t.is("of") || t.is("to") || t.is("in") || t.is("the") || t.is("at") || t.is("'s");
}

}  // namespace

std::optional<Holder> holder_of(const SentenceView& view, std::size_t title, const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  // a second title joined by "and" or a dash ("Deputy Prime Minister and Minister of Trade and Integration
  // Serik Zhumangarin", "Deputy Prime Minister – Minister of Foreign Affairs X"): the name after it holds both
  std::size_t end = ms[title].last;
  bool joined = end < view.sentence.last &&
                (t[end].is("and") || t[end].text() == "-" || t[end].text() == "\u2013" || t[end].text() == "\u2014");
  if (end + 1 < view.sentence.last && joined && t[end + 1].capitalised()) {
    std::size_t i = end + 1;
    while (i < view.sentence.last && i < end + 10 &&
           (t[i].is("of") || t[i].is("and") || t[i].is("for") || (t[i].type == TokenType::word && t[i].capitalised()))) {
      bool person_here = false;
      for (std::size_t k = title + 1; k < ms.size(); ++k) person_here = person_here || (ms[k].first == i && is_person(ms[k], lexicon));
      if (person_here) {
        for (std::size_t k = title + 1; k < ms.size(); ++k) {
          if (ms[k].first == i) return Holder{k, false};
        }
      }
      ++i;
    }
  }
  // after the title: only countries and connectors in between
  for (std::size_t k = title + 1; k < ms.size() && ms[k].first <= ms[title].last + 8; ++k) {
    if (is_person(ms[k], lexicon)) {
      bool clear = true;
      std::size_t at = ms[title].last;
      for (std::size_t j = title + 1; j < k && clear; ++j) {
        for (; at < ms[j].first && clear; ++at) clear = connector(t[at]);
        clear = clear && is_country(ms[j], lexicon);
        at = ms[j].last;
      }
      bool comma = false;
      for (; at < ms[k].first && clear; ++at) {
        clear = connector(t[at]);
        comma = comma || t[at].text() == ",";
      }
      // "the ambassador, Rui Costa, said" is an apposition; "with the ambassador, Muttaqi praised" is not
      std::size_t next = ms[k].last;
      bool closed = next >= view.sentence.last || t[next].text() == "," || t[next].text() == "." || t[next].text() == ")" ||
                    t[next].text() == ";";
      if (clear && (!comma || closed)) return Holder{k, false};
      break;
    }
    if (!is_country(ms[k], lexicon)) break;
  }
  // before the title: "Rui Costa, Brazil's ambassador", "Rui Costa, the new ambassador", "Rui Costa was
  // appointed ambassador", "Costa was promoted to the post of deputy prime minister"
  static const std::set<std::string, std::less<>> kBetween = {",", "the", "a", "an", "was", "is", "has", "had", "have", "been", "be",
                                                 "as", "to", "of", "position", "post", "role", "office", "then", "-",
                                                 "'s", "who", "now", "currently", "also", "later", "since",
                                                 "served", "serves", "worked", "first", "second", "third", "current",
                                                 "longtime", "outgoing", "incoming", "interim", "acting", "incumbent"};
  for (std::size_t k = title; k-- > 0;) {
    if (ms[k].last + 24 < ms[title].first) break;  // room for an aside between commas
    if (!is_person(ms[k], lexicon)) continue;
    bool clear = true;
    std::size_t from = ms[k].last;
    // an aside between commas ("Serik Zhumangarin, known for his pragmatic views, was promoted to ...")
    if (from < ms[title].first && t[from].text() == ",") {
      for (std::size_t c = from + 1; c < ms[title].first && c < from + 16; ++c) {
        if (t[c].text() == ",") {
          from = c;
          break;
        }
      }
    }
    for (std::size_t at = from; at < ms[title].first && clear; ++at) {
      bool covered = false;  // by a country or a role word ("appointed", "new")
      for (std::size_t j = k + 1; j < title; ++j) {
        // "the Taliban's acting foreign minister": an organisation standing for a country names it too
        bool fits = is_country(ms[j], lexicon) || is_organisation(ms[j], lexicon) ||
                    (ms[j].kind == MentionKind::word && ms[j].vocabulary == "role");
        if (fits && at >= ms[j].first && at < ms[j].last) covered = true;
      }
      clear = covered || kBetween.count(t[at].lower()) > 0;
    }
    if (clear) return Holder{k, true};
    break;
  }
  return std::nullopt;
}

}  // namespace factaudit
