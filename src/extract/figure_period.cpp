// When a figure is told: its own reporting period, the one carried from before, and the base period a
// change or a start figure is measured against.
#include <cstdlib>
#include <set>
#include <string>

#include "factaudit/extract/slot_resolver.hpp"
#include "factaudit/normalize/calendar.hpp"

namespace factaudit {

bool is_base_figure(const SentenceView& view, std::size_t m) {
  std::size_t first = view.mentions[m].first;
  if (first < view.sentence.first + 2) return false;
  const Token& before = view.tokens[first - 1];
  const Token& before_that = view.tokens[first - 2];
  return before.is("from") || before.is("against") || before.is("versus") || before.is("vs") ||
         (before.is("with") && (before_that.is("compared") || before_that.is("comparison") || before_that.is("contrast")));
}

std::string period_for(const SentenceView& view, std::size_t m, const DocumentContext& context, std::size_t* time_mention) {
  const auto& ms = view.mentions;
  std::optional<std::size_t> best;
  std::size_t best_distance = 0;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].kind != MentionKind::time || ms[k].period.empty()) continue;
    // a single day dates an event (a citation, a meeting); it is no reporting period for a figure
    if (ms[k].period.size() == 10 && ms[k].period.find("..") == std::string::npos) continue;
    // a base period ("compared to 2022", "than in 2013") is not the figure's own period
    std::size_t f = ms[k].first;
    bool base = false;
    for (std::size_t j = k; j-- > 0 && ms[j].last + 3 >= f;) {
      if (ms[j].kind == MentionKind::word && ms[j].vocabulary == "base") base = true;
      if (ms[j].last <= f) break;
    }
    if (f > 0 && (view.tokens[f - 1].is("than") || view.tokens[f - 1].is("from") || view.tokens[f - 1].is("with") ||
                  view.tokens[f - 1].is("as") || view.tokens[f - 1].is("on"))) {
      base = true;
    }
    // "rose to $4.3 billion from $3.9 billion a year earlier, while imports reached ...": the time of a
    // start figure is that figure's, not the sentence's (unless it is the figure asked about)
    for (std::size_t j = k; !base && j-- > 0 && ms[j].last + 2 >= f;) {
      if (ms[j].kind != MentionKind::amount) continue;
      base = j != m && ms[j].first > 0 && view.tokens[ms[j].first - 1].is("from");
      break;
    }
    if (base) continue;
    // "twice the 2020 figure of $241.5 million": a year naming another figure is that figure's period only
    static const std::set<std::string, std::less<>> kFigureNouns = {"figure", "figures", "level", "levels", "total", "value",
                                                       "result", "volume", "amount", "mark", "record"};
    std::size_t after = ms[k].last;
    bool attributive = f > view.sentence.first && after < view.sentence.last && kFigureNouns.count(view.tokens[after].lower()) &&
                       (view.tokens[f - 1].is("the") || view.tokens[f - 1].is("its") || view.tokens[f - 1].is("their"));
    if (attributive) {
      std::size_t own = after + 1;
      if (own < view.sentence.last && view.tokens[own].is("of")) ++own;
      if (ms[m].first != own) continue;
    }
    // a period right after the figure ("$636.5 million in 2023") is its own; otherwise one named before
    // it wins over one named later
    bool adjacent_after = ms[k].first >= ms[m].last && ms[k].first <= ms[m].last + 3;
    for (std::size_t i = ms[m].last; adjacent_after && i < ms[k].first; ++i) {
      const Token& tok = view.tokens[i];
      adjacent_after = tok.text() != ";" && tok.text() != "," && tok.text() != "(" && tok.text() != ")";
    }
    std::size_t distance = ms[k].first < ms[m].first ? ms[m].first - ms[k].last
                           : adjacent_after          ? 0
                                                     : ms[k].first - ms[m].last + 1000;
    if (!best || distance < best_distance) {
      best = k;
      best_distance = distance;
    }
  }
  if (best) {
    if (time_mention) *time_mention = *best;
    return ms[*best].period;
  }
  return takes_carried_period(view) ? context.carried_period : "";
}

bool names_unread_period(const SentenceView& view) {
  static const std::set<std::string, std::less<>> kTimeNouns = {"decade", "decades", "century", "half", "quarter",
                                                               "year", "years", "months", "period", "season", "weeks"};
  for (std::size_t i = view.sentence.first; i < view.sentence.last; ++i) {
    if (!kTimeNouns.count(view.tokens[i].lower())) continue;
    bool read = false;
    for (const Mention& x : view.mentions) read = read || (i >= x.first && i < x.last);
    // "over the nine months", "during the year": the period told before, named again
    std::size_t k = i;
    while (k > view.sentence.first && (view.tokens[k - 1].type == TokenType::number || view.tokens[k - 1].is("two") ||
                                       view.tokens[k - 1].is("three") || view.tokens[k - 1].is("six") ||
                                       view.tokens[k - 1].is("nine") || view.tokens[k - 1].is("twelve"))) {
      --k;
    }
    bool again = k > view.sentence.first && (view.tokens[k - 1].is("the") || view.tokens[k - 1].is("that") ||
                                             view.tokens[k - 1].is("this") || view.tokens[k - 1].is("same"));
    bool longer = view.tokens[i].is("decade") || view.tokens[i].is("decades") || view.tokens[i].is("century");
    if (!read && (!again || longer)) return true;
  }
  return false;
}

bool takes_carried_period(const SentenceView& view) {
  const auto& ms = view.mentions;
  // a sentence that names a time of its own ("In December", "last month") does not take the
  // paragraph's period, even when its time names no period
  for (const Mention& x : ms) {
    bool day = x.period.size() == 10 && x.period.find("..") == std::string::npos;  // an event's day (a citation)
    if (x.kind == MentionKind::time && !day && !x.time.contains("from")) return false;
  }
  // nor does one with a year no time was read from ("in 9M 2023": a period marker the rules do not know)
  for (std::size_t i = view.sentence.first; i < view.sentence.last; ++i) {
    const Token& t = view.tokens[i];
    if (t.type != TokenType::number || t.text().size() != 4 || t.text()[0] < '1' || t.text()[0] > '2') continue;
    const int year = std::stoi(std::string(t.text()));  // four digits: "HS 2701" is a code, not a year
    if (year < 1800 || year > 2100) continue;
    bool read = false;
    for (const Mention& x : ms) read = read || (i >= x.first && i < x.last);
    if (!read) return false;
  }
  return true;
}

std::string base_period_for(const SentenceView& view, std::size_t m, const std::string& own, bool default_previous,
                            std::size_t* end) {
  const auto& ms = view.mentions;
  Clause clause = clause_of(view, ms[m].first);
  for (std::size_t k = m + 1; k < ms.size() && ms[k].first < clause.last + 12; ++k) {
    // "doubled to $400.5 million in 2023 from $196.8 million a year earlier": the start figure's period
    if (ms[k].kind == MentionKind::amount && ms[k].first > 0 && view.tokens[ms[k].first - 1].is("from") &&
        k + 1 < ms.size() && ms[k + 1].kind == MentionKind::time && ms[k + 1].first <= ms[k].last + 2) {
      if (end) *end = ms[k + 1].last;
      if (ms[k + 1].form == "previous-year") return shift_years(own, 1);
      if (!ms[k + 1].period.empty()) return ms[k + 1].period;
    }
    // ("to $400.5 million": the changed figure itself, not another one's)
    bool new_level = ms[k].kind == MentionKind::amount && ms[k].first > 0 && view.tokens[ms[k].first - 1].is("to");
    if (new_level) continue;
    if (ms[k].kind == MentionKind::amount || ms[k].kind == MentionKind::percent) break;
    // "twice as much as the previous year", "up 5% on 2022": a period right after a comparison word
    if (ms[k].kind == MentionKind::time && !ms[k].period.empty() && ms[k].first > 0 && ms[k].first <= ms[m].last + 6) {
      const Token& before = view.tokens[ms[k].first - 1];
      // "twice the 2020 figure", "up 5% on the 2021 level": the year of the figure compared with
      bool named_figure = before.is("the") && ms[k].first == ms[m].last + 1 && ms[k].last < view.sentence.last &&
                          (view.tokens[ms[k].last].is("figure") || view.tokens[ms[k].last].is("level") ||
                           view.tokens[ms[k].last].is("total") || view.tokens[ms[k].last].is("result"));
      // "twice as much as in the previous year", "higher than in 2022"
      bool as_in = (before.is("in") || before.is("for") || before.is("during")) && ms[k].first >= 2 &&
                   (view.tokens[ms[k].first - 2].is("as") || view.tokens[ms[k].first - 2].is("than"));
      if (before.is("as") || before.is("on") || before.is("than") || named_figure || as_in) {
        if (end) *end = ms[k].last;
        // "8% less than a year earlier" of a half year: the same half a year before
        if (ms[k].form == "previous-year") return shift_years(own, 1);
        return ms[k].period;
      }
    }
    if (ms[k].kind != MentionKind::word || ms[k].vocabulary != "base") continue;
    if (end) *end = ms[k].last;
    if (ms[k].id == "previous-year" || ms[k].id == "same-period") return shift_years(own, 1);
    if (ms[k].id == "previous-month") return "";  // month on month: no yearly base (left unresolved)
    // explicit: the period named right after the cue
    if (k + 1 < ms.size() && ms[k + 1].kind == MentionKind::time && ms[k + 1].first <= ms[k].last + 2) {
      if (end) *end = ms[k + 1].last;
      if (!ms[k + 1].period.empty()) return ms[k + 1].period;
      if (ms[k + 1].time.value("relative", "") == "last-year") return shift_years(own, 1);
    }
  }
  return default_previous ? shift_years(own, 1) : "";
}

std::string shift_years(const std::string& period, int years) {
  auto shift_one = [&](const std::string& date) -> std::string {
    if (date.size() < 4) return "";
    int y = std::atoi(date.substr(0, 4).c_str()) - years;
    if (y < 1 || y > 9999) return "";
    std::string out = std::to_string(y) + date.substr(4);
    // February 29 of a leap year has no twin in the year before
    if (out.size() == 10 && out.substr(5) == "02-29" && !parse_date(out)) out = out.substr(0, 8) + "28";
    return out;
  };
  auto dots = period.find("..");
  if (dots == std::string::npos) return shift_one(period);
  std::string a = shift_one(period.substr(0, dots)), b = period.substr(dots + 2);
  if (a.empty()) return "";
  if (b.empty()) return a + "..";
  b = shift_one(b);
  return b.empty() ? "" : a + ".." + b;
}

}  // namespace factaudit
