// Whose office a title is when no country is told beside it: the side a sentence names ("the Afghan
// side was represented by"), a trip ("X's visit to Caracas"), the embassy spoken of ("its chargé
// d'affaires"). Each reads a shape that names the country; none guesses from the document alone.
#include "factaudit/extract/office_country.hpp"

#include <set>
#include <string_view>

#include "factaudit/extract/office_holder.hpp"

namespace factaudit {

namespace {

using WordSet = std::set<std::string_view, std::less<>>;

/// The country a mention stands for: a country (by name, adjective or capital) or an organisation that
/// stands for one ("the Taliban"); "" otherwise.
std::string country_of(const Mention& m, const Lexicon& lexicon) {
  if (m.kind != MentionKind::entity) return "";
  const EntityRule* e = lexicon.rules().entity(m.id);
  if (!e) return "";
  if (e->type == "country") return e->id;
  return e->type == "organisation" ? e->country : "";
}

std::string other_of_pair(const std::string& one, const DocumentContext& context) {
  if (one.empty()) return "";
  return one == context.home ? context.partner : one == context.partner ? context.home : "";
}

/// The sides a sentence names, each with the titles it covers: those after it ("The Lithuanian
/// delegation was led by ...") or before it ("... attended on the Polish side").
struct Side {
  std::string country;
  std::size_t at = 0;          // the phrase's first token
  bool covers_before = false;  // else the titles after the phrase
};

/// "(the) <country> delegation|side|team|leaders|...", with what the words around it make of it.
void side_phrases(const SentenceView& view, const DocumentContext& context, const Lexicon& lexicon,
                  std::vector<Side>& out) {
  static const WordSet kSideNouns = {"delegation", "side", "team", "leaders", "leadership", "officials", "negotiators"};
  static const WordSet kLeading = {"led", "headed", "leading", "heading", "leads", "heads", "joined"};
  static const WordSet kFacing = {"received", "receives", "hosted", "hosts", "welcomed", "welcomes", "greeted", "met",
                                  "meets", "with"};
  const auto& t = view.tokens;
  const std::size_t end = view.sentence.last;
  for (const Mention& m : view.mentions) {
    std::string country = country_of(m, lexicon);
    if (country.empty() || m.last >= end || !kSideNouns.count(t[m.last].lower())) continue;
    std::size_t open = m.first;
    if (open > view.sentence.first && t[open - 1].is("the")) --open;
    const std::string_view before = open > view.sentence.first ? t[open - 1].lower() : std::string_view();
    std::size_t after = m.last + 1;
    if (after < end && t[after].text() == ",") ++after;
    if (after < end && (t[after].is("was") || t[after].is("were") || t[after].is("is"))) ++after;
    bool led_by = after + 1 < end && (t[after].is("led") || t[after].is("headed") || t[after].is("represented")) &&
                  t[after + 1].is("by");
    bool including = after < end && (t[after].is("including") || t[after].is("included") || t[after].is("includes") ||
                                     t[after].is("comprised"));
    if (before == "on" || before == "for" || kLeading.count(before)) {
      out.push_back({country, open, true});  // "on the Polish side", "led the Uzbek delegation"
    } else if (led_by || including) {
      out.push_back({country, open, false});  // "the Afghan side was represented by", "Taliban leaders, including"
    } else if (kFacing.count(before)) {
      std::string other = other_of_pair(country, context);  // "received the Uzbek delegation"
      if (!other.empty()) out.push_back({other, open, true});
    }
  }
  // "who signed the agreement for the Islamic Emirate", "on behalf of Kazakhstan"
  for (const Mention& m : view.mentions) {
    std::string country = country_of(m, lexicon);
    std::size_t open = m.first;
    if (country.empty() || open <= view.sentence.first + 1) continue;
    if (t[open - 1].is("the")) --open;
    bool behalf = t[open - 1].is("of") && open >= view.sentence.first + 2 && t[open - 2].is("behalf");
    bool signed_for = false;
    if (t[open - 1].is("for")) {
      for (std::size_t k = open - 1; k-- > view.sentence.first && k + 6 >= open;) {
        signed_for = signed_for || t[k].is("signed") || t[k].is("signing") || t[k].is("initialled");
      }
    }
    if (behalf || signed_for) out.push_back({country, open, true});
    // "handed over medicines to the Sri Lankan health ministry": the giver is of the pair's other country
    static const WordSet kGiving = {"handed", "delivered", "donated", "gave", "presented", "transferred", "granted",
                                    "provided", "sent", "shipped"};
    bool to_receiver = false;
    if (t[open - 1].is("to")) {
      for (std::size_t k = open - 1; k-- > view.sentence.first && k + 12 >= open;) {
        to_receiver = to_receiver || kGiving.count(t[k].lower());
      }
    }
    std::string giver = to_receiver ? other_of_pair(country, context) : "";
    if (!giver.empty()) out.push_back({giver, open, true});
  }
}

}  // namespace

std::string side_told(const SentenceView& view, std::size_t title, const DocumentContext& context,
                      const Lexicon& lexicon) {
  std::vector<Side> sides;
  side_phrases(view, context, lexicon, sides);
  const std::size_t at = view.mentions[title].first;
  // the nearest side before the title among those that cover what follows them ("the Kenyan delegation
  // was headed by X, while the Ugandan side was represented by Y": Y is Ugandan), and the nearest after
  // it among those that cover what precedes them; two different answers leave the title unresolved
  const Side* before = nullptr;
  const Side* after = nullptr;
  for (const Side& side : sides) {
    if (side.covers_before && side.at > at && (!after || side.at < after->at)) after = &side;
    if (!side.covers_before && side.at < at && (!before || side.at > before->at)) before = &side;
  }
  if (before && after && before->country != after->country) return "";
  return before ? before->country : after ? after->country : "";
}

std::string visitor_from(const SentenceView& view, std::size_t holder, const DocumentContext& context,
                         const Lexicon& lexicon) {
  static const WordSet kBetween = {"'s", ",", "who", "has", "had", "was", "is", "on", "a", "an", "his", "her", "their",
                                   "official", "state", "first", "second", "recent", "last", "working", "during",
                                   "after", "-", "day", "two", "three", "four", "five", "earlier", "later", "also"};
  static const WordSet kTrips = {"visit", "visited", "visiting", "visits", "trip", "travelled", "traveled", "arrived",
                                 "flew", "journey", "tour", "toured"};
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  const std::size_t end = view.sentence.last;
  std::size_t at = ms[holder].last;
  while (at < end && at < ms[holder].last + 7 && kBetween.count(t[at].lower()) && !kTrips.count(t[at].lower())) ++at;
  if (at >= end || !kTrips.count(t[at].lower())) return "";
  std::size_t place = at + 1;
  while (place < end && place < at + 4 && (t[place].is("to") || t[place].is("in") || t[place].is("the"))) ++place;
  for (std::size_t k = holder + 1; k < ms.size(); ++k) {
    if (ms[k].first != place) continue;
    const EntityRule* e = ms[k].kind == MentionKind::entity ? lexicon.rules().entity(ms[k].id) : nullptr;
    if (!e || e->type != "country") return "";
    return other_of_pair(e->id, context);
  }
  return "";
}

Mission mission_told(const SentenceView& view, std::size_t title, const DocumentContext& context,
                     const Lexicon& lexicon) {
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  std::size_t at = ms[title].first;
  while (at > view.sentence.first && (t[at - 1].is("acting") || t[at - 1].is("interim") || t[at - 1].is("new"))) --at;
  if (at > view.sentence.first && (t[at - 1].is("its") || t[at - 1].is("whose"))) {
    // the country that "its" stands for: named before in this sentence, else the one before's
    std::string owner;
    for (std::size_t k = title; k-- > 0 && owner.empty();) {
      bool governed = ms[k].first > view.sentence.first &&
                      (t[ms[k].first - 1].is("in") || t[ms[k].first - 1].is("to") || t[ms[k].first - 1].is("at"));
      const EntityRule* e = ms[k].kind == MentionKind::entity ? lexicon.rules().entity(ms[k].id) : nullptr;
      if (e && e->type == "country" && !governed) owner = e->id;
    }
    if (owner.empty()) owner = context.previous_country;
    std::string receiver = other_of_pair(owner, context);
    if (!receiver.empty()) return {owner, receiver};
    return {};
  }
  // "the embassy was run by chargé d'affaires X", "X had headed the embassy"
  for (std::size_t k = view.sentence.first + 1; k < view.sentence.last; ++k) {
    bool embassy = t[k].is("embassy") || t[k].is("mission");
    if (embassy && (t[k - 1].is("the") || t[k - 1].is("its"))) return {context.mission_sender, context.mission_receiver};
  }
  return {};
}

void remember_mission(const SentenceView& view, const std::vector<DraftClaim>& drafts, std::size_t from,
                      DocumentContext& context, const Lexicon& lexicon) {
  // an envoy's office resolved in this sentence: "Colombia's ambassador in Caracas, ..."
  for (std::size_t k = from; k < drafts.size(); ++k) {
    const DraftClaim& d = drafts[k];
    if (d.kind != ClaimKind::office || !d.unresolved.empty()) continue;
    std::string office = d.slot.value("office", "");
    auto colon = office.find(':');
    auto arrow = office.find('>');
    if (colon == std::string::npos || arrow == std::string::npos || arrow < colon) continue;
    context.mission_sender = office.substr(colon + 1, arrow - colon - 1);
    context.mission_receiver = office.substr(arrow + 1, office.find(':', arrow) - arrow - 1);
    return;
  }
  // "Iran reopened its embassy in Riyadh", "the Colombian embassy in Caracas"
  const auto& ms = view.mentions;
  const auto& t = view.tokens;
  for (std::size_t k = view.sentence.first + 1; k < view.sentence.last; ++k) {
    if (!t[k].is("embassy")) continue;
    std::string owner;
    if (t[k - 1].is("its")) {
      for (const Mention& m : ms) {
        const EntityRule* e = m.kind == MentionKind::entity ? lexicon.rules().entity(m.id) : nullptr;
        bool governed = m.first > view.sentence.first && (t[m.first - 1].is("in") || t[m.first - 1].is("to"));
        if (m.first < k && e && e->type == "country" && !governed) owner = e->id;
      }
    }
    for (const Mention& m : ms) {
      if (m.last == k || (m.last + 1 == k && t[m.last].is("'s"))) owner = country_of(m, lexicon);
    }
    std::string receiver = other_of_pair(owner, context);
    for (const Mention& m : ms) {
      const EntityRule* e = m.kind == MentionKind::entity ? lexicon.rules().entity(m.id) : nullptr;
      if (m.first > k && m.first <= k + 3 && t[m.first - 1].is("in") && e && e->type == "country") receiver = e->id;
    }
    if (!owner.empty() && !receiver.empty() && owner != receiver) {
      context.mission_sender = owner;
      context.mission_receiver = receiver;
    }
    return;
  }
}

}  // namespace factaudit
