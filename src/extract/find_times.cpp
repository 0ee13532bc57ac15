// Time expressions: dates of any granularity, parts ("late October"), ranges ("January–August 2024",
// "2004-2014", "the first half of 2021"), and time relative to publication ("last year", "in December").
#include <cstdio>
#include <unordered_map>

#include "factaudit/extract/mentions.hpp"
#include "factaudit/normalize/calendar.hpp"

namespace factaudit {

namespace {


std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

/// The value of the leading digits of a short number token ("2023"; "1" of "1.5").
int small_number(std::string_view digits) {
  int v = 0;
  for (std::size_t k = 0; k < digits.size() && k < 9 && digits[k] >= '0' && digits[k] <= '9'; ++k) v = v * 10 + (digits[k] - '0');
  return v;
}

std::string month_text(int year, int month) { return std::to_string(year) + "-" + two(month); }

class TimeScanner {
 public:
  TimeScanner(const std::vector<Token>& tokens, const Sentence& s, const Lexicon& lexicon, TimeContext& time)
      : t_(tokens), first_(s.first), last_(s.last), lex_(lexicon), time_(time), memo_(s.last - s.first) {}

  std::optional<int> year(std::size_t i) const {
    if (i >= last_ || t_[i].type != TokenType::number || t_[i].text().size() != 4) return std::nullopt;
    int y = small_number(t_[i].text());
    if (y < 1800 || y > 2100) return std::nullopt;
    // "2023 tons" or "$2023" is an amount, not a year
    if (i > 0 && t_[i - 1].text() == "$") return std::nullopt;
    // "9M 2023", "Q5 2023": a period marker the rules do not know makes it no whole year ("Q1 2024" is
    // one they know)
    if (i >= 2 && i != part_end_ && !t_[i - 1].space_before && t_[i - 1].type != TokenType::punct &&
        t_[i - 2].type != TokenType::punct && t_[i - 2].type != TokenType::block && t_[i - 1].type != t_[i - 2].type) {
      return std::nullopt;
    }
    return y;
  }
  std::optional<int> day(std::size_t i, std::size_t& len) const {
    if (i >= last_ || t_[i].type != TokenType::number || t_[i].text().size() > 2) return std::nullopt;
    int d = small_number(t_[i].text());
    if (d < 1 || d > 31) return std::nullopt;
    len = 1;
    if (i + 1 < last_ && !t_[i + 1].space_before &&
        (t_[i + 1].is("st") || t_[i + 1].is("nd") || t_[i + 1].is("rd") || t_[i + 1].is("th"))) {
      len = 2;
    }
    return d;
  }
  /// A vocabulary phrase of `kind` at i: its id (a view of the lexicon's) and length.
  std::optional<std::pair<std::string_view, std::size_t>> word(std::size_t i, std::string_view kind) const {
    if (i >= last_ || i < first_) return std::nullopt;
    const PhraseMatcher::Match& m = phrase_at(i);
    for (const auto* meaning : m.meanings) {
      if (meaning->kind == kind) return std::make_pair(std::string_view(meaning->id), m.length);
    }
    return std::nullopt;
  }
  /// The longest vocabulary phrase at i (first <= i < last): the patterns ask for several kinds of word
  /// at one position, so each position is matched once.
  const PhraseMatcher::Match& phrase_at(std::size_t i) const {
    std::optional<PhraseMatcher::Match>& cached = memo_[i - first_];
    if (!cached) cached = lex_.words().longest(t_, i, last_);
    return *cached;
  }
  std::optional<int> month(std::size_t i, std::size_t& len) const {
    auto w = word(i, "month");
    if (!w) return std::nullopt;
    len = w->second;
    // "Sept." / "Oct." abbreviations carry their period; "May", "June" and "July" are whole names, and the
    // period after them ends the sentence
    std::string_view name = t_[i + len - 1].lower();
    bool whole = name == "may" || name == "june" || name == "july";
    if (i + len < last_ && t_[i + len].text() == "." && !t_[i + len].space_before && name.size() <= 4 && !whole) ++len;
    return std::stoi(std::string(w->first));
  }
  bool dash(std::size_t i) const {
    return i < last_ && (t_[i].text() == "-" || t_[i].is("to") || t_[i].is("and") || t_[i].is("through") || t_[i].is("till") ||
                         t_[i].is("until"));
  }
  std::optional<int> count(std::size_t i, std::size_t& len) const {
    if (i >= last_) return std::nullopt;
    if (t_[i].type == TokenType::number && t_[i].text().size() <= 2) {
      len = 1;
      return small_number(t_[i].text());
    }
    if (auto w = word(i, "number")) {
      len = w->second;
      return std::stoi(std::string(w->first));
    }
    return std::nullopt;
  }

  /// Whether a time expression can begin at i: every pattern of match() opens with a number, a
  /// vocabulary phrase of a kind it reads there (Lexicon::time_opening_kinds: months, parts of a period,
  /// relative times, hedges, number words), or one of the plain words it names ("the first eight
  /// months", "fiscal year", "FY2023"). The test is cheap, the patterns are not, and most tokens of
  /// prose are none of these.
  bool may_open(std::size_t i) const {
    const Token& t = t_[i];
    if (t.type == TokenType::number || t.is("first") || t.is("fiscal") || t.is("financial") || t.text() == "FY") return true;
    if (t.is("the") && i + 1 < last_ && t_[i + 1].is("first")) return true;
    const std::uint64_t opening = lex_.time_opening_kinds();
    return (lex_.words().first_word_kinds(t) & opening) != 0 && (phrase_at(i).kinds() & opening) != 0;
  }

  /// Tries every pattern at i; on success fills `m` (without first) and returns its end.
  std::size_t match(std::size_t i, Mention& m) {
    if (std::size_t end = years_ago(i, m)) return end;
    if (std::size_t end = fiscal_year(i, m)) return end;
    std::size_t k = i;
    std::string part;
    if (auto p = word(k, "part")) {
      part = p->first;
      k += p->second;
      part_end_ = k;
      if (k < last_ && t_[k].text() == "-" ) ++k;  // "mid-2019"
      if (k < last_ && t_[k].is("of")) ++k;
    }
    std::size_t len = 0, len2 = 0;
    // day month year / month day, year
    if (auto d = day(k, len)) {
      if (auto mo = month(k + len, len2)) {
        if (auto y = year(k + len + len2)) return day_date(m, *y, *mo, *d, k + len + len2 + 1);
        if (auto y = year_without(*mo)) return day_date(m, *y, *mo, *d, k + len + len2, false);
        m.time = Json{{"relative", "last-occurrence"}, {"month", *mo}};
        return k + len + len2;
      }
    }
    if (auto mo = month(k, len)) {
      std::size_t after = k + len;
      if (auto d = day(after, len2)) {
        std::size_t e = after + len2;
        if (e < last_ && t_[e].text() == ",") {
          if (auto y = year(e + 1)) return day_date(m, *y, *mo, *d, e + 2);
        }
        if (auto y = year(e)) return day_date(m, *y, *mo, *d, e + 1);
        if (!year(after)) {  // "September 17": the year from context
          if (auto y = year_without(*mo)) return day_date(m, *y, *mo, *d, e, false);
          m.time = Json{{"relative", "last-occurrence"}, {"month", *mo}};
          return e;
        }
      }
      // month range: "January-August 2024", "between January and August 2024", "in January-June" (the
      // year from the paragraph, else the latest such range before publication)
      if (dash(after)) {
        std::size_t l3 = 0;
        if (auto mo2 = month(after + 1, l3); mo2 && *mo2 >= *mo) {
          std::size_t end = after + 1 + l3;
          std::optional<int> y = year(end);
          if (y) ++end;
          else if (time_.recent_year) y = time_.recent_year;
          else if (time_.published_year && time_.published_month) {
            y = *time_.published_month > *mo2 ? *time_.published_year : *time_.published_year - 1;
          }
          if (y) {
            m.period = month_text(*y, *mo) + ".." + month_text(*y, *mo2);
            m.time = Json{{"from", {{"date", month_text(*y, *mo)}}}, {"to", {{"date", month_text(*y, *mo2)}}}};
            remember(*y, *mo);
            return end;
          }
        }
      }
      std::size_t at = after;
      if (at < last_ && (t_[at].is("of") || t_[at].text() == ",")) ++at;
      if (auto y = year(at)) {
        m.period = month_text(*y, *mo);
        m.time = Json{{"date", m.period}};
        if (!part.empty()) {
          m.time["part"] = part;
          m.period.clear();  // a part of a month is a time, not a reporting period
        }
        remember(*y, *mo);
        return at + 1;
      }
      if (auto rel = word(after, "relative")) {  // "October this year"
        if (rel->first == "this-year" || rel->first == "last-year" || rel->first == "next-year") {
          m.time = Json{{"relative", std::string(rel->first)}, {"month", *mo}};
          if (!part.empty()) m.time["part"] = part;
          return after + rel->second;
        }
      }
      // a month alone: "in December", "late October" (capitalised, not the verb "may")
      if (t_[k].capitalised() && (t_[k].text() != "May" || k == 0 || t_[k - 1].is("in") || t_[k - 1].is("of") || !part.empty())) {
        // the paragraph's year; a month before the month last told with that year ("met on 14 December
        // 2022 ... replaced him in August") is read forward, in the year after, unless that is past the
        // publication date
        std::optional<int> y = time_.recent_year;
        if (y && time_.recent_month && *mo < *time_.recent_month) {
          bool after_publication = time_.published_year &&
                                   (*y + 1 > *time_.published_year ||
                                    (*y + 1 == *time_.published_year && time_.published_month && *mo > *time_.published_month));
          if (!after_publication) y = *y + 1;
        }
        if (y) {
          m.time = Json{{"date", month_text(*y, *mo)}};
        } else {
          m.time = Json{{"relative", "last-occurrence"}, {"month", *mo}};
        }
        if (!part.empty()) m.time["part"] = part;
        return after;
      }
      return i;
    }
    // "the first eight months of 2024", "the first five months"
    if (k == i && k < last_) {
      std::size_t at = k;
      if (t_[at].is("the")) ++at;
      if (at < last_ && t_[at].is("first")) {
        std::size_t cl = 0;
        if (auto n = count(at + 1, cl)) {
          std::size_t e = at + 1 + cl;
          if (e < last_ && (t_[e].is("months") || t_[e].is("month")) && *n >= 1 && *n <= 12) {
            std::size_t at2 = e + 1;
            if (at2 < last_ && t_[at2].is("of")) ++at2;
            std::optional<int> y = year(at2);
            std::size_t end = y ? at2 + 1 : the_year_after(e + 1);
            if (!y && end > e + 1) y = named_year(e + 2);  // "of this year", "of last year": the publication's
            if (!y && (end == e + 1 || t_[e + 2].is("the"))) {
              y = year_without(*n);  // "the first five months (of the year)": the paragraph's year, else the latest
            }
            if (y) {
              m.period = month_text(*y, 1) + ".." + month_text(*y, *n);
              m.time = Json{{"from", {{"date", month_text(*y, 1)}}}, {"to", {{"date", month_text(*y, *n)}}}};
              if (end == at2 + 1 && year(at2)) remember(*y);
              return end;
            }
          }
        }
      }
    }
    if (auto y = year(k)) {
      // year range: "2004-2014", "2004 to 2014"
      if (part.empty() && dash(k + 1)) {
        if (auto y2 = year(k + 2)) {
          if (*y2 > *y) {
            m.period = std::to_string(*y) + ".." + std::to_string(*y2);
            m.time = Json{{"from", {{"date", std::to_string(*y)}}}, {"to", {{"date", std::to_string(*y2)}}}};
            remember(*y2);
            return k + 3;
          }
        }
      }
      m.time = Json{{"date", std::to_string(*y)}};
      // "since 2017" stretches to now: the narration is not set in that year
      if (k == first_ || !t_[k - 1].is("since")) remember(*y);
      if (part.empty()) {
        m.period = std::to_string(*y);
        m.year_only = true;
      } else {
        m.time["part"] = part;
        if (lex_.rules().time.year_parts.count(part) && part != "early" && part != "mid" && part != "late") {
          const PartRule& p = lex_.rules().time.year_parts.at(part);
          m.period = month_text(*y, static_cast<int>(p.first)) + ".." + month_text(*y, static_cast<int>(p.last));
        }
      }
      return k + 1;
    }
    if (auto rel = word(k, "relative")) {
      if (rel->first == "year-in-view") {  // the paragraph's year, else the publication year
        std::optional<int> y = time_.recent_year ? time_.recent_year : time_.published_year;
        if (!y || !part.empty()) return i;
        m.period = std::to_string(*y);
        m.time = Json{{"date", m.period}};
        m.year_only = true;
        return k + rel->second;
      }
      if (rel->first == "previous-year") m.form = "previous-year";  // "a year earlier": relative to a period
      if (rel->first == "previous-year" && time_.recent_year && part.empty()) {
        int y = *time_.recent_year - 1;
        m.period = std::to_string(y);
        m.time = Json{{"date", m.period}};
        m.year_only = true;
        return k + rel->second;
      }
      if (rel->first == "previous-year") {
        m.time = Json{{"relative", "last-year"}};
        if (time_.published_year && part.empty()) m.period = std::to_string(*time_.published_year - 1);
        return k + rel->second;
      }
      m.time = Json{{"relative", std::string(rel->first)}};
      if (!part.empty()) m.time["part"] = part;
      if (rel->first == "last-year" && time_.published_year && part.empty()) {
        m.period = std::to_string(*time_.published_year - 1);
      }
      return k + rel->second;
    }
    // "the first half", "the first quarter of the year": a part of the year without one is of the
    // paragraph's year, else the latest such part that ended by the publication date
    bool dangling_of = k > i && t_[k - 1].is("of") && the_year_after(k - 1) == k - 1;  // "the first half of the decade"
    if (!part.empty() && !dangling_of && part != "early" && part != "mid" && part != "late" &&
        lex_.rules().time.year_parts.count(part)) {
      const PartRule& p = lex_.rules().time.year_parts.at(part);
      if (auto y = year_without(static_cast<int>(p.last))) {
        m.time = Json{{"date", std::to_string(*y)}, {"part", part}};
        m.period = month_text(*y, static_cast<int>(p.first)) + ".." + month_text(*y, static_cast<int>(p.last));
        return std::max(k, the_year_after(k - 1));
      }
    }
    return i;
  }

 private:
  std::size_t day_date(Mention& m, int y, int mo, int d, std::size_t end, bool explicit_year = true) {
    if (d > static_cast<int>(days_in_month(y, static_cast<unsigned>(mo)))) return 0;  // "February 30": not a date
    m.period = month_text(y, mo) + "-" + two(d);
    m.time = Json{{"date", m.period}};
    if (explicit_year) remember(y, mo);
    return end;
  }
  void remember(int y, std::optional<int> month = std::nullopt) {
    time_.recent_year = y;
    time_.recent_month = month;
  }
  /// "30 years ago", "more than 30 years ago": counted back from the publication date; 0 when none.
  std::size_t years_ago(std::size_t i, Mention& m) const {
    std::size_t k = i;
    std::string hedge;
    if (auto h = word(k, "hedge")) {
      hedge = h->first;
      k += h->second;
    }
    std::size_t len = 0;
    auto n = count(k, len);
    std::size_t unit = k + len;
    if (!n || unit + 1 >= last_ || !(t_[unit].is("years") || t_[unit].is("year")) || !t_[unit + 1].is("ago")) return 0;
    m.time = Json{{"relative", "years-ago"}, {"amount", std::to_string(*n)}};
    if (!hedge.empty()) m.time["hedge"] = hedge;
    return unit + 2;
  }
  /// A fiscal year: "fiscal year 2022-23", "the 2022/23 financial year", "FY2023", "FY 2023-24", "2019-20".
  /// Its months depend on the country's calendar, so it names no period: {"fiscal": "2022-23"}.
  std::size_t fiscal_year(std::size_t i, Mention& m) const {
    std::size_t k = i;
    bool named = false;  // "fiscal year", "financial year", "FY" before the years
    if (k + 1 < last_ && (t_[k].is("fiscal") || t_[k].is("financial")) && t_[k + 1].is("year")) {
      k += 2;
      named = true;
    } else if (t_[k].text() == "FY") {
      ++k;
      named = true;
    }
    if (k >= last_ || t_[k].type != TokenType::number) return 0;
    const std::string_view first = t_[k].text();
    bool four = first.size() == 4 && year(k).has_value();
    std::string text(first);
    std::size_t end = k + 1;
    if (four && end + 1 < last_ && (t_[end].text() == "-" || t_[end].text() == "/") && !t_[end].space_before &&
        !t_[end + 1].space_before && t_[end + 1].type == TokenType::number) {
      const std::string_view second = t_[end + 1].text();
      int y = small_number(first);
      bool next_short = second.size() == 2 && small_number(second) == (y + 1) % 100;
      bool next_long = second.size() == 4 && small_number(second) == y + 1;
      if (next_short || (named && next_long)) {
        text += "-" + std::string(second.substr(second.size() - 2));
        end += 2;
        named = true;
      }
    } else if (!four && !(named && first.size() == 2)) {
      return 0;
    }
    if (!named) return 0;
    // "the 2022/23 financial year": the words after the years belong to it
    if (end + 1 < last_ && (t_[end].is("fiscal") || t_[end].is("financial")) && t_[end + 1].is("year")) end += 2;
    else if (end < last_ && t_[end].is("fiscal")) ++end;
    m.time = Json{{"fiscal", text}};
    return end;
  }
  /// Past "of the year" / "of this year" at i (said of the year in view), else i.
  std::size_t the_year_after(std::size_t i) const {
    if (i + 2 < last_ && t_[i].is("of") && (t_[i + 1].is("the") || t_[i + 1].is("this") || t_[i + 1].is("last")) &&
        t_[i + 2].is("year")) {
      return i + 3;
    }
    return i;
  }
  /// The year "this year" or "last year" at `i` names, from the publication date (nullopt for "the year").
  std::optional<int> named_year(std::size_t i) const {
    if (!time_.published_year) return std::nullopt;
    if (t_[i].is("this")) return time_.published_year;
    if (t_[i].is("last")) return *time_.published_year - 1;
    return std::nullopt;
  }
  /// The year of a day named without one ("on 19 September"): the paragraph's year, else the latest
  /// such day at or before a publication date known to the month.
  std::optional<int> year_without(int month) const {
    if (time_.recent_year) return time_.recent_year;
    if (time_.published_year && time_.published_month) {
      return month <= *time_.published_month ? *time_.published_year : *time_.published_year - 1;
    }
    return std::nullopt;
  }

  const std::vector<Token>& t_;
  std::size_t first_, last_;
  std::size_t part_end_ = static_cast<std::size_t>(-1);  // where the part of a year matched last ends ("Q1")
  const Lexicon& lex_;
  TimeContext& time_;
  mutable std::vector<std::optional<PhraseMatcher::Match>> memo_;  // per token of the sentence
};

/// A time hedge word right before a time: "since 2021", "before", "after", "by", "until".
std::string time_hedge(const std::vector<Token>& t, std::size_t first, std::size_t floor) {
  if (first <= floor) return "";
  const Token& w = t[first - 1];
  if (w.is("since")) return "since";
  if (w.is("before") || w.is("prior")) return "before";
  if (w.is("after")) return "after";
  if (w.is("by") || w.is("until") || w.is("till")) return "by";
  return "";
}

}  // namespace

void find_times(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon, TimeContext& time,
                UsedTokens& used, std::vector<Mention>& out) {
  TimeScanner scan(tokens, sentence, lexicon, time);
  for (std::size_t i = sentence.first; i < sentence.last; ++i) {
    if (used[i] || !scan.may_open(i)) continue;
    Mention m;
    m.kind = MentionKind::time;
    std::size_t end = scan.match(i, m);
    if (end <= i || m.time.is_null()) continue;
    m.first = i;
    m.last = end;
    m.hedge = time_hedge(tokens, i, sentence.first);
    if (!m.hedge.empty() && m.time.contains("date")) m.time["hedge"] = m.hedge;
    used.mark(i, end);
    out.push_back(std::move(m));
    i = end - 1;
  }
}

}  // namespace factaudit
