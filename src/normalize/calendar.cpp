#include "factaudit/normalize/calendar.hpp"

#include <cctype>
#include <cstdio>

namespace factaudit {

std::string_view to_string(Granularity g) {
  switch (g) {
    case Granularity::day: return "day";
    case Granularity::month: return "month";
    case Granularity::year: return "year";
  }
  return "day";
}

// Howard Hinnant's algorithms (public domain), proleptic Gregorian calendar.
DayNumber days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(DayNumber z, std::int64_t& year, unsigned& month, unsigned& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = y + (month <= 2);
}

unsigned days_in_month(std::int64_t year, unsigned month) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

namespace {
bool read_number(std::string_view text, std::size_t& pos, std::size_t digits, unsigned& out) {
  if (pos + digits > text.size()) return false;
  unsigned value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    char c = text[pos + i];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  pos += digits;
  out = value;
  return true;
}

void set_why(std::string* why, const std::string& message) {
  if (why) *why = message;
}
}  // namespace

std::optional<DayRange> parse_date(std::string_view text, std::string* why) {
  std::size_t pos = 0;
  unsigned year = 0, month = 0, day = 0;
  if (!read_number(text, pos, 4, year) || year == 0) {
    set_why(why, "a date as YYYY, YYYY-MM or YYYY-MM-DD");
    return std::nullopt;
  }
  if (pos == text.size()) {
    return DayRange{days_from_civil(year, 1, 1), days_from_civil(year, 12, 31), Granularity::year};
  }
  if (text[pos] != '-' || !read_number(text, ++pos, 2, month) || month < 1 || month > 12) {
    set_why(why, "a month 01..12 after YYYY-");
    return std::nullopt;
  }
  if (pos == text.size()) {
    return DayRange{days_from_civil(year, month, 1), days_from_civil(year, month, days_in_month(year, month)),
                    Granularity::month};
  }
  if (text[pos] != '-' || !read_number(text, ++pos, 2, day) || pos != text.size()) {
    set_why(why, "a date as YYYY, YYYY-MM or YYYY-MM-DD");
    return std::nullopt;
  }
  if (day < 1 || day > days_in_month(year, month)) {
    set_why(why, "a day that exists in " + std::string(text.substr(0, 7)) + " (it has " +
                     std::to_string(days_in_month(year, month)) + " days)");
    return std::nullopt;
  }
  DayNumber d = days_from_civil(year, month, day);
  return DayRange{d, d, Granularity::day};
}

std::optional<Period> parse_period(std::string_view text, std::string* why) {
  auto dots = text.find("..");
  if (dots == std::string_view::npos) {
    auto single = parse_date(text, why);
    if (!single) return std::nullopt;
    return Period{*single, *single, false};
  }
  auto from = parse_date(text.substr(0, dots), why);
  if (!from) return std::nullopt;
  std::string_view rest = text.substr(dots + 2);
  if (rest.empty()) return Period{*from, *from, true};
  auto to = parse_date(rest, why);
  if (!to) return std::nullopt;
  if (to->last < from->first) {
    set_why(why, "a period whose end is not before its start");
    return std::nullopt;
  }
  return Period{*from, *to, false};
}

std::string format_day(DayNumber day) {
  std::int64_t y;
  unsigned m, d;
  civil_from_days(day, y, m, d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::string canonical_period(const Period& period) {
  std::string out = format_day(period.first()) + "..";
  if (!period.open_end) out += format_day(period.last());
  return out;
}

std::string format_range(DayNumber first, DayNumber last) {
  std::int64_t y1, y2;
  unsigned m1, d1, m2, d2;
  civil_from_days(first, y1, m1, d1);
  civil_from_days(last, y2, m2, d2);
  if (first == last) return format_day(first);
  if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31) return std::to_string(y1);
  if (y1 == y2 && m1 == m2 && d1 == 1 && d2 == days_in_month(y2, m2)) return format_day(first).substr(0, 7);
  if (d1 == 1 && d2 == days_in_month(y2, m2)) {
    if (m1 == 1 && m2 == 12) return std::to_string(y1) + ".." + std::to_string(y2);
    return format_day(first).substr(0, 7) + ".." + format_day(last).substr(0, 7);
  }
  return format_day(first) + ".." + format_day(last);
}

DayNumber add_years(DayNumber day, std::int64_t years) {
  std::int64_t y;
  unsigned m, d;
  civil_from_days(day, y, m, d);
  y += years;
  if (m == 2 && d == 29 && days_in_month(y, 2) == 28) d = 28;
  return days_from_civil(y, m, d);
}

}  // namespace factaudit
