#include "factaudit/normalize/time_value.hpp"

#include <algorithm>
#include <set>

#include "factaudit/normalize/decimal.hpp"

namespace factaudit {

namespace {

std::string text_field(const Json& obj, const char* key, const std::string& field) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (!it->is_string()) throw ClaimValueError(field + "/" + key, std::string("expected a string for '") + key + "'");
  return it->get<std::string>();
}

std::optional<unsigned> number_field(const Json& obj, const char* key, unsigned min, unsigned max,
                                     const std::string& field) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() || it->get<long long>() < min || it->get<long long>() > max) {
    throw ClaimValueError(field + "/" + key, std::string("expected a whole number from ") + std::to_string(min) +
                                                 " to " + std::to_string(max) + " for '" + key + "'");
  }
  return static_cast<unsigned>(it->get<long long>());
}

DaySpan year_span(std::int64_t year) {
  return {days_from_civil(year, 1, 1), days_from_civil(year, 12, 31), Granularity::year};
}

DaySpan month_span(std::int64_t year, unsigned month) {
  return {days_from_civil(year, month, 1), days_from_civil(year, month, days_in_month(year, month)),
          Granularity::month};
}

/// Narrows a year reading to a month (and day) when the value names one.
DaySpan narrow(std::int64_t year, std::optional<unsigned> month, std::optional<unsigned> day,
               const std::string& field) {
  if (!month) return year_span(year);
  if (!day) return month_span(year, *month);
  if (*day > days_in_month(year, *month)) throw ClaimValueError(field + "/day", "that day does not exist in that month");
  DayNumber d = days_from_civil(year, *month, *day);
  return {d, d, Granularity::day};
}

DaySpan apply_part(DaySpan span, const std::string& part, const Rulebook& rules, const std::string& field) {
  std::int64_t y;
  unsigned m, d;
  civil_from_days(*span.first, y, m, d);
  if (span.granularity == Granularity::month) {
    auto it = rules.time.month_parts.find(part);
    if (it == rules.time.month_parts.end()) throw ClaimValueError(field + "/part", "unknown part of a month '" + part + "'");
    unsigned last = std::min(it->second.last, days_in_month(y, m));
    return {days_from_civil(y, m, std::min(it->second.first, last)), days_from_civil(y, m, last), span.granularity};
  }
  if (span.granularity == Granularity::year) {
    auto it = rules.time.year_parts.find(part);
    if (it == rules.time.year_parts.end()) throw ClaimValueError(field + "/part", "unknown part of a year '" + part + "'");
    return {days_from_civil(y, it->second.first, 1),
            days_from_civil(y, it->second.last, days_in_month(y, it->second.last)), span.granularity};
  }
  throw ClaimValueError(field + "/part", "a part ('" + part + "') needs a month or a year, not a day");
}

std::vector<DaySpan> relative_readings(const Json& time, const DayRange& pub, const std::string& field) {
  std::string relative = text_field(time, "relative", field);
  auto month = number_field(time, "month", 1, 12, field);
  auto day = number_field(time, "day", 1, 31, field);
  std::set<std::int64_t> years;
  std::vector<DaySpan> out;
  auto each_ref_day = [&](auto&& visit) {
    for (DayNumber r = pub.first; r <= pub.last; ++r) {
      std::int64_t y;
      unsigned m, d;
      civil_from_days(r, y, m, d);
      visit(y, m, d);
    }
  };
  if (relative == "now") {
    out.push_back({pub.first, pub.last, pub.granularity});
  } else if (relative == "this-year" || relative == "last-year" || relative == "next-year") {
    int offset = relative == "this-year" ? 0 : relative == "last-year" ? -1 : 1;
    each_ref_day([&](std::int64_t y, unsigned, unsigned) { years.insert(y + offset); });
    for (auto y : years) out.push_back(narrow(y, month, day, field));
  } else if (relative == "this-month" || relative == "last-month") {
    std::set<std::pair<std::int64_t, unsigned>> months;
    each_ref_day([&](std::int64_t y, unsigned m, unsigned) {
      if (relative == "last-month") {
        if (m == 1) { --y; m = 12; } else { --m; }
      }
      months.insert({y, m});
    });
    for (auto [y, m] : months) out.push_back(month_span(y, m));
  } else if (relative == "last-occurrence") {
    if (!month) throw ClaimValueError(field, "'last-occurrence' needs a month (\"in December\" = month 12)");
    each_ref_day([&](std::int64_t y, unsigned m, unsigned d) {
      bool reached = m > *month || (m == *month && (!day || d >= *day));
      years.insert(reached ? y : y - 1);
    });
    for (auto y : years) out.push_back(narrow(y, month, day, field));
  } else if (relative == "years-ago") {
    auto amount = parse_decimal(text_field(time, "amount", field));
    if (!amount || amount->decimals != 0 || amount->value < 0 || amount->value > 10000) {
      throw ClaimValueError(field + "/amount", "expected a whole number of years as a string, e.g. \"30\"");
    }
    long n = amount->value.get_num().get_si();
    out.push_back({add_years(pub.first, -n), add_years(pub.last, -n), Granularity::year});
  } else {
    throw ClaimValueError(field + "/relative", "unknown relative time '" + relative +
                                                   "' (expected now, this-year, last-year, next-year, this-month, "
                                                   "last-month, last-occurrence or years-ago)");
  }
  return out;
}

DaySpan apply_hedge(DaySpan s, const std::string& hedge, bool years_ago, const std::string& field) {
  if (hedge.empty()) return s;
  DayNumber unit = days_per_unit(s.granularity);
  // "more than 30 years ago" is earlier than the year 30 years back, "nearly six years ago" between six
  // and five years back; neutral words ("only", "a record") change nothing
  if (years_ago && hedge == "more-than") return {std::nullopt, *s.last - 1, s.granularity};
  if (years_ago && hedge == "at-least") return {std::nullopt, *s.last, s.granularity};
  if (years_ago && hedge == "less-than") return {*s.first + 1, std::nullopt, s.granularity};
  if (years_ago && hedge == "up-to") return {*s.first, std::nullopt, s.granularity};
  // a count of years ago is hedged by years, whatever the precision of the publication date
  if (years_ago) unit = 366;
  if (years_ago && hedge == "almost") return {*s.first, *s.last + unit, s.granularity};
  if (years_ago && (hedge == "only" || hedge == "record")) return s;
  if (hedge == "before") return {std::nullopt, *s.first - 1, s.granularity};
  if (hedge == "after") return {*s.last + 1, std::nullopt, s.granularity};
  if (hedge == "by") return {std::nullopt, *s.last, s.granularity};
  if (hedge == "since") return {*s.first, std::nullopt, s.granularity};
  if (hedge == "about") return {*s.first - unit, *s.last + unit, s.granularity};
  throw ClaimValueError(field + "/hedge", "unknown time hedge '" + hedge +
                                              "' (expected before, after, by, since, about; with years-ago also "
                                              "more-than, at-least, less-than, up-to, almost, only, record)");
}

}  // namespace

long days_per_unit(Granularity g) {
  switch (g) {
    case Granularity::day: return 1;
    case Granularity::month: return 31;
    case Granularity::year: return 366;
  }
  return 1;
}

std::string DaySpan::describe() const {
  if (first && last) return format_range(*first, *last);
  if (first) return "on or after " + format_day(*first);
  if (last) return "on or before " + format_day(*last);
  return "any time";
}

std::string ResolvedTime::describe() const {
  std::string out;
  for (const auto& r : readings) out += (out.empty() ? "" : " or ") + r.describe();
  return out.empty() ? "any time" : out;
}

DaySpan ResolvedTime::hull() const {
  if (readings.empty()) return {};
  DaySpan out = readings.front();
  for (const auto& r : readings) {
    out.first = (out.first && r.first) ? std::optional(std::min(*out.first, *r.first)) : std::nullopt;
    out.last = (out.last && r.last) ? std::optional(std::max(*out.last, *r.last)) : std::nullopt;
  }
  return out;
}

ResolvedTime resolve_time(const Json& time, const std::optional<std::string>& published, const Rulebook& rules,
                          const std::string& field) {
  if (!time.is_object()) throw ClaimValueError(field, "expected a time value such as {\"date\": \"2024-10\", \"part\": \"late\"}");
  std::string date = text_field(time, "date", field);
  std::string relative = text_field(time, "relative", field);
  std::vector<DaySpan> readings;
  if (!date.empty()) {
    std::string why;
    auto range = parse_date(date, &why);
    if (!range) throw ClaimValueError(field + "/date", "expected " + why + ", got \"" + date + "\"");
    readings.push_back({range->first, range->last, range->granularity});
  } else if (!relative.empty()) {
    if (!published) return {};  // no reference time: the value constrains nothing
    auto pub = parse_date(*published);
    if (!pub) return {};
    readings = relative_readings(time, *pub, field);
  } else {
    throw ClaimValueError(field, "expected 'date' or 'relative' in a time value");
  }
  std::string part = text_field(time, "part", field);
  std::string hedge = text_field(time, "hedge", field);
  ResolvedTime out;
  for (auto& r : readings) {
    if (!part.empty()) r = apply_part(r, part, rules, field);
    out.readings.push_back(apply_hedge(r, hedge, relative == "years-ago", field));
  }
  return out;
}

DayBounds duration_days(const Json& value, const Rulebook& rules) {
  std::string unit = text_field(value, "unit", "value");
  auto rule = rules.time.durations.find(unit);
  if (rule == rules.time.durations.end()) {
    throw ClaimValueError("value/unit", "unknown duration unit '" + unit + "' (expected day, week, month or year)");
  }
  std::string amount_text = text_field(value, "amount", "value");
  mpq_class low_n, high_n;
  if (amount_text.empty()) {
    low_n = high_n = 1;
  } else if (auto vague = rules.time.vague_amounts.find(amount_text); vague != rules.time.vague_amounts.end()) {
    low_n = vague->second.min;
    high_n = vague->second.max;
  } else {
    auto amount = parse_decimal(amount_text);
    if (!amount || amount->value < 0) {
      throw ClaimValueError("value/amount", "expected a number of units (\"1\") or a vague amount (few, several)");
    }
    low_n = high_n = amount->value;
  }
  const DurationRule& d = rule->second;
  mpq_class low = low_n * d.min_days * (1 - d.tolerance);
  mpq_class high = high_n * d.max_days * (1 + d.tolerance);
  auto floor_of = [](const mpq_class& q) { mpz_class f; mpz_fdiv_q(f.get_mpz_t(), q.get_num_mpz_t(), q.get_den_mpz_t()); return f.get_si(); };
  auto ceil_of = [](const mpq_class& q) { mpz_class c; mpz_cdiv_q(c.get_mpz_t(), q.get_num_mpz_t(), q.get_den_mpz_t()); return c.get_si(); };
  std::string hedge = text_field(value, "hedge", "value");
  if (hedge.empty()) return {floor_of(low), ceil_of(high)};
  mpq_class exact_low = low_n * d.min_days, exact_high = high_n * d.max_days;
  if (hedge == "less-than") return {0, ceil_of(exact_high) - 1};
  if (hedge == "more-than") return {floor_of(exact_low) + 1, std::nullopt};
  if (hedge == "about") return {floor_of(low * mpq_class(9, 10)), ceil_of(high * mpq_class(11, 10))};
  if (hedge == "at-least") return {floor_of(exact_low), std::nullopt};
  if (hedge == "up-to") return {0, ceil_of(exact_high)};
  throw ClaimValueError("value/hedge", "unknown duration hedge '" + hedge + "' (expected less-than, more-than, about, at-least or up-to)");
}

}  // namespace factaudit
