#include "factaudit/extract/slot_resolver.hpp"

#include "factaudit/extract/figure_things.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "factaudit/normalize/calendar.hpp"

namespace factaudit {

namespace {

bool is_boundary(const Token& t, const Token* prev) {
  if (t.text() == ";" || t.text() == "(" || t.text() == ")") return true;
  if (t.is("while") || t.is("whereas") || t.is("but") || t.is("although")) return true;
  return (t.is("and") || t.is("with")) && prev && prev->text() == ",";
}

bool is_country(const Lexicon& lexicon, const std::string& id) {
  const EntityRule* e = lexicon.rules().entity(id);
  return e && (e->type == "country" || e->type == "aggregate");
}

std::string other_of(const DocumentContext& c, const std::string& one) {
  if (one == c.home) return c.partner;
  if (one == c.partner) return c.home;
  return "";
}

}  // namespace

Clause clause_of(const SentenceView& view, std::size_t at) {
  Clause c{view.sentence.first, view.sentence.last};
  for (std::size_t i = at; i > view.sentence.first; --i) {
    const Token* prev = i >= 2 ? &view.tokens[i - 2] : nullptr;
    if (is_boundary(view.tokens[i - 1], prev)) {
      c.first = i;
      break;
    }
  }
  for (std::size_t i = at + 1; i < view.sentence.last; ++i) {
    if (is_boundary(view.tokens[i], &view.tokens[i - 1])) {
      c.last = i;
      break;
    }
  }
  return c;
}

std::optional<std::size_t> measure_for(const SentenceView& view, std::size_t m) {
  const auto& ms = view.mentions;
  Clause clause = clause_of(view, ms[m].first);
  // "40,000 tonnes of humanitarian aid", "$2 million worth of imports": the measure named right after
  std::size_t after = ms[m].last;
  if (after < view.sentence.last && (view.tokens[after].is("of") || view.tokens[after].is("worth"))) {
    for (std::size_t k = m + 1; k < ms.size() && ms[k].first <= after + 3; ++k) {
      if (ms[k].kind == MentionKind::measure) return k;
    }
  }
  // "mainly flour ($123 million)": a figure in parentheses speaks of the measure before them
  bool bracketed = ms[m].first > view.sentence.first && view.tokens[ms[m].first - 1].text() == "(";
  // a measure already followed by its own figure is that figure's, unless this figure continues a
  // list of them ("$2 billion in 2022 and $2.4 billion in 2023", "rose from $2 billion to $2.4 billion")
  // or is told of a part of the first ("$90 million, most of which were spices worth $38 million")
  const Token* before = ms[m].first > view.sentence.first ? &view.tokens[ms[m].first - 1] : nullptr;
  bool continues = before && (before->is("and") || before->text() == "," || before->is("to") || is_base_figure(view, m));
  for (std::size_t k = m; k-- > 0;) {
    if (ms[k].first < clause.first && !bracketed) break;
    if (ms[k].kind == MentionKind::measure) return k;
    if (ms[k].kind == MentionKind::amount && ms[k].unit == ms[m].unit && !continues && !bracketed) {
      bool part_of_it = false;
      for (std::size_t i = ms[k].last; i < ms[m].first; ++i) part_of_it = part_of_it || view.tokens[i].is("which");
      if (!part_of_it) break;
    }
  }
  for (std::size_t k = m + 1; k < ms.size(); ++k) {
    if (ms[k].first >= clause.last || ms[k].first > ms[m].last + 8) break;
    if (ms[k].kind == MentionKind::measure) return k;
    if (ms[k].kind == MentionKind::amount) break;
  }
  return std::nullopt;
}

bool told_as_deficit(const SentenceView& view, std::size_t m) {
  auto measure = measure_for(view, m);
  return measure && view.mentions[*measure].kind == MentionKind::measure && view.mentions[*measure].form == "deficit";
}

std::string subject_for(const SentenceView& view, std::size_t measure_mention, const std::string& measure,
                        const Lexicon& lexicon, const DocumentContext& context, std::string& why, std::size_t figure) {
  const MeasureRule* rule = lexicon.rules().measure(measure);
  if (!rule) {
    why = "unknown measure";
    return "";
  }
  const auto& ms = view.mentions;
  std::vector<std::size_t> countries;
  std::set<std::string> distinct;
  // the countries of the measure's clause ("exports to Chile ..., while imports from Peru ...")
  Clause clause = clause_of(view, ms[measure_mention].first);
  // two statements in one clause ("Chile's exports to Peru reached $2.3 billion and imports from Peru
  // $1.3 billion"): a figure's countries lie after the figure before its measure and before the next
  // measure told after it
  Clause whole = clause;
  if (figure < ms.size()) {
    bool after_figure = false;
    for (std::size_t k = 0; k < measure_mention; ++k) {
      if (ms[k].kind == MentionKind::amount && ms[k].first >= clause.first && k != figure) {
        clause.first = ms[k].last;
        after_figure = true;
      }
    }
    // "... worth $2 billion to Peru and Peru exported ...": the new statement starts after the "and"
    for (std::size_t i = clause.first; after_figure && i < ms[measure_mention].first; ++i) {
      if (view.tokens[i].is("and") || view.tokens[i].text() == ",") clause.first = i + 1;
    }
    for (std::size_t k = std::max(figure, measure_mention) + 1; k < ms.size() && ms[k].first < clause.last; ++k) {
      if (ms[k].kind != MentionKind::measure) continue;
      bool own_figure = false;  // a measure with a figure of its own starts another statement
      for (std::size_t j = k + 1; j < ms.size() && ms[j].first < clause.last; ++j) {
        own_figure = own_figure || ms[j].kind == MentionKind::amount;
      }
      if (own_figure) {
        // "... came to $2.38 billion, leaving Egypt with a deficit of $770 million": that statement
        // starts at the separator after this figure
        clause.last = ms[k].first;
        for (std::size_t i = std::max(ms[figure].last, ms[measure_mention].last); i < ms[k].first; ++i) {
          const Token& w = view.tokens[i];
          if (w.text() == "," || w.is("and") || w.is("while") || w.is("whereas")) {
            clause.last = i;
            break;
          }
        }
        break;
      }
    }
  }
  bool borrowed = false;  // the countries are another statement's of the clause: its actors
  for (int pass = 0; pass < 2 && countries.empty(); ++pass) {
    // "Tanzania ran a surplus of $226 million, selling goods worth $700 million to its neighbour": a
    // statement that names no country of its own shares the clause's
    if (pass == 1) {
      clause = whole;
      borrowed = true;
    }
    for (std::size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].first < clause.first || ms[k].first >= clause.last) continue;
      if (ms[k].kind == MentionKind::entity && is_country(lexicon, ms[k].id)) {
        countries.push_back(k);
        distinct.insert(ms[k].id);
      }
    }
  }
  // "trade through the Entikong border post", "between West Kalimantan and Sarawak": a flow of places
  // that are no countries is part of a flow the slot cannot name
  if (rule->subject != SubjectShape::entity) {
    for (std::size_t i = clause.first; i + 1 < clause.last; ++i) {
      const Token& w = view.tokens[i];
      if (!w.is("between") && !w.is("through") && !w.is("via")) continue;
      std::size_t at = view.tokens[i + 1].is("the") ? i + 2 : i + 1;
      if (at >= clause.last || !view.tokens[at].capitalised() || view.tokens[at].type != TokenType::word) continue;
      bool known = false;  // a country, a capital, a time
      for (const Mention& x : ms) known = known || (x.first <= at && at < x.last && x.kind != MentionKind::word);
      if (!known) {
        why = "a flow through or between places that are no countries";
        return "";
      }
    }
  }
  // "Pakistan hopes to benefit. Its trade with Uzbekistan ...": "its" right before the measure stands
  // for the country the sentence before named first
  std::string pronoun;
  for (std::size_t i = ms[measure_mention].first; i-- > clause.first && i + 3 >= ms[measure_mention].first;) {
    if (view.tokens[i].is("its") || view.tokens[i].is("their")) pronoun = context.previous_country;
  }
  if (!pronoun.empty() && !distinct.count(pronoun)) distinct.insert(pronoun);
  else pronoun.clear();
  if (rule->subject == SubjectShape::pair) {
    if (distinct.size() == 2) return *distinct.begin() + "-" + *distinct.rbegin();
    if (distinct.size() > 2) {
      why = "more than two countries named";
      return "";
    }
    if (distinct.size() == 1 && !other_of(context, *distinct.begin()).empty()) return context.pair();
    if (distinct.size() == 1) {
      why = "one country named besides the document's pair";
      return "";
    }
    if (context.pair().empty()) why = "the document names no pair of countries";
    return context.pair();
  }
  if (rule->subject == SubjectShape::entity) {
    std::optional<std::size_t> nearest;
    std::size_t at = ms[measure_mention].first;
    for (std::size_t k : countries) {
      auto d = [&](std::size_t x) { return ms[x].first < at ? at - ms[x].first : ms[x].first - at; };
      if (!nearest || d(k) < d(*nearest)) nearest = k;
    }
    if (!pronoun.empty()) return pronoun;
    if (nearest) return ms[*nearest].id;
    if (context.home.empty()) why = "no country named";
    return context.home;
  }
  // directed: who gives (source) and who receives (destination)
  bool inbound = ms[measure_mention].kind == MentionKind::measure && ms[measure_mention].form == "in";
  std::string source, destination, actor, other, intended;
  for (std::size_t k : countries) {
    const Mention& c = ms[k];
    // "Afghan exports to Kazakhstan did not fall: imports to Kazakhstan from Afghanistan ...": what
    // follows a colon is said anew
    bool colon_between = false;
    for (std::size_t i = c.last; i < ms[measure_mention].first; ++i) colon_between = colon_between || view.tokens[i].text() == ":";
    if (colon_between) continue;
    const Token* before = c.first > view.sentence.first ? &view.tokens[c.first - 1] : nullptr;
    bool of = before && before->is("of") && c.first > ms[measure_mention].first;  // "exports of Kazakhstan"
    // "Afghan-origin imports", "Chinese-made goods": where the goods come from
    std::size_t next = c.last;
    bool hyphen = next < view.sentence.last && view.tokens[next].text() == "-" && !view.tokens[next].space_before;
    if (hyphen) ++next;
    bool origin = next < view.sentence.last &&
                  (view.tokens[next].is("origin") || (hyphen && view.tokens[next].is("made")));
    if (origin || (before && before->is("from"))) source = c.id;
    else if (of && actor.empty()) actor = c.id;
    else if (before && (before->is("to") || before->is("into"))) {
      if (destination.empty()) destination = c.id;  // the first "to X" names where the goods go
    } else if (before && before->is("for")) {
      if (intended.empty()) intended = c.id;  // "a market for Tanzanian goods": weaker than "to"
    }
    else if (c.first < ms[measure_mention].first || borrowed) {  // "Chilean exports"; "aid to fund Peruvian students" is no actor
      if (actor.empty()) actor = c.id;
      else if (other.empty() && c.id != actor) other = c.id;
    } else if (other.empty() && c.id != actor) {  // "Japanese aid rose ..., making Japan ...": the actor again
      other = c.id;
    }
  }
  if (!pronoun.empty() && actor.empty()) actor = pronoun;
  if (inbound) {
    if (destination.empty()) destination = intended;
    // "imports of Kazakhstan", "Kazakh imports": the named country is the one that imports
    if (!actor.empty()) {
      if (destination != actor && !destination.empty() && source.empty()) source = destination;
      destination = actor;
    }
    if (source.empty()) source = other;
  } else {
    if (source.empty()) source = actor;
    // "Afghanistan became a top partner of Kazakhstan thanks to the export of $133.8 million of
    // locomotives to Afghanistan": the sentence's subject is the named destination, not the exporter
    if (source == destination && !other.empty()) source = other;
    if (destination.empty()) destination = intended.empty() ? other : intended;
  }
  if (source.empty() && !destination.empty()) source = other_of(context, destination);
  if (destination.empty() && !source.empty()) destination = other_of(context, source);
  if (source.empty() && destination.empty()) {
    source = inbound ? context.partner : context.home;
    destination = inbound ? context.home : context.partner;
  }
  if (source.empty() || destination.empty() || source == destination) {
    why = "cannot tell which country gives and which receives";
    return "";
  }
  return source + ">" + destination;
}

}  // namespace factaudit

namespace factaudit {

namespace {

/// A measure of the same family that fits the figure's dimension: "aid.food" with tonnes is "aid.food.mass".
std::string fitting_measure(const Lexicon& lexicon, const std::string& measure, const std::string& dimension) {
  const MeasureRule* rule = lexicon.rules().measure(measure);
  if (!rule || dimension.empty() || rule->dimension == dimension) return measure;
  for (const std::string& suffix : {std::string(".") + dimension, std::string(".mass")}) {
    const MeasureRule* sibling = lexicon.rules().measure(measure + suffix);
    if (sibling && sibling->dimension == dimension) return measure + suffix;
  }
  if (measure.rfind("aid.", 0) == 0 && dimension == "mass" && lexicon.rules().measure("aid.food.mass")) return "aid.food.mass";
  return "";
}

/// "it reached $430 million", "the figure rose to ...": the figure's clause speaks of the thing named
/// before, with nothing else in between to name it.
bool refers_back(const SentenceView& view, std::size_t m) {
  Clause clause = clause_of(view, view.mentions[m].first);
  for (std::size_t k = 0; k < m; ++k) {
    const Mention& x = view.mentions[k];
    if (x.first >= clause.first && (x.kind == MentionKind::entity || x.kind == MentionKind::person)) return false;
  }
  // only with a verb that tells a level ("it cost $40 million" may be anything's cost)
  static const std::set<std::string, std::less<>> kLevelVerbs = {"reached", "totalled", "totaled", "stood", "amounted", "came", "was", "were",
                                                    "rose", "fell", "grew", "declined", "increased", "decreased",
                                                    "climbed", "dropped", "hit", "exceeded", "topped", "reaches"};
  for (std::size_t i = clause.first; i + 1 < view.mentions[m].first; ++i) {
    const Token& t = view.tokens[i];
    bool pronoun = t.is("it") || t.is("they") || (t.is("figure") && i > 0 && view.tokens[i - 1].is("the"));
    if (pronoun && kLevelVerbs.count(view.tokens[i + 1].lower())) return true;
  }
  return false;
}

/// "over the year", "during the year", "throughout the year" (not "the year before", "the year to March").
bool over_the_year(const SentenceView& view) {
  const auto& t = view.tokens;
  for (std::size_t i = view.sentence.first + 1; i + 1 < view.sentence.last; ++i) {
    bool over = t[i - 1].is("over") || t[i - 1].is("during") || t[i - 1].is("throughout");
    if (!over || !t[i].is("the") || !t[i + 1].is("year")) continue;
    bool more = i + 2 < view.sentence.last && (t[i + 2].is("to") || t[i + 2].is("before") || t[i + 2].is("after") ||
                                               t[i + 2].is("ending") || t[i + 2].is("ended") || t[i + 2].is("earlier"));
    if (!more) return true;
  }
  return false;
}

/// The measure mention of the figure's clause, nearest to it, that fits the figure's dimension; with
/// `told_as`, only one right after "as" ("shipped 12,700 tonnes of rice as food aid": aid, not exports).
std::optional<std::size_t> fitting_measure_in_clause(const SentenceView& view, std::size_t m, const std::string& dimension,
                                                     const Lexicon& lexicon, bool told_as = false) {
  const auto& ms = view.mentions;
  Clause clause = clause_of(view, ms[m].first);
  std::optional<std::size_t> best;
  auto distance = [&](std::size_t k) { return ms[k].first < ms[m].first ? ms[m].first - ms[k].first : ms[k].first - ms[m].first; };
  for (std::size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].kind != MentionKind::measure || ms[k].first <= clause.first || ms[k].first >= clause.last) continue;
    if (told_as && !view.tokens[ms[k].first - 1].is("as")) continue;
    if (fitting_measure(lexicon, ms[k].id, dimension).empty()) continue;
    if (!best || distance(k) < distance(*best)) best = k;
  }
  return best;
}

}  // namespace

Json figure_slot(const SentenceView& view, std::size_t m, const std::string& dimension, const Lexicon& lexicon,
                           const DocumentContext& context, std::string& why) {
  Json slot = Json::object();
  if (view.mentions[m].range) {
    why = "a range of figures, not one figure";
    return slot;
  }
  // a count names its measure itself ("150 wagons"); otherwise the measure named near the figure
  auto measure_mention = view.mentions[m].kind == MentionKind::amount && !view.mentions[m].id.empty()
                             ? std::optional<std::size_t>(m)
                             : measure_for(view, m);
  std::string measure, subject;
  if (measure_mention && view.mentions[*measure_mention].kind == MentionKind::measure) {
    if (auto as = fitting_measure_in_clause(view, m, dimension, lexicon, true)) measure_mention = as;
  }
  if (measure_mention) {
    measure = fitting_measure(lexicon, view.mentions[*measure_mention].id, dimension);
    if (measure.empty()) {
      // "Japan shipped 12,700 tonnes of rice to the Philippines as food aid": another measure of the
      // clause that fits the figure's unit
      if (auto other = fitting_measure_in_clause(view, m, dimension, lexicon)) {
        measure_mention = other;
        measure = fitting_measure(lexicon, view.mentions[*other].id, dimension);
      }
    }
    if (measure.empty()) {
      why = "the figure's unit does not fit the measure '" + view.mentions[*measure_mention].id + "'";
      return slot;
    }
    slot["measure"] = measure;
    subject = subject_for(view, *measure_mention, measure, lexicon, context, why, m);
    if (subject.empty()) return slot;
  } else if (refers_back(view, m) && !context.carried_measure.empty() && !context.carried_subject.empty()) {
    // "In 2021 it reached $430 million": the measure of the paragraph's last figure
    measure = fitting_measure(lexicon, context.carried_measure, dimension);
    subject = context.carried_subject;
    if (measure.empty()) {
      why = "the figure's unit does not fit the measure '" + context.carried_measure + "'";
      return slot;
    }
  } else {
    why = "no measure named for the figure";
    return slot;
  }
  // "the deficit widened by 12%": a change of the balance's size, whose sign the percentage does not tell
  if (dimension.empty() && measure_mention && view.mentions[*measure_mention].form == "deficit") {
    why = "a change of a deficit (the balance's size, not its value)";
    return slot;
  }
  slot = Json{{"subject", subject}, {"measure", measure}};
  if (measure_mention) {
    const Mention& named = view.mentions[*measure_mention];
    std::string product = named.kind == MentionKind::measure ? product_of(view, named, lexicon) : "";
    if (product.empty() && named.kind == MentionKind::measure && named.last <= view.mentions[m].first) {
      product = product_after(view, view.mentions[m], lexicon);
    }
    if (!product.empty()) slot["product"] = product;
  }
  // "fruit remained the leading export item at $612 million": the figure of one product, not the flow's
  if (measure_mention && !slot.contains("product")) {
    std::size_t after = view.mentions[*measure_mention].last;
    static const std::set<std::string, std::less<>> kOneProduct = {"item", "items", "product", "products", "commodity",
                                                                  "commodities", "good", "line", "category"};
    if (after < view.sentence.last && kOneProduct.count(view.tokens[after].lower())) {
      why = "a figure of one product, not of the whole flow";
      return slot;
    }
  }
  const MeasureRule* rule = lexicon.rules().measure(measure);
  if (rule->item) {
    std::string item = item_of(view, m, measure, lexicon);
    if (item.empty()) {
      why = "nothing named for what the figure counts or measures (" + rule->says + " of what?)";
      return slot;
    }
    if (rule->dimension == "length") {
      // "the 153 km section between Serhetabat and Herat" is not the whole pipeline's length
      RouteStretch stretch = route_stretch(view, m);
      if (!stretch.ends.empty()) {
        item += "-" + stretch.ends;
      } else if (stretch.part) {
        why = "the length of a part of the route (section, stretch, ...) that is not named";
        return slot;
      }
    }
    slot["item"] = item;
    slot.erase("product");
  }
  std::size_t when = view.mentions.size();
  std::string period = period_for(view, m, context, &when);
  // a trade flow in a paragraph that names no period of its own: the period of the document's first
  // figures ("... reached $21.98 billion in 2023." then, a paragraph on, "Exports fell 8.2% to $11.62
  // billion"); trade statistics are told by reporting period, while aid and other sums are often totals
  // over years ("allocated $2.4 million for schools")
  bool trade = measure.rfind("trade.", 0) == 0;
  if (period.empty() && rule->flow && trade && context.carried_period.empty() && takes_carried_period(view) &&
      !names_unread_period(view)) {
    period = context.document_period;
  }
  // "food aid delivered over the year": any flow told "over/during/throughout the year" is of the year
  // the text speaks of, the paragraph's else the document's, when that is a whole year
  if (period.empty() && rule->flow && takes_carried_period(view) && over_the_year(view)) {
    const std::string& year = context.carried_period.empty() ? context.document_period : context.carried_period;
    if (year.size() == 4) period = year;
  }
  // "by November 2023" for a flow: the year up to then; "since 2020": from then on
  if (rule->flow && when < view.mentions.size() && view.mentions[when].hedge == "by" && period.size() == 7) {
    period = period.substr(0, 4) + "-01.." + period;
  }
  if (when < view.mentions.size() && view.mentions[when].hedge == "since" && period.find("..") == std::string::npos) {
    period += "..";
  }
  // "$3.6 billion in the same quarter a year earlier", "$18.1 billion a year earlier": the figure of the
  // period a year before the one the sentence speaks of
  static const std::set<std::string, std::less<>> kSamePart = {"in", "the", "same", "quarter", "period", "month", "months", "half",
                                                  "for", "of", "during", "time"};
  // (a percentage's "year-on-year" is its base, not its own period)
  for (std::size_t k = m + 1; view.mentions[m].kind == MentionKind::amount && k < view.mentions.size() &&
                              view.mentions[k].first <= view.mentions[m].last + 5;
       ++k) {
    const Mention& cue = view.mentions[k];
    bool near = true;  // only "in the same quarter" and the like between the figure and the cue
    for (std::size_t i = view.mentions[m].last; i < cue.first; ++i) near = near && kSamePart.count(view.tokens[i].lower());
    if (!near) break;
    bool base = cue.kind == MentionKind::word && cue.vocabulary == "base" &&
                (cue.id == "previous-year" || cue.id == "same-period");
    bool year_before = false;  // "a year earlier" read as a time: a year before the sentence's own period
    if (cue.kind == MentionKind::time) {
      for (const auto* meaning : lexicon.words().longest(view.tokens, cue.first, cue.last).meanings) {
        year_before = year_before || (meaning->kind == "relative" && meaning->id == "previous-year");
      }
    }
    if (!base && !year_before) continue;
    std::string own = period;
    if (year_before) {
      own.clear();
      for (std::size_t j = 0; j < m; ++j) {
        if (view.mentions[j].kind == MentionKind::time && !view.mentions[j].period.empty()) own = view.mentions[j].period;
      }
      if (own.empty()) break;  // no period of the sentence's own: the time as read stands
    }
    period = own.empty() ? "" : shift_years(own, 1);
    break;
  }
  // a plan, a target or a forecast is not a figure of what happened; nor is a denied one
  Clause clause = clause_of(view, view.mentions[m].first);
  std::size_t told = clause.first;  // "did not fall: imports rose to $14 million" -- what follows a colon is said anew
  for (std::size_t i = clause.first; i < view.mentions[m].first; ++i) {
    if (view.tokens[i].text() == ":") told = i + 1;
  }
  if (std::string denied = not_a_fact(view, lexicon, told, view.mentions[m].first); !denied.empty()) {
    why = denied == "denied" ? "the figure is denied" : "a plan, target or forecast, not a figure of what happened";
    return slot;
  }
  if (period.empty()) {
    for (const Mention& x : view.mentions) {
      if (x.kind == MentionKind::time && x.time.contains("fiscal")) {
        why = "a fiscal year, whose months depend on the country's calendar";
        return slot;
      }
    }
  }
  if (rule->flow) {
    if (period.empty()) {
      why = "no period named for a flow";
      return slot;
    }
    slot["period"] = period;
  } else if (!period.empty() && period.find("..") != std::string::npos) {
    // "since August 2021, more than 190 wagons": a count over an open range, as of publication
    slot["period"] = period;
    if (context.published) slot["as_of"] = *context.published;
  } else if (!period.empty()) {
    slot["as_of"] = period;
  } else if (context.published) {
    slot["as_of"] = *context.published;
  } else {
    why = "no date for the figure and no publication date";
  }
  return slot;
}

std::string not_a_fact(const SentenceView& view, const Lexicon& lexicon, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    const Token& tok = view.tokens[i];
    bool contracted = tok.lower().size() > 3 && tok.lower().compare(tok.lower().size() - 3, 3, "n't") == 0;  // "didn't"
    if (tok.is("not") || tok.is("never") || contracted || tok.is("no")) return "denied";
    auto modal = lexicon.words().longest(view.tokens, i, to);
    for (const auto* meaning : modal.meanings) {
      if (meaning->kind == "modal") return "planned";
    }
  }
  return "";
}


}  // namespace factaudit
