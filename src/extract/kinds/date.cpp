// Date claims: when an event happened -- "the embassy opened in September 2002", "the agreement was
// signed on 12 March 2023". The event is named by what happened (a trigger: opened, signed, visited)
// and to what (an object: embassy, agreement), between whom (the entities of its clause).
#include <algorithm>
#include <set>

#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

bool in_clause(const Mention& m, const Clause& c) { return m.first >= c.first && m.first < c.last; }

/// The words between two mentions, a name or a title counting as one ("a conversation between US Secretary of
/// State Antony Blinken and Foreign Minister Mukhtar Tleuberdi on August 13" is a short way).
std::size_t words_between(const SentenceView& view, const Mention& a, const Mention& b) {
  std::size_t from = std::min(a.last, b.last), to = std::max(a.first, b.first);
  if (to <= from) return 0;
  std::size_t d = to - from;
  for (const Mention& x : view.mentions) {
    bool unit = x.kind == MentionKind::person || x.kind == MentionKind::entity ||
                (x.kind == MentionKind::word && x.vocabulary == "office");
    if (unit && x.first >= from && x.last <= to && x.last > x.first) d -= x.last - x.first - 1;
  }
  return d;
}

/// The mention of `vocabulary` in the clause nearest to mention `at`, within `reach` words; with
/// `before_first`, one before `at` wins over one as near after it ("broken off by Caracas in February
/// 2019, were restored in August": February is the breaking off's).
std::vector<std::size_t> nearest_first(const SentenceView& view, std::size_t at, const Clause& clause,
                                       const char* vocabulary, std::size_t reach, bool before_first = false) {
  const auto& ms = view.mentions;
  std::vector<std::pair<std::size_t, std::size_t>> found;  // (distance, mention)
  for (std::size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].kind != MentionKind::word || ms[k].vocabulary != vocabulary || !in_clause(ms[k], clause)) continue;
    std::size_t d = words_between(view, ms[k], ms[at]);
    if (d > reach) continue;
    if (before_first && ms[k].first > ms[at].first) d += 2;
    found.emplace_back(d, k);
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::size_t> out;
  for (const auto& [d, k] : found) out.push_back(k);
  return out;
}

std::optional<std::size_t> nearest(const SentenceView& view, std::size_t at, const Clause& clause, const char* vocabulary,
                                   std::size_t reach, bool before_first = false) {
  std::vector<std::size_t> all = nearest_first(view, at, clause, vocabulary, reach, before_first);
  return all.empty() ? std::nullopt : std::optional<std::size_t>(all.front());
}

/// The time mention of the clause nearest to the trigger.
std::optional<std::size_t> nearest_time(const SentenceView& view, std::size_t trigger, const Clause& clause) {
  const auto& ms = view.mentions;
  std::optional<std::size_t> best;
  std::size_t best_distance = 0;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].kind != MentionKind::time || ms[k].time.contains("from") || ms[k].time.contains("fiscal") || !in_clause(ms[k], clause)) continue;
    // "met in March": a time after its trigger is the more likely one ("In 2003 it opened" still works)
    std::size_t d = ms[k].first < ms[trigger].first ? ms[trigger].first - ms[k].last + 3 : ms[k].first - ms[trigger].last;
    if (!best || d < best_distance) {
      best = k;
      best_distance = d;
    }
  }
  return best;
}

/// A slot of this statement's own, never compared with another: ":at-" and the words of its time.
std::string own_slot(const SentenceView& view, const Mention& time) {
  std::string out = ":at";
  for (std::size_t k = time.first; k < time.last; ++k) {
    if (view.tokens[k].type != TokenType::punct) out += "-" + std::string(view.tokens[k].lower());
  }
  return out;
}

/// The year a time value falls in, when one year can be told ("" otherwise).
std::string year_of(const Json& time, const DocumentContext& context) {
  if (time.contains("date")) return time["date"].get<std::string>().substr(0, 4);
  std::string relative = time.value("relative", "");
  if (!context.time.published_year) return "";
  int y = *context.time.published_year;
  if (relative == "this-year" || relative == "now") return std::to_string(y);
  if (relative == "last-year") return std::to_string(y - 1);
  if (relative == "next-year") return std::to_string(y + 1);
  if (relative == "last-occurrence" && context.time.published_month && time.contains("month")) {
    return std::to_string(time["month"].get<int>() <= *context.time.published_month ? y : y - 1);
  }
  return "";
}

class DateBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::date; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    context.told_events.clear();
    std::set<std::size_t> dated_triggers;
    for (std::size_t m = 0; m < ms.size(); ++m) {
      if (ms[m].kind != MentionKind::time || ms[m].time.contains("from") || ms[m].time.contains("fiscal")) continue;
      if (ms[m].time.value("relative", "") == "now") continue;  // "now" dates no event
      Clause clause = clause_of(view, ms[m].first);
      // "opening of the embassy in Astana (1993)": a bracketed date is the date of what comes before it
      bool bracketed = ms[m].first > view.sentence.first + 1 && view.tokens[ms[m].first - 1].text() == "(" &&
                       ms[m].last < view.sentence.last && view.tokens[ms[m].last].text() == ")";
      if (bracketed) {
        std::size_t close = ms[m].last + 1;
        clause = clause_of(view, ms[m].first - 2);
        clause.last = close;
      }
      if (figure_in(view, clause)) continue;  // a figure's period
      // the nearest event word whose own nearest time is this one ("signed ... on 12 April, less than two
      // months after they first met on 21 February": 12 April is the signing's, though "met" is nearer);
      // one time per event, and the same time said again in apposition ("30 years ago, on 12 February 1992")
      std::optional<std::size_t> trigger;
      for (std::size_t k : nearest_first(view, m, clause, "event", 15, true)) {
        auto told = nearest_time(view, k, clause);
        if (told == m || (told && *told + 1 == m && apposition(view, ms[*told], ms[m]))) {
          trigger = k;
          break;
        }
      }
      if (!trigger || aspect_verb(view, ms[*trigger])) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::date;
      draft.first = ms[m].first;
      draft.last = ms[m].last;
      draft.slot = event_slot(view, *trigger, clause, lexicon, context, ms[m].time, own_slot(view, ms[m]), draft.unresolved);
      draft.value = ms[m].time;
      if (draft.unresolved.empty() && after_publication(ms[m].time, context)) {
        draft.unresolved = "a date after publication: a schedule, not an event that happened";
      }
      if (draft.unresolved.empty()) context.dated_events.push_back({draft.slot, ms[*trigger].first});
      dated_triggers.insert(*trigger);
      out.push_back(std::move(draft));
    }
    told_without_date(view, context, lexicon, dated_triggers);
  }

 private:
  /// The event a trigger names, as a slot {subject, measure}: what happened (the trigger), to what (the
  /// object), between whom. A recurring event gets `own`, which makes the slot this statement's alone;
  /// a yearly one its year (from `time`). Sets `why` when the event cannot be named or did not happen.
  static Json event_slot(const SentenceView& view, std::size_t trigger, const Clause& clause, const Lexicon& lexicon,
                         const DocumentContext& context, const Json& time, const std::string& own, std::string& why) {
    const auto& ms = view.mentions;
    // "The Kazakh embassy opened a visa centre": what was opened follows the verb; the embassy did it
    auto object = takes_other_object(view, ms[trigger]) ? nearest_after(view, trigger, clause)
                                                        : nearest(view, trigger, clause, "object", 6);
    std::string measure = "event." + ms[trigger].id;
    std::string repeats = object ? ms[*object].form : "often";
    if (object) measure += ":" + ms[*object].id;
    if (repeats == "yearly") {
      std::string year = time.is_null() ? "" : year_of(time, context);
      if (year.empty()) why = "cannot tell the year of a yearly event";
      measure += ":" + year;
    } else if (repeats == "often") {
      measure += own;  // an event that recurs: this statement's own slot, never compared
    }
    std::string subject = parties(view, clause, lexicon, context);
    // relations between two countries are established once: the pair names the event ("broken off by
    // Caracas": one of the document's two countries acted on the pair's relations)
    // ("relations with 150 countries" are not the pair's)
    bool with = false;
    for (std::size_t i = clause.first; i < clause.last; ++i) with = with || view.tokens[i].is("with");
    if (repeats == "once-per-pair" && !with && !subject.empty() && (subject == context.home || subject == context.partner)) {
      subject = context.pair();
    }
    if (repeats == "once-per-pair" && !country_pair(subject, lexicon)) measure += own;
    if (object && ms[*object].form == "once") {
      // an embassy is one country's in another: "the Kazakh embassy in Kabul" is KZ>AF; when the two
      // cannot be told apart it is this statement's own slot, never another embassy's
      std::string owner = owner_of(view, *object, lexicon);
      std::string host = host_of(view, *object, lexicon);
      if (!owner.empty() && !host.empty() && owner != host) subject = owner + ">" + host;
      else measure += own;
    }
    if (subject.empty() && why.empty()) why = "no parties named for the event";
    // "plans to open an embassy in 2026", "the treaty was never ratified": no date of what happened
    std::size_t said = clause.first;
    for (std::size_t i = clause.first; i < ms[trigger].first; ++i) {
      if (view.tokens[i].text() == ":") said = i + 1;
    }
    std::string not_fact = not_a_fact(view, lexicon, said, ms[trigger].first);
    if (not_fact == "planned") why = "a plan or forecast, not an event that happened";
    if (not_fact == "denied") why = "the event is denied";
    return Json{{"subject", subject}, {"measure", measure}};
  }

  /// A date that begins after the publication date ends ("talks in the first quarter of 2025" in an
  /// article of September 2024), compared at the precision both have.
  static bool after_publication(const Json& time, const DocumentContext& context) {
    if (!context.published || !time.contains("date") || !time["date"].is_string() || time.contains("hedge")) return false;
    const std::string date = time["date"];
    const std::string& published = *context.published;
    std::size_t n = std::min(date.size(), published.size());
    return date.compare(0, n, published, 0, n) > 0;
  }

  /// The events the sentence tells without a date ("Several days later, Kazakhstan admitted 135 staff"),
  /// for the orderings that place them; each recurring one is its own ("told-" and where it is told).
  static void told_without_date(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
                                const std::set<std::size_t>& dated) {
    const auto& ms = view.mentions;
    for (std::size_t k = 0; k < ms.size(); ++k) {
      if (dated.count(k) || ms[k].kind != MentionKind::word || ms[k].vocabulary != "event" || aspect_verb(view, ms[k])) {
        continue;
      }
      Clause clause = clause_of(view, ms[k].first);
      std::string why;
      std::string own = ":told-" + context.document + "-" + std::to_string(ms[k].first);
      Json slot = event_slot(view, k, clause, lexicon, context, Json(), own, why);
      if (why.empty()) context.told_events.push_back({slot, ms[k].first});
    }
  }

  /// A verb followed by what it acts on ("opened a visa centre", "opened its embassy"): a determiner
  /// right after it.
  static bool takes_other_object(const SentenceView& view, const Mention& trigger) {
    std::size_t next = trigger.last;
    if (next >= view.sentence.last) return false;
    const Token& t = view.tokens[next];
    return t.is("a") || t.is("an") || t.is("the") || t.is("its") || t.is("their") || t.is("his") || t.is("her");
  }
  /// The event object right after the verb's determiner, within three words ("opened its new embassy").
  static std::optional<std::size_t> nearest_after(const SentenceView& view, std::size_t trigger, const Clause& clause) {
    const auto& ms = view.mentions;
    for (std::size_t k = trigger + 1; k < ms.size() && ms[k].first < clause.last && ms[k].first <= ms[trigger].last + 4; ++k) {
      if (ms[k].kind == MentionKind::word && ms[k].vocabulary == "object") return k;
    }
    return std::nullopt;
  }

  /// "began to decline", "started to grow": a verb of beginning before an infinitive starts no event.
  static bool aspect_verb(const SentenceView& view, const Mention& trigger) {
    static const std::set<std::string, std::less<>> kBeginning = {"began", "begun", "begin", "begins", "started", "start", "starts",
                                                     "commenced"};
    std::size_t next = trigger.last;
    if (!kBeginning.count(view.tokens[next - 1].lower())) return false;
    return next + 1 < view.sentence.last && view.tokens[next].is("to") && view.tokens[next + 1].type == TokenType::word;
  }
  static bool figure_in(const SentenceView& view, const Clause& clause) {
    for (const Mention& x : view.mentions) {
      if ((x.kind == MentionKind::amount || x.kind == MentionKind::percent) && in_clause(x, clause)) return true;
    }
    return false;
  }
  /// The country an object belongs to: an adjective or possessive right before it ("the Kazakh embassy",
  /// "Kazakhstan's embassy"), "of X" after it, or the country that opens it ("Kazakhstan opened its embassy").
  static std::string owner_of(const SentenceView& view, std::size_t object, const Lexicon& lexicon) {
    const auto& ms = view.mentions;
    for (std::size_t k = object; k-- > 0 && ms[k].last + 3 >= ms[object].first;) {
      if (is_country_mention(ms[k], lexicon)) return ms[k].id;
    }
    std::size_t after = ms[object].last;
    for (std::size_t k = object + 1; k < ms.size() && ms[k].first <= after + 1; ++k) {
      if (is_country_mention(ms[k], lexicon) && view.tokens[ms[k].first - 1].is("of")) return ms[k].id;
    }
    Clause clause = clause_of(view, ms[object].first);
    for (std::size_t k = 0; k < object; ++k) {
      if (ms[k].first >= clause.first && is_country_mention(ms[k], lexicon) && ms[k].form != "capital") return ms[k].id;
    }
    return "";
  }
  /// The country it is in: "in Kabul", "in Afghanistan", "to Afghanistan" after it.
  static std::string host_of(const SentenceView& view, std::size_t object, const Lexicon& lexicon) {
    const auto& ms = view.mentions;
    for (std::size_t k = object + 1; k < ms.size() && ms[k].first <= ms[object].last + 4; ++k) {
      if (!is_country_mention(ms[k], lexicon)) continue;
      const Token& before = view.tokens[ms[k].first - 1];
      if (before.is("in") || before.is("to") || before.is("at")) return ms[k].id;
    }
    return "";
  }
  /// Two times with only a comma, a dash or "on"/"in" between them.
  static bool apposition(const SentenceView& view, const Mention& a, const Mention& b) {
    for (std::size_t i = a.last; i < b.first; ++i) {
      const Token& t = view.tokens[i];
      if (t.text() != "," && t.text() != "-" && !t.is("on") && !t.is("in")) return false;
    }
    return b.first > a.last;
  }
  /// "KZ-MN": exactly two countries.
  static bool country_pair(const std::string& subject, const Lexicon& lexicon) {
    auto dash = subject.find('-');
    if (dash == std::string::npos || subject.find('-', dash + 1) != std::string::npos) return false;
    const EntityRule* a = lexicon.rules().entity(subject.substr(0, dash));
    const EntityRule* b = lexicon.rules().entity(subject.substr(dash + 1));
    return a && b && a->type == "country" && b->type == "country";
  }
  static bool is_country_mention(const Mention& m, const Lexicon& lexicon) {
    if (m.kind != MentionKind::entity) return false;
    const EntityRule* e = lexicon.rules().entity(m.id);
    return e && e->type == "country";
  }
  /// The countries and organisations of the clause, sorted and joined ("AF-KZ"); the document's pair
  /// when the clause names none.
  static std::string parties(const SentenceView& view, const Clause& clause, const Lexicon& lexicon,
                             const DocumentContext& context) {
    std::set<std::string> ids;
    for (const Mention& x : view.mentions) {
      // "In Beijing, the two countries announce ...": the place, not a party
      bool place = x.form == "capital" && x.first > view.sentence.first &&
                   (view.tokens[x.first - 1].is("in") || view.tokens[x.first - 1].is("at"));
      if (x.kind != MentionKind::entity || !in_clause(x, clause) || place) continue;
      const EntityRule* e = lexicon.rules().entity(x.id);
      if (e && (e->type == "country" || e->type == "organisation")) ids.insert(x.id);
    }
    if (ids.empty()) return context.pair();
    if (ids.size() > 3) return "";
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : "-") + id;
    return out;
  }
};

}  // namespace

const ClaimBuilder& date_builder() {
  static const DateBuilder builder;
  return builder;
}

}  // namespace factaudit
