// Office claims: who held which office when -- "Ambassador Rui Costa", "Rui Costa, Brazil's new
// ambassador to Argentina", "was appointed foreign minister in May 2023", "former President X".
#include <set>

#include "factaudit/extract/office_country.hpp"
#include "factaudit/extract/office_holder.hpp"
#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

class OfficeBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::office; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    const auto& ms = view.mentions;
    const std::size_t before = out.size();
    remember_family_names(view, context);
    for (std::size_t m = 0; m < ms.size(); ++m) {
      if (ms[m].kind != MentionKind::word || ms[m].vocabulary != "office") continue;
      auto rule = lexicon.rules().office_for_title(ms[m].id);
      if (!rule) continue;
      auto holder = holder_of(view, m, lexicon);
      if (!holder) {
        the_holder_named_before(view, m, *rule, context, lexicon, out);
        continue;
      }
      const Mention& person = ms[holder->mention];
      DraftClaim draft;
      draft.kind = ClaimKind::office;
      draft.first = std::min(person.first, ms[m].first);
      draft.last = std::max(person.last, ms[m].last);
      std::string office = office_id(view, m, *rule, &holder->mention, context, lexicon, draft.unresolved);
      draft.slot = Json{{"subject", person.id}, {"measure", "office"}, {"office", office}};
      if (draft.unresolved.empty()) context.person_offices[person.id].emplace(ms[m].id, office);
      bool is_new = false;
      const Mention* verb = nullptr;
      std::string role = role_of(view, m, *holder, is_new, &verb);
      if (auto term = term_of(view, m); term && role == "holds") {
        // "served as ambassador from 2019 to 2023": took the office at the start, left it at the end
        DraftClaim end = draft;
        draft.value = Json{{"role", "start"}, {"time", (*term)["from"]}};
        end.value = Json{{"role", "end"}, {"time", (*term)["to"]}};
        out.push_back(std::move(draft));
        out.push_back(std::move(end));
        continue;
      }
      draft.value = Json{{"role", role}, {"time", time_of(view, m, role)}};
      if (is_new) draft.value["new"] = true;
      if (role == "holds" && draft.value["time"].value("relative", "") == "now" && past_term(view, m)) {
        draft.unresolved = "held the office until a time not told";
      }
      if (verb) {
        // "Poland's new ambassador, Piotr Nowak, presented his credentials on 14 September": the verb
        // and its time tell the change; a "new" holder is in post now
        DraftClaim change = draft;
        change.first = verb->first;
        change.last = verb->last;
        for (const Mention& x : ms) {
          if (x.kind == MentionKind::time && x.first >= verb->last && x.first <= verb->last + 4) {
            change.last = x.last;
            break;
          }
        }
        if (is_new) {
          draft.value = Json{{"role", "holds"}, {"time", Json{{"relative", "now"}}}};
          out.push_back(std::move(draft));
        }
        out.push_back(std::move(change));
        predecessor(view, m, person, out.back(), out);
        continue;
      }
      out.push_back(std::move(draft));
      predecessor(view, m, person, out.back(), out);
    }
    counterparts(view, lexicon, context, out);
    change_without_title(view, context, out);
    remember_mission(view, out, before, context, lexicon);
    for (std::size_t k = before; k < out.size(); ++k) {
      if (out[k].kind == ClaimKind::office && out[k].unresolved.empty()) name_holder(out[k], context, lexicon);
      // in a chronology's entry, what is told without a time is told of the entry's date, not of now
      if (out[k].kind != ClaimKind::office || !out[k].value.contains("time") || context.entry_time.is_null()) continue;
      Json& time = out[k].value["time"];
      if (time.value("relative", "") == "now") time = context.entry_time;
    }
  }

  /// "... took office on 13 December, replacing Marek Zielinski": the one replaced had left the office
  /// by the time the new holder took it.
  static void predecessor(const SentenceView& view, std::size_t title, const Mention& holder, DraftClaim start,
                          std::vector<DraftClaim>& out) {  // `start` by value: it may live in `out`
    if (start.value.value("role", "") != "start" || !start.unresolved.empty()) return;
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    Clause clause = clause_of(view, ms[title].first);
    for (std::size_t k = 0; k + 1 < ms.size(); ++k) {
      const Mention& w = ms[k];
      if (w.kind != MentionKind::word || w.vocabulary != "role" || w.first < clause.first || w.first >= clause.last) continue;
      const std::string_view verb = t[w.first].lower();
      bool replaces = verb == "replacing" || verb == "replaced" || verb == "succeeding" || verb == "succeeded";
      const Mention& other = ms[k + 1];
      if (!replaces || other.first != w.last || other.kind != MentionKind::person || other.id == holder.id) continue;
      DraftClaim end = start;
      end.first = w.first;
      end.last = other.last;
      end.slot["subject"] = other.id;
      Json time = start.value["time"];
      if (time.contains("date") && !time.contains("hedge")) time["hedge"] = "by";
      end.value = Json{{"role", "end"}, {"time", time}};
      out.push_back(std::move(end));
    }
  }

  /// "Foreign Minister Ana Lopes said ..." before the sentence that makes her Portugal's: the country
  /// this person holds an office of elsewhere in the document.
  bool resolve_late(DraftClaim& draft, const DocumentContext& context, const Lexicon& lexicon) const override {
    if (draft.kind != ClaimKind::office) return false;
    std::string person = draft.slot.value("subject", "");
    std::string office = draft.slot.value("office", "");
    // "High Commissioner Rakesh Menon" and, elsewhere, "India's High Commissioner to Sri Lanka, Rakesh Menon"
    auto offices = context.person_offices.find(person);
    if (offices != context.person_offices.end()) {
      auto same_kind = offices->second.find(office.substr(0, office.find(':')));
      if (same_kind != offices->second.end()) {
        draft.slot["office"] = same_kind->second;
        name_holder(draft, context, lexicon);
        return true;
      }
    }
    auto known = context.person_country.find(person);
    if (known == context.person_country.end()) return false;
    auto rule = lexicon.rules().office_for_title(office.substr(0, office.find(':')));
    if (!rule) return false;
    std::string open = rule->pattern;
    auto x = open.find("{X}");
    if (x == std::string::npos || open.find("{Y}") != std::string::npos || open.replace(x, 3, "") != office) return false;
    std::string filled = rule->pattern;
    draft.slot["office"] = filled.replace(x, 3, known->second);
    name_holder(draft, context, lexicon);
    return true;
  }

 private:
  /// "the Kazakh president", "the president of Kazakhstan" without a name: the one person the document
  /// named before as holding that office.
  static void the_holder_named_before(const SentenceView& view, std::size_t title, const OfficeRule& rule,
                                      DocumentContext& context, const Lexicon& lexicon, std::vector<DraftClaim>& out) {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    std::size_t first = ms[title].first;
    if (title > 0 && ms[title - 1].kind == MentionKind::entity && ms[title - 1].last == first) first = ms[title - 1].first;
    if (first == view.sentence.first || !t[first - 1].is("the")) return;  // "a president", "former president"
    std::string why;
    std::string office = office_id(view, title, rule, nullptr, context, lexicon, why);
    if (!why.empty()) return;
    std::string holder;
    for (const auto& [person, offices] : context.person_offices) {
      for (const auto& [kind, id] : offices) {
        if (id != office) continue;
        if (!holder.empty() && holder != person) return;  // two holders named: which one is meant?
        holder = person;
      }
    }
    if (holder.empty()) return;
    std::size_t last = ms[title].last;
    // "the president of Kazakhstan"
    if (title + 1 < ms.size() && ms[title + 1].kind == MentionKind::entity && ms[title + 1].first == last + 1 && t[last].is("of")) {
      last = ms[title + 1].last;
    }
    DraftClaim draft;
    draft.kind = ClaimKind::office;
    draft.first = first - 1;
    draft.last = last;
    draft.slot = Json{{"subject", holder}, {"measure", "office"}, {"office", office}};
    draft.value = Json{{"role", "holds"}, {"time", time_of(view, title, "holds")}};
    out.push_back(std::move(draft));
  }

  /// "Paredes, who took office in December 2022, said ...", "She took office in January 2023": a change
  /// told of a person (or of "he"/"she" opening the sentence: the person the sentence before named
  /// first) without naming the office is a change of the one office the document gives that person.
  static void change_without_title(const SentenceView& view, const DocumentContext& context, std::vector<DraftClaim>& out) {
    const auto& ms = view.mentions;
    for (const Mention& x : ms) {
      if (x.kind == MentionKind::word && x.vocabulary == "office") return;  // the titled statements say it
    }
    // verbs that can only mean this office ("became" and "was elected" may name another one)
    static const std::set<std::string, std::less<>> kVerbs = {"took", "appointed", "sworn", "assumed", "resigned", "stepped",
                                                 "left", "dismissed", "recalled", "relieved", "vacated"};
    const Token& opening = view.tokens[view.sentence.first];
    bool pronoun = (opening.is("he") || opening.is("she")) && !context.previous_person.empty();
    for (std::size_t w = 0; w < ms.size(); ++w) {
      // the person right before the verb, or the pronoun opening the sentence
      std::string person;
      std::size_t person_end = 0;
      if (w > 0 && ms[w - 1].kind == MentionKind::person) {
        person = ms[w - 1].id;
        person_end = ms[w - 1].last;
      } else if (w == 0 && pronoun) {
        person = context.previous_person;
        person_end = view.sentence.first + 1;
      }
      if (person.empty()) continue;
      auto offices = context.person_offices.find(person);
      if (offices == context.person_offices.end() || offices->second.size() != 1) continue;
      const Mention& verb = ms[w];
      if (verb.kind != MentionKind::word || verb.vocabulary != "role" || verb.first > person_end + 4) continue;
      if (verb.id == "holds" || !kVerbs.count(view.tokens[verb.first].lower())) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::office;
      draft.first = verb.first;
      draft.last = verb.last;
      for (const Mention& t : ms) {
        if (t.kind == MentionKind::time && t.first >= verb.last && t.first <= verb.last + 3) draft.last = t.last;
      }
      draft.slot = Json{{"subject", person}, {"measure", "office"}, {"office", offices->second.begin()->second}};
      draft.value = Json{{"role", verb.id}, {"time", time_of(view, w, verb.id)}};
      out.push_back(std::move(draft));
    }
  }

  /// Every person of the sentence named in two or more words, by the first of them ("Wang Yi" -> "wang").
  static void remember_family_names(const SentenceView& view, DocumentContext& context) {
    for (const Mention& x : view.mentions) {
      if (x.kind != MentionKind::person || x.last < x.first + 2) continue;
      context.family_names.emplace(x.id, person_id(view.tokens[x.first].text()));
    }
  }

  /// The holder of an office of a country whose names put the family name first (China, Vietnam): the
  /// person by the first word of their name, as such names are cited ("Wang Yi" is "person:wang").
  static void name_holder(DraftClaim& draft, const DocumentContext& context, const Lexicon& lexicon) {
    std::string office = draft.slot.value("office", "");
    auto colon = office.find(':');
    if (colon == std::string::npos) return;
    std::string country = office.substr(colon + 1, office.find('>', colon) - colon - 1);
    const EntityRule* e = lexicon.rules().entity(country);
    auto family = context.family_names.find(draft.slot.value("subject", ""));
    if (e && e->family_name_first && family != context.family_names.end()) draft.slot["subject"] = family->second;
  }

  /// "Foreign Minister Ana Lopes met her Spanish counterpart, Carlos Romero": the same one-country
  /// office as the title named before, in the country named right before the word.
  /// The title's own holder, when no country was named for it, is of the document's other country.
  static void counterparts(const SentenceView& view, const Lexicon& lexicon, DocumentContext& context,
                           std::vector<DraftClaim>& out) {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    std::optional<std::size_t> title;
    std::optional<OfficeRule> rule;
    for (std::size_t m = 0; m < ms.size(); ++m) {
      if (ms[m].kind == MentionKind::word && ms[m].vocabulary == "office") {
        title = m;
        rule = lexicon.rules().office_for_title(ms[m].id);
      }
      if (ms[m].kind != MentionKind::word || ms[m].vocabulary != "counterpart") continue;
      // "Kowal and his Lithuanian counterpart, Tomas Vaitkus": without a title in the sentence, the one
      // office the document gave the person named before the word
      std::optional<OfficeRule> named_rule = title ? rule : std::nullopt;
      std::string title_id = title ? ms[*title].id : "";
      for (std::size_t k = m; !title && k-- > 0;) {
        if (ms[k].kind != MentionKind::person) continue;
        auto offices = context.person_offices.find(ms[k].id);
        if (offices != context.person_offices.end() && offices->second.size() == 1) {
          title_id = offices->second.begin()->first;
          named_rule = lexicon.rules().office_for_title(title_id);
        }
        break;
      }
      if (!named_rule) continue;
      rule = named_rule;
      const bool bilateral = rule->pattern.find("{Y}") != std::string::npos;
      if (rule->pattern.find("{X}") == std::string::npos || m == 0 || m + 1 >= ms.size()) continue;
      const Mention& country = ms[m - 1];
      if (!is_country(country, lexicon) || country.last != ms[m].first) continue;
      // an envoy's counterpart placed by the words: "his Iranian counterpart in Riyadh, X" (without the place,
      // the envoy of that country where?)
      std::size_t p = m + 1;
      std::string receiver;
      if (bilateral && is_country(ms[p], lexicon) && ms[p].first == ms[m].last + 1 && t[ms[m].last].is("in")) {
        receiver = ms[p++].id;
      }
      if (p >= ms.size() || (bilateral && (receiver.empty() || receiver == country.id))) continue;
      const Mention& person = ms[p];
      const std::size_t told = ms[p - 1].last;
      bool apposition = person.first == told || (person.first == told + 1 && t[told].text() == ",");
      if (!is_person(person, lexicon) || !apposition) continue;
      DraftClaim draft;
      draft.kind = ClaimKind::office;
      draft.first = country.first;
      draft.last = person.last;
      std::string office = rule->pattern;
      office.replace(office.find("{X}"), 3, country.id);
      if (bilateral) {
        office.replace(office.find("{Y}"), 3, receiver);
        draft.slot = Json{{"subject", person.id}, {"measure", "office"}, {"office", office}};
        draft.value = Json{{"role", "holds"}, {"time", time_of(view, m, "holds")}};
        out.push_back(std::move(draft));
        continue;
      }
      draft.slot = Json{{"subject", person.id}, {"measure", "office"}, {"office", office}};
      draft.value = Json{{"role", "holds"}, {"time", time_of(view, m, "holds")}};
      context.person_country.emplace(person.id, country.id);
      context.person_offices[person.id].emplace(title_id, office);
      std::string other = country.id == context.home ? context.partner : country.id == context.partner ? context.home : "";
      std::string open = rule->pattern;
      open.replace(open.find("{X}"), 3, "");
      for (DraftClaim& d : out) {
        if (d.kind != ClaimKind::office || d.unresolved.empty() || d.slot.value("office", "") != open || other.empty()) continue;
        std::string own = rule->pattern;
        d.slot["office"] = own.replace(own.find("{X}"), 3, other);
        d.unresolved.clear();
        context.person_country.emplace(d.slot.value("subject", ""), other);
      }
      out.push_back(std::move(draft));
    }
  }

  struct ToldCountries {
    std::string x, y;  // the sending country ({X}) and the receiving one ({Y}); "" when not told
  };

  /// The countries the words next to a title name: an adjective, a possessive or "of (the) X" for the
  /// sending country, "to Y", "in Y" for the receiving one.
  static ToldCountries told_countries(const SentenceView& view, std::size_t title, const Lexicon& lexicon) {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    std::string x, y;
    // "Brazil's ambassador", "the Brazilian ambassador", "Brazil ambassador", "Taliban spokesman"
    static const std::set<std::string, std::less<>> kBetween = {"new", "then", "-", "former", "the", "acting", "'s", "current",
                                                   "outgoing", "incoming", "interim", "first", "a", "an"};
    for (std::size_t k = title; k-- > 0 && ms[k].last + 3 >= ms[title].first;) {
      if (!is_country(ms[k], lexicon) && !is_organisation(ms[k], lexicon)) continue;
      bool adjacent = true;
      for (std::size_t at = ms[k].last; at < ms[title].first; ++at) adjacent = adjacent && kBetween.count(t[at].lower()) > 0;
      // "his Armenian counterpart, Foreign Minister Ararat Mirzoyan"
      std::size_t at = ms[k].last;
      bool counterpart = at + 2 == ms[title].first && (t[at].is("counterpart") || t[at].is("counterparts")) &&
                         t[at + 1].text() == ",";
      if (adjacent || counterpart) x = ms[k].id;
      break;
    }
    for (std::size_t k = title + 1; k < ms.size() && ms[k].first <= ms[title].last + 6; ++k) {
      if (!is_country(ms[k], lexicon) || ms[k].first < 2) continue;
      const Token& before = t[ms[k].first - 1];
      bool of = before.is("of") || (before.is("the") && t[ms[k].first - 2].is("of"));  // "of the Islamic Emirate of ..."
      if (of && x.empty()) x = ms[k].id;
      else if (before.is("to") || before.is("in") || before.is("at")) y = ms[k].id;
    }
    return {x, y};
  }

  /// "President Gustavo Petro held talks with Venezuelan President Nicolás Maduro": the same title told
  /// in the sentence with one of the document's two countries leaves the other for the title told
  /// without one. "" when no such contrast is told.
  static std::string contrasted_country(const SentenceView& view, std::size_t title, const DocumentContext& context,
                                        const Lexicon& lexicon) {
    const auto& ms = view.mentions;
    std::string other;
    for (std::size_t j = 0; j < ms.size(); ++j) {
      if (j == title || ms[j].kind != MentionKind::word || ms[j].vocabulary != "office" || ms[j].id != ms[title].id) continue;
      std::string told = told_countries(view, j, lexicon).x;
      std::string mine = told == context.home ? context.partner : told == context.partner ? context.home : "";
      if (mine.empty() || (!other.empty() && other != mine)) return "";
      other = mine;
    }
    return other;
  }

  /// The office id from its pattern: the sending country ({X}: an adjective, a possessive or "of X"
  /// next to the title) and for a bilateral office the receiving one ({Y}: "to Y", "in Y").
  static std::string office_id(const SentenceView& view, std::size_t title, const OfficeRule& rule,
                               const std::size_t* holder, DocumentContext& context, const Lexicon& lexicon,
                               std::string& why) {
    const std::string person = holder ? view.mentions[*holder].id : std::string();
    auto [x, y] = told_countries(view, title, lexicon);
    if (x.empty()) x = sender(view, title, lexicon);
    // an organisation that stands for a country holds that country's offices ("the Taliban foreign minister"),
    // except offices of its own ("the Taliban spokesman")
    for (std::string* side : {&x, &y}) {
      if (rule.organisations_own) break;
      const EntityRule* e = side->empty() ? nullptr : lexicon.rules().entity(*side);
      if (e && e->type == "organisation" && !e->country.empty()) *side = e->country;
    }
    bool bilateral = rule.pattern.find("{Y}") != std::string::npos;
    auto other = [&](const std::string& one) {
      return one == context.home ? context.partner : one == context.partner ? context.home : std::string();
    };
    // a side not named is taken from the document's pair only when the other side is named; a guess
    // would put a holder into someone else's office
    if (bilateral) {
      if (x.empty() && y.empty()) {
        // "its chargé d'affaires", "the embassy was run by ..."; else the side the sentence names
        Mission mission = mission_told(view, title, context, lexicon);
        x = mission.sender.empty() ? side_told(view, title, context, lexicon) : mission.sender;
        y = mission.receiver;
      }
      if (x.empty() && !y.empty()) x = other(y);
      if (y.empty() && !x.empty()) y = other(x);
      if (x.empty() || y.empty() || x == y) why = "no country named for the office";
    } else if (x.empty()) {
      // the country of another office this person holds in the document ("then-Minister of Trade X ...
      // was promoted to deputy prime minister")
      auto known = person.empty() ? context.person_country.end() : context.person_country.find(person);
      if (known != context.person_country.end()) x = known->second;
      if (x.empty()) x = contrasted_country(view, title, context, lexicon);
      if (x.empty()) x = only_one_has_it(rule, context);
      if (x.empty()) x = side_told(view, title, context, lexicon);
      if (x.empty() && holder) x = visitor_from(view, *holder, context, lexicon);
      if (x.empty()) why = "no country named for the office";
    }
    if (why.empty() && !person.empty() && !x.empty() && lexicon.rules().entity(x) &&
        lexicon.rules().entity(x)->type == "country") {
      context.person_country.emplace(person, x);
    }
    std::string id = rule.pattern;
    auto fill = [&](const std::string& key, const std::string& value) {
      auto at = id.find(key);
      if (at != std::string::npos) id.replace(at, key.size(), value);
    };
    fill("{X}", x);
    fill("{Y}", y);
    return id;
  }

  /// "King Salman" in an article on Saudi Arabia and Iran: of the document's two countries, the one
  /// that has the office (rules: only_in, not_in); "" when neither or both do.
  static std::string only_one_has_it(const OfficeRule& rule, const DocumentContext& context) {
    if (rule.only_in.empty() && rule.not_in.empty()) return "";
    auto listed = [](const std::vector<std::string>& list, const std::string& c) {
      return std::find(list.begin(), list.end(), c) != list.end();
    };
    auto has = [&](const std::string& c) {
      if (c.empty()) return false;
      return rule.only_in.empty() ? !listed(rule.not_in, c) : listed(rule.only_in, c);
    };
    bool home = has(context.home), partner = has(context.partner);
    if (home == partner) return "";
    return home ? context.home : context.partner;
  }

  /// "Astana ... sent Chargé d'Affaires X", "Kazakhstan appointed a new ambassador": the country that
  /// is the subject of a sending or appointing verb right before the title (the nearest country before
  /// the verb that no preposition governs); "" when there is none.
  static std::string sender(const SentenceView& view, std::size_t title, const Lexicon& lexicon) {
    const auto& ms = view.mentions;
    const auto& t = view.tokens;
    static const std::set<std::string, std::less<>> kVerbs = {"appointed", "named", "designated", "nominated", "sent", "dispatched",
                                                 "deployed", "accredited"};
    static const std::set<std::string, std::less<>> kBetween = {"a", "an", "its", "their", "new", "as", "the", "his", "her", "sent"};
    std::size_t at = ms[title].first;
    while (at > view.sentence.first && kBetween.count(t[at - 1].lower()) && !kVerbs.count(t[at - 1].lower())) --at;
    if (at == view.sentence.first || !kVerbs.count(t[at - 1].lower())) return "";
    const std::size_t verb = at - 1;
    static const std::set<std::string, std::less<>> kGoverned = {"of", "to", "in", "from", "with", "at", "for", "by", "and", "between"};
    for (std::size_t k = title; k-- > 0;) {
      if (ms[k].last > verb || !is_country(ms[k], lexicon)) continue;
      if (ms[k].first > view.sentence.first && kGoverned.count(t[ms[k].first - 1].lower())) continue;
      return ms[k].id;
    }
    return "";
  }

  /// start ("appointed", "new": "new" also marks that someone was replaced), end ("former",
  /// "resigned") or holds. Words after the title and name count only when they are verbs ("was
  /// appointed", "presented his credentials"), not adjectives of someone else ("met the former ...").
  static std::string role_of(const SentenceView& view, std::size_t title, const Holder& holder, bool& is_new,
                             const Mention** verb) {
    static const std::set<std::string, std::less<>> kAdjectives = {"new", "former", "ex", "outgoing", "incoming", "previous",
                                                      "predecessor", "current", "incumbent", "serving", "acting",
                                                      "sitting", "then", "newly"};
    const auto& ms = view.mentions;
    std::size_t from = std::min(ms[title].first, ms[holder.mention].first);
    std::size_t end = std::max(ms[title].last, ms[holder.mention].last);
    Clause clause = clause_of(view, from);
    std::string role = "holds";
    is_new = false;
    *verb = nullptr;
    std::size_t apposition_end = 0;  // past the comma that closes "X, <title> ...,"
    if (holder.before_title && ms[holder.mention].last < view.sentence.last &&
        view.tokens[ms[holder.mention].last].text() == ",") {
      for (std::size_t i = ms[title].last; i < view.sentence.last && i < ms[title].last + 8; ++i) {
        if (view.tokens[i].text() != ",") continue;
        apposition_end = i + 1;
        break;
      }
    }
    // "presented his credentials to the Emir, Sheikh X": a verb before a title it governs is someone else's
    std::size_t lead = ms[title].first;
    if (title > 0 && ms[title - 1].kind == MentionKind::entity && ms[title - 1].last == lead) lead = ms[title - 1].first;
    while (lead > view.sentence.first && view.tokens[lead - 1].is("the")) --lead;
    static const std::set<std::string, std::less<>> kGoverning = {"to", "with", "from", "by", "before"};
    const bool governed = lead > view.sentence.first && kGoverning.count(view.tokens[lead - 1].lower());
    for (const Mention& w : ms) {
      if (w.kind != MentionKind::word || w.vocabulary != "role") continue;
      if (w.first < clause.first || w.first + 8 < from) continue;
      // "former President Karzai received Ambassador Costa": a role word before another person's name
      // is that person's
      bool other_between = false;
      for (const Mention& x : ms) {
        bool between = x.first > w.first && x.last <= from;
        other_between = other_between || (between && x.kind == MentionKind::person) ||
                        (between && x.kind == MentionKind::word && x.vocabulary == "office");
      }
      if (w.first < from && (other_between || (governed && w.first < lead))) continue;
      // "until an ambassador is appointed, ... chargé d'affaires X": a verb right after another title is
      // that title's
      bool of_other_title = false;
      for (std::size_t k = 0; k < ms.size(); ++k) {
        bool other = k != title && ms[k].kind == MentionKind::word && ms[k].vocabulary == "office";
        of_other_title = of_other_title || (other && ms[k].last <= w.first && w.first <= ms[k].last + 2 && w.first < from);
      }
      if (of_other_title) continue;
      bool after = w.first >= end;
      // "X, Bahrain's first ambassador to Qatar since 2017, presented ...": the verb right after the
      // apposition that names the title is the holder's
      bool after_apposition = after && holder.before_title && apposition_end && w.first >= apposition_end &&
                              w.first <= apposition_end + 1;
      if (after && !after_apposition &&
          (w.first >= std::min(clause.last, end + 4) || kAdjectives.count(view.tokens[w.first].lower()))) {
        continue;
      }
      // "the new ambassador met ...": in post, having replaced someone; the change itself is told by
      // a verb ("was appointed", "sent a new ambassador")
      if (view.tokens[w.first].is("new")) {
        is_new = true;
        continue;
      }
      bool sends = w.id == "sends" && !after;
      if (w.id == "end") role = "end";
      else if ((w.id == "start" || sends) && role == "holds") role = "start";
      else if (w.id != "start") continue;
      if (after) *verb = &w;  // the change told by a verb after title and name
    }
    return role;
  }

  /// "X had headed the embassy until this week": the office held up to a past time, not now.
  static bool past_term(const SentenceView& view, std::size_t title) {
    Clause clause = clause_of(view, view.mentions[title].first);
    for (std::size_t k = clause.first; k < clause.last; ++k) {
      if (view.tokens[k].is("until") || view.tokens[k].is("till") || view.tokens[k].is("had")) return true;
    }
    return false;
  }

  /// A term of office told as a range in the title's clause ("from 2019 to 2023", "in 2019-2023").
  static std::optional<Json> term_of(const SentenceView& view, std::size_t title) {
    Clause clause = clause_of(view, view.mentions[title].first);
    for (const Mention& x : view.mentions) {
      bool inside = x.first >= clause.first && x.first < clause.last;
      if (inside && x.kind == MentionKind::time && x.time.contains("from") && x.time.contains("to")) return x.time;
    }
    return std::nullopt;
  }

  /// When: the time named in the clause (else the sentence); without one, the publication date ("now"),
  /// and for a change of office "by now".
  static Json time_of(const SentenceView& view, std::size_t title, const std::string& role) {
    const auto& ms = view.mentions;
    Clause clause = clause_of(view, ms[title].first);
    // the time in the title's clause, else the nearest in the sentence
    std::optional<std::size_t> best;
    auto distance = [&](std::size_t k) {
      return ms[k].first < ms[title].first ? ms[title].first - ms[k].first : ms[k].first - ms[title].first;
    };
    auto inside = [&](std::size_t k) { return ms[k].first >= clause.first && ms[k].first < clause.last; };
    // "the first ambassador since 2017": the years without one, not this holder's term
    const bool ordinal = ms[title].first > view.sentence.first &&
                         (view.tokens[ms[title].first - 1].is("first") || view.tokens[ms[title].first - 1].is("last"));
    for (std::size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].kind != MentionKind::time || ms[k].time.contains("from") || ms[k].time.contains("fiscal")) continue;
      if (ordinal && ms[k].hedge == "since") continue;
      if (!best || (inside(k) && !inside(*best)) || (inside(k) == inside(*best) && distance(k) < distance(*best))) best = k;
    }
    if (best) return ms[*best].time;
    if (role == "holds") return Json{{"relative", "now"}};
    return Json{{"relative", "now"}, {"hedge", "by"}};
  }
};

}  // namespace

const ClaimBuilder& office_builder() {
  static const OfficeBuilder builder;
  return builder;
}

}  // namespace factaudit
