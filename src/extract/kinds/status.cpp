// Status claims: a state that holds between parties and the day it changes -- "Kazakhstan does not
// share a border with Afghanistan", "has never recognised the Taliban government", "removed the
// Taliban from its list of banned organisations in December", "Armenia joined the EAEU in 2015".
// The words and the shape of each status are rules (lexicon `statuses`); this file finds the parties.
#include <set>

#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

bool in_clause(const Mention& m, const Clause& c) { return m.first >= c.first && m.first < c.last; }

bool is_party(const Mention& m, const Lexicon& lexicon, bool organisations) {
  if (m.kind != MentionKind::entity || m.form == "group") return false;
  const EntityRule* e = lexicon.rules().entity(m.id);
  return e && (e->type == "country" || (organisations && e->type == "organisation"));
}

/// An organisation, or a named group of states one can be a member of ("the European Union").
bool is_organisation_or_group(const Mention& m, const Lexicon& lexicon) {
  if (m.kind != MentionKind::entity) return false;
  if (m.form == "group") return true;
  const EntityRule* e = lexicon.rules().entity(m.id);
  return e && e->type == "organisation";
}

/// The status meaning of a word mention: its own vocabulary, or a status phrase of the same words that
/// another vocabulary took first ("removed" is also an office role).
const PhraseMeaning* status_meaning(const SentenceView& view, const Mention& m, const Lexicon& lexicon) {
  if (m.kind != MentionKind::word) return nullptr;
  auto match = lexicon.words().longest(view.tokens, m.first, view.sentence.last);
  if (match.length != m.last - m.first) return nullptr;
  for (const auto* meaning : match.meanings) {
    if (meaning->kind == "status") return meaning;
  }
  return nullptr;
}

bool denies(const Token& t) {
  bool contracted = t.lower().size() > 3 && t.lower().compare(t.lower().size() - 3, 3, "n't") == 0;
  return t.is("not") || t.is("never") || t.is("no") || t.is("non") || t.is("without") || contracted;
}

/// What the words before a status say of it: denied ("has not", "never", "no common border",
/// "non-recognition"), hypothetical ("may join", "whether to recognise": no claim), or plainly told.
struct Polarity {
  bool denied = false, never = false, hypothetical = false;
  std::size_t first = 0;  // where the denial starts
};

Polarity polarity_of(const SentenceView& view, const Mention& trigger, const Clause& clause, const Lexicon& lexicon) {
  const auto& t = view.tokens;
  Polarity p;
  p.first = trigger.first;
  std::size_t floor = trigger.first > clause.first + 4 ? trigger.first - 4 : clause.first;
  for (std::size_t i = trigger.first; i-- > floor;) {
    if (t[i].type == TokenType::punct && t[i].text() != "-") break;
    if (t[i].is("without") || t[i].is("whether") || t[i].is("if") || t[i].is("unless") || t[i].is("until") ||
        t[i].is("possible") || t[i].is("possibly") || t[i].is("eventual") || t[i].is("potential")) {
      p.hypothetical = true;
    } else if (denies(t[i]) || (t[i].is("yet") && i + 1 < t.size() && t[i + 1].is("to"))) {
      p.denied = true;
      p.never = p.never || t[i].is("never");
      p.first = i;
    }
  }
  for (std::size_t i = trigger.first; i < trigger.last; ++i) {  // "does not border" as one phrase
    if (denies(t[i])) p.denied = true;
  }
  for (std::size_t i = clause.first; i < trigger.first; ++i) {
    auto modal = lexicon.words().longest(t, i, trigger.first);
    for (const auto* meaning : modal.meanings) p.hypothetical = p.hypothetical || meaning->kind == "modal";
  }
  return p;
}

/// What a holder status is towards: the entity named right after the words ("recognised the Taliban",
/// "recognition of Kosovo"), else the words themselves ("accredited an Afghan trade attaché" ->
/// "AF-trade-attache"). `end` gets the last token used; "" when nothing follows.
std::string object_after(const SentenceView& view, std::size_t trigger, const Clause& clause, std::size_t& end) {
  static const std::set<std::string, std::less<>> kSkip = {"the", "a", "an", "its", "their", "his", "her", "of", "officially",
                                              "formally", "new"};
  static const std::set<std::string, std::less<>> kStop = {"in", "on", "at", "from", "to", "by", "for", "with", "and", "as",
                                              "under", "since", "until", "after", "before", "or", "but", "that"};
  static const std::set<std::string, std::less<>> kGeneric = {"government", "authorities", "regime", "administration", "movement",
                                                 "independence", "sovereignty", "leadership", "rule"};
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  std::string words;
  std::size_t i = ms[trigger].last, k = trigger + 1;
  end = i;
  for (int taken = 0; i < clause.last && taken < 4;) {
    while (k < ms.size() && ms[k].first < i) ++k;
    if (k < ms.size() && ms[k].first == i && ms[k].kind == MentionKind::entity) {
      if (ms[k].form != "adjective") {  // a name or a group  // a name: the object itself ("the Taliban government")
        end = ms[k].last;
        for (std::size_t g = end; g < clause.last && kGeneric.count(t[g].lower()); ++g) end = g + 1;
        return ms[k].id;
      }
      words += (words.empty() ? "" : "-") + ms[k].id;
      i = end = ms[k].last;
      ++taken;
      continue;
    }
    if (t[i].type != TokenType::word || kStop.count(t[i].lower())) break;
    if (!kSkip.count(t[i].lower()) || !words.empty()) {
      words += (words.empty() ? "" : "-") + person_id(t[i].lower()).substr(7);  // ASCII letters ("attaché" -> "attache")
      ++taken;
    }
    end = ++i;
  }
  return words;
}

/// Words that may stand between a holder and its status ("Kazakhstan has never officially recognised").
bool between_holder_and_status(const Token& t) {
  static const std::set<std::string, std::less<>> kWords = {
      "is", "was", "are", "were", "has", "have", "had", "been", "be", "become", "became", "a", "an", "the",
      "full", "also", "already", "officially", "formally", "not", "never", "no", "longer", "'s", "'", "still",
      "yet", "to", "de", "facto", "jure", "since", "then", "non", "-", "by", "means", "any", "its", "their"};
  return kWords.count(t.lower()) || denies(t);
}

/// The country that holds a status: "by X" right after the words; else the country right before them
/// with only auxiliaries, adverbs and denials between ("Kazakhstan has not recognised", "Kazakhstan's
/// non-recognition"); "its"/"their" there stands for the nearest country before it.
std::optional<std::size_t> holder_of(const SentenceView& view, std::size_t trigger, const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  for (std::size_t k = trigger + 1; k < ms.size() && ms[k].first <= ms[trigger].last + 5; ++k) {
    if (is_party(ms[k], lexicon, false) && t[ms[k].first - 1].is("by")) return k;
  }
  bool pronoun = false;
  std::size_t i = ms[trigger].first;
  for (std::size_t k = trigger;; --i) {
    while (k > 0 && ms[k - 1].last > i) --k;  // ms[k - 1]: the nearest mention ending by token i
    if (k > 0 && ms[k - 1].last == i && is_party(ms[k - 1], lexicon, false) && (!pronoun || ms[k - 1].form != "adjective")) {
      return k - 1;
    }
    if (i == view.sentence.first) return std::nullopt;
    const Token& before = t[i - 1];
    if (before.text() == ";" || (!pronoun && !between_holder_and_status(before))) return std::nullopt;
    if (before.is("its") || before.is("their")) pronoun = true;
  }
}

/// The country whose list it is: the nearest country before the words that is not `skip` and is not
/// the object of a preposition ("the Consulate of Afghanistan").
std::optional<std::size_t> lister_of(const SentenceView& view, std::size_t trigger, const Lexicon& lexicon,
                                     const std::string& skip) {
  const auto& ms = view.mentions;
  for (std::size_t k = trigger; k-- > 0;) {
    if (view.tokens[ms[k].first].text() == ";") break;
    if (!is_party(ms[k], lexicon, false) || ms[k].id == skip) continue;
    const Token* before = ms[k].first > view.sentence.first ? &view.tokens[ms[k].first - 1] : nullptr;
    if (before && (before->is("of") || before->is("in") || before->is("to") || before->is("from") || before->is("with"))) continue;
    return k;
  }
  return std::nullopt;
}

/// The time of the status: the time mention of the clause nearest to its words, else "now" (`by`:
/// the change happened by now).
Json time_of(const SentenceView& view, const Mention& trigger, std::size_t said_end, const Clause& clause, bool by) {
  const Mention* best = nullptr;
  std::size_t best_distance = 0;
  for (const Mention& x : view.mentions) {
    if (x.kind != MentionKind::time || x.time.contains("from") || x.time.contains("fiscal") || !in_clause(x, clause)) continue;
    std::size_t from = std::min(x.last, trigger.last), to = std::max(x.first, trigger.first);
    bool joined = false;  // "became operational in 2024 and accredited": the time is the other verb's
    for (std::size_t i = from; i < to; ++i) joined = joined || view.tokens[i].is("and");
    if (joined) continue;
    // before the words, or after what they say ("removed the Taliban from its list in 2022")
    std::size_t d = x.first < trigger.first ? trigger.first - x.last : x.first - std::min(x.first, std::max(trigger.last, said_end));
    if (d > 8) continue;  // "sales exceeded $2 billion last year, for two economies that share a border"
    if (!best || d < best_distance) {
      best = &x;
      best_distance = d;
    }
  }
  if (best) return best->time;
  Json now{{"relative", "now"}};
  if (by) now["hedge"] = "by";
  return now;
}

class StatusBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::status; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    for (std::size_t m = 0; m < ms.size(); ++m) {
      const PhraseMeaning* meaning = status_meaning(view, ms[m], lexicon);
      if (!meaning) continue;
      const StatusRule* rule = lexicon.rules().extraction.status(meaning->id);
      if (!rule) continue;
      bool compound = ms[m].first > view.sentence.first + 1 && view.tokens[ms[m].first - 1].text() == "-";
      if (compound && !view.tokens[ms[m].first - 2].is("non")) continue;  // "Taliban-accredited", not "non-recognition"
      Clause clause = clause_of(view, ms[m].first);
      Polarity polarity = polarity_of(view, ms[m], clause, lexicon);
      if (polarity.hypothetical) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::status;
      draft.first = polarity.first;
      draft.last = ms[m].last;
      std::string subject, status;
      if (rule->shape == "pair") {
        subject = pair_of(view, clause, lexicon, context);
        status = rule->id + ":" + subject;
        if (subject.empty()) draft.unresolved = "cannot tell which two countries";
      } else if (rule->shape == "listed") {
        if (!listed(view, m, clause, lexicon, context, subject, status, draft)) continue;
        status = rule->id + status;
      } else {
        std::size_t end = 0;
        std::string object = object_after(view, m, clause, end);
        bool organisation = false;
        for (std::size_t k = m + 1; k < ms.size() && ms[k].first < end; ++k) {
          organisation = organisation || is_organisation_or_group(ms[k], lexicon);
        }
        if (rule->shape == "member" && !organisation) continue;  // "joined the talks": no membership
        if (object.empty()) continue;
        draft.last = std::max(draft.last, end);
        auto holder = holder_of(view, m, lexicon);
        if (!holder && rule->shape == "member") continue;  // "admitted members of UNAMA": people, not a country
        if (holder) subject = ms[*holder].id;
        else if (the_country_before(view, ms[m].first, clause)) subject = context.previous_country;
        if (subject.empty()) draft.unresolved = "no country named as the holder";
        status = rule->id + ":" + subject + ":" + object;
      }
      std::string change = meaning->extra;
      Json time = time_of(view, ms[m], draft.last, clause, change != "state" && !polarity.denied);
      if (polarity.denied || change == "state") {
        draft.value = Json{{"state", !polarity.denied}, {"time", time}};
        if (polarity.never) draft.value["never"] = true;
      } else {
        draft.value = Json{{"change", change}, {"time", time}};
      }
      draft.slot = Json{{"subject", subject}, {"measure", "status"}, {"status", status}};
      if (draft.unresolved.empty() && !polarity.denied) first_in_group(view, ms[m], clause, draft, context, out);
      out.push_back(std::move(draft));
    }
  }

 private:
  /// "Kazakhstan was the first in the region to remove the Taliban from its list": the acting country
  /// changed the status before every other member of the group that did.
  static void first_in_group(const SentenceView& view, const Mention& trigger, const Clause& clause, const DraftClaim& status,
                             const DocumentContext& context, std::vector<DraftClaim>& out) {
    const auto& t = view.tokens;
    std::string key = status.slot["status"].get<std::string>();
    std::string subject = status.slot["subject"].get<std::string>();
    // the acting country: the lister of a list, the holder otherwise
    std::size_t colon = key.find(':');
    std::size_t second = colon == std::string::npos ? colon : key.find(':', colon + 1);
    if (second == std::string::npos) return;
    std::string actor = key.substr(colon + 1, second - colon - 1);
    if (actor.empty() || !status.value.contains("change") || !context.published) return;
    // before the change ("the first in the region to remove ..."), or after it, taking it up again
    // ("removed ... from its list, becoming the first country in Central Asia to do so")
    std::size_t floor = trigger.first > clause.first + 10 ? trigger.first - 10 : clause.first;
    const std::size_t ceiling = std::min<std::size_t>(view.sentence.last, trigger.last + 14);
    for (std::size_t i = floor; i + 1 < ceiling; ++i) {
      if (i + 1 >= trigger.first && i < trigger.last) continue;
      if (!t[i].is("the") || !t[i + 1].is("first")) continue;
      const bool after = i >= trigger.last;
      std::string group;
      std::size_t end = i + 2;
      for (const Mention& g : view.mentions) {
        bool inside = g.first >= i + 2 && g.first <= i + 6 && (after || g.last <= trigger.first);
        if (g.kind == MentionKind::entity && g.form == "group" && inside && group.empty()) {
          group = g.id;
          end = g.last;
        }
      }
      if (group.empty()) return;
      bool so = end + 2 < view.sentence.last && t[end].is("to") && t[end + 1].is("do") &&
                (t[end + 2].is("so") || t[end + 2].is("this") || t[end + 2].is("that"));
      if (after && !so) return;
      std::string templ = key.substr(0, colon + 1) + "{X}" + key.substr(second);
      std::string owner = subject == actor ? "{X}" : subject;
      DraftClaim first;
      first.kind = ClaimKind::rank;
      first.first = i;
      first.last = end;
      first.slot = Json{{"subject", actor}, {"measure", "rank.first"}, {"as_of", *context.published}};
      first.value = Json{{"first", true}, {"group", group}, {"event", "status:" + owner + ":" + templ}};
      out.push_back(std::move(first));
      return;
    }
  }

  /// The two countries of a pair status: "the two countries", or exactly two countries in the clause.
  static std::string pair_of(const SentenceView& view, const Clause& clause, const Lexicon& lexicon,
                             const DocumentContext& context) {
    std::set<std::string> ids;
    for (const Mention& x : view.mentions) {
      if (!in_clause(x, clause)) continue;
      if (x.kind == MentionKind::pair) return context.pair();
      if (is_party(x, lexicon, false)) ids.insert(x.id);
    }
    if (ids.size() != 2) return "";
    return *ids.begin() + "-" + *ids.rbegin();
  }

  /// "the country" before the words, in their clause: the country the sentence before named first.
  static bool the_country_before(const SentenceView& view, std::size_t at, const Clause& clause) {
    for (std::size_t i = clause.first; i + 1 < at; ++i) {
      if (view.tokens[i].is("the") && view.tokens[i + 1].is("country")) return true;
    }
    return false;
  }

  /// "the movement", "the group", "the organisation" in [from, to): an organisation named before.
  static bool names_organisation(const SentenceView& view, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i + 1 < to; ++i) {
      const Token& noun = view.tokens[i + 1];
      if (view.tokens[i].is("the") && (noun.is("movement") || noun.is("group") || noun.is("organisation") ||
                                       noun.is("organization") || noun.is("militants"))) {
        return true;
      }
    }
    return false;
  }

  /// On or off a list: "removed the Taliban from its list of banned organisations", "X was added to
  /// the sanctions list". Without a named list the words say nothing of one: false.
  static bool listed(const SentenceView& view, std::size_t m, const Clause& clause, const Lexicon& lexicon,
                     const DocumentContext& context, std::string& subject, std::string& status,
                     DraftClaim& draft) {  // status: ":lister:list"
    const auto& ms = view.mentions;
    std::optional<std::size_t> list;
    for (std::size_t k = m + 1; k < ms.size() && ms[k].first < clause.last && ms[k].first <= ms[m].last + 8; ++k) {
      if (ms[k].kind == MentionKind::word && ms[k].vocabulary == "list") {
        list = k;
        break;
      }
    }
    if (!list) return false;
    std::optional<std::size_t> listed;  // "remove X from": between; "X was removed from": before
    for (std::size_t k = m + 1; k < *list; ++k) {
      bool whose = k + 1 == *list && ms[k].form == "possessive";  // "taken off Kyrgyzstan's list": the lister
      if (is_party(ms[k], lexicon, true) && !whose) listed = k;
    }
    // "removed the movement from its list": the organisation named before
    bool told_before = !listed && names_organisation(view, ms[m].last, ms[*list].first) && !context.last_organisation.empty();
    for (std::size_t k = m; !listed && !told_before && k-- > 0 && ms[k].first >= clause.first;) {
      if (is_party(ms[k], lexicon, true)) listed = k;
    }
    if (!listed && !told_before) return false;
    subject = listed ? ms[*listed].id : context.last_organisation;
    // whose list: "Kazakhstan's list", else the country that acts
    std::string lister;
    if (*list > 0 && is_party(ms[*list - 1], lexicon, false) && ms[*list - 1].form == "possessive") lister = ms[*list - 1].id;
    if (lister.empty()) {
      auto actor = lister_of(view, m, lexicon, subject);
      if (actor) lister = ms[*actor].id;
    }
    if (lister.empty()) draft.unresolved = "no country named whose list it is";
    status = ":" + lister + ":" + ms[*list].id;
    draft.last = std::max(draft.last, ms[*list].last);
    return true;
  }
};

}  // namespace

const ClaimBuilder& status_builder() {
  static const StatusBuilder builder;
  return builder;
}

}  // namespace factaudit
