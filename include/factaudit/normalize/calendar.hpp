/// Calendar arithmetic on day numbers (days since 1970-01-01) and ISO-like dates of any granularity.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factaudit {

using DayNumber = std::int64_t;

enum class Granularity { day, month, year };

std::string_view to_string(Granularity g);

/// A date written at some granularity covers a range of days ("2023-09" = Sept 1..30).
struct DayRange {
  DayNumber first = 0;
  DayNumber last = 0;
  Granularity granularity = Granularity::day;
};

DayNumber days_from_civil(std::int64_t year, unsigned month, unsigned day);
void civil_from_days(DayNumber days, std::int64_t& year, unsigned& month, unsigned& day);
unsigned days_in_month(std::int64_t year, unsigned month);

/// "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1..9999); nullopt with `why` set when invalid
/// (so "2023-02-30" is rejected rather than rolled over).
std::optional<DayRange> parse_date(std::string_view text, std::string* why = nullptr);

/// A period: one date, or a range "A..B"; "A.." is open-ended (`open_end` set, last = first of A).
struct Period {
  DayRange from;
  DayRange to;
  bool open_end = false;
  DayNumber first() const { return from.first; }
  DayNumber last() const { return to.last; }
};

std::optional<Period> parse_period(std::string_view text, std::string* why = nullptr);

/// The canonical text of a period for slot keys: "YYYY-MM-DD..YYYY-MM-DD" or "YYYY-MM-DD..".
std::string canonical_period(const Period& period);

/// ISO text of a day number ("2024-11-30").
std::string format_day(DayNumber day);

/// A day range printed at its granularity ("2023", "2023-09", "2023-09-17" or "2023-09-21..2023-09-30").
std::string format_range(DayNumber first, DayNumber last);

/// Adds whole years (Feb 29 becomes Feb 28) or months to a day.
DayNumber add_years(DayNumber day, std::int64_t years);

}  // namespace factaudit
