// Calendar arithmetic: day numbers, dates of any granularity, periods and their printed forms.
#include <catch2/catch.hpp>

#include <string>

#include "factaudit/normalize/calendar.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;

namespace {
DayNumber day(std::int64_t y, unsigned m, unsigned d) { return days_from_civil(y, m, d); }
}  // namespace

TEST_CASE("days_from_civil counts days since 1970-01-01", "[calendar]") {
  CHECK(day(1970, 1, 1) == 0);
  CHECK(day(1970, 1, 2) == 1);
  CHECK(day(1969, 12, 31) == -1);
  CHECK(day(1971, 1, 1) == 365);
  CHECK(day(1973, 1, 1) == 365 + 365 + 366);  // 1972 is a leap year
  CHECK(day(2000, 3, 1) - day(2000, 2, 28) == 2);  // 2000-02-29 exists
  CHECK(day(1900, 3, 1) - day(1900, 2, 28) == 1);  // 1900-02-29 does not
}

TEST_CASE("civil_from_days inverts days_from_civil", "[calendar]") {
  for (DayNumber d = day(1899, 12, 1); d <= day(1901, 3, 31); d += 1) {
    std::int64_t y;
    unsigned m, dd;
    civil_from_days(d, y, m, dd);
    REQUIRE(days_from_civil(y, m, dd) == d);
  }
  std::int64_t y;
  unsigned m, d;
  civil_from_days(day(2024, 2, 29), y, m, d);
  CHECK(y == 2024);
  CHECK(m == 2);
  CHECK(d == 29);
}

TEST_CASE("days_in_month knows the leap-year rules", "[calendar]") {
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(1900, 2) == 28);  // divisible by 100, not by 400
  CHECK(days_in_month(2000, 2) == 29);  // divisible by 400
  CHECK(days_in_month(2100, 2) == 28);
  CHECK(days_in_month(2023, 1) == 31);
  CHECK(days_in_month(2023, 4) == 30);
  CHECK(days_in_month(2023, 9) == 30);
  CHECK(days_in_month(2023, 12) == 31);
}

TEST_CASE("parse_date: a year - a month and a day cover their days", "[calendar]") {
  auto year = parse_date("2023");
  REQUIRE(year);
  CHECK(year->first == day(2023, 1, 1));
  CHECK(year->last == day(2023, 12, 31));
  CHECK(year->granularity == Granularity::year);

  auto month = parse_date("2023-09");
  REQUIRE(month);
  CHECK(month->first == day(2023, 9, 1));
  CHECK(month->last == day(2023, 9, 30));
  CHECK(month->granularity == Granularity::month);

  auto leap_feb = parse_date("2024-02");
  REQUIRE(leap_feb);
  CHECK(leap_feb->last == day(2024, 2, 29));

  auto one = parse_date("2023-09-17");
  REQUIRE(one);
  CHECK(one->first == day(2023, 9, 17));
  CHECK(one->last == one->first);
  CHECK(one->granularity == Granularity::day);
}

TEST_CASE("parse_date rejects a day that does not exist instead of rolling over", "[calendar]") {
  std::string why;
  CHECK_FALSE(parse_date("2023-02-29", &why));
  CHECK_THAT(why, Contains("28 days"));
  CHECK_THAT(why, Contains("2023-02"));

  why.clear();
  CHECK_FALSE(parse_date("2023-04-31", &why));
  CHECK_THAT(why, Contains("30 days"));

  auto leap = parse_date("2024-02-29", &why);
  REQUIRE(leap);
  CHECK(leap->first == day(2024, 2, 29));

  CHECK_FALSE(parse_date("2023-09-00"));
}

TEST_CASE("parse_date rejects month 13 and malformed dates with a reason", "[calendar]") {
  std::string why;
  CHECK_FALSE(parse_date("2023-13", &why));
  CHECK_THAT(why, Contains("month"));
  why.clear();
  CHECK_FALSE(parse_date("2023-00", &why));
  CHECK_THAT(why, Contains("month"));

  for (const char* bad : {"", "0000", "23", "2023-9", "2023-09-1", "2023/09", "2023-09-01x", "2023-", "September 2023"}) {
    INFO("date \"" << bad << "\"");
    why.clear();
    CHECK_FALSE(parse_date(bad, &why));
    CHECK_FALSE(why.empty());
  }
  CHECK_FALSE(parse_date("2023-13"));  // `why` is optional
}

TEST_CASE("parse_period: a range of months runs from the first day of A to the last day of B", "[calendar]") {
  auto period = parse_period("2024-01..2024-08");
  REQUIRE(period);
  CHECK(period->first() == day(2024, 1, 1));
  CHECK(period->last() == day(2024, 8, 31));
  CHECK_FALSE(period->open_end);
  CHECK(canonical_period(*period) == "2024-01-01..2024-08-31");

  auto half = parse_period("2021-01..2021-06");
  REQUIRE(half);
  CHECK(half->last() == day(2021, 6, 30));

  auto single = parse_period("2023");
  REQUIRE(single);
  CHECK(single->first() == day(2023, 1, 1));
  CHECK(single->last() == day(2023, 12, 31));
  CHECK_FALSE(single->open_end);
  CHECK(canonical_period(*single) == "2023-01-01..2023-12-31");
}

TEST_CASE("parse_period: an open range \"2021..\" has a start and no end", "[calendar]") {
  auto open = parse_period("2021..");
  REQUIRE(open);
  CHECK(open->open_end);
  CHECK(open->first() == day(2021, 1, 1));
  CHECK(canonical_period(*open) == "2021-01-01..");
}

TEST_CASE("parse_period rejects reversed ranges and bad ends", "[calendar]") {
  std::string why;
  CHECK_FALSE(parse_period("2024..2023", &why));
  CHECK_THAT(why, Contains("end"));
  CHECK_FALSE(parse_period("2024-08..2024-01"));

  // a range inside one unit is fine, and so is one ending in the month it starts
  CHECK(parse_period("2024-01..2024"));
  CHECK(parse_period("2024-03-05..2024-03"));

  why.clear();
  CHECK_FALSE(parse_period("2023-02-29..2023-03", &why));
  CHECK_THAT(why, Contains("28 days"));
  CHECK_FALSE(parse_period("..2023"));
  CHECK_FALSE(parse_period("2023..2023-13"));
}

TEST_CASE("format_day and format_range print at the coarsest granularity that fits", "[calendar]") {
  CHECK(format_day(day(2024, 11, 30)) == "2024-11-30");
  CHECK(format_day(day(1999, 1, 5)) == "1999-01-05");

  CHECK(format_range(day(2023, 1, 1), day(2023, 12, 31)) == "2023");
  CHECK(format_range(day(2023, 9, 1), day(2023, 9, 30)) == "2023-09");
  CHECK(format_range(day(2024, 2, 1), day(2024, 2, 29)) == "2024-02");
  CHECK(format_range(day(2023, 9, 17), day(2023, 9, 17)) == "2023-09-17");
  CHECK(format_range(day(2024, 1, 1), day(2024, 8, 31)) == "2024-01..2024-08");
  CHECK(format_range(day(2021, 1, 1), day(2023, 12, 31)) == "2021..2023");
  CHECK(format_range(day(2023, 9, 21), day(2023, 9, 30)) == "2023-09-21..2023-09-30");
  // not a whole month at the end: printed by day
  CHECK(format_range(day(2024, 2, 1), day(2024, 2, 28)) == "2024-02-01..2024-02-28");
}

TEST_CASE("format_range and parse_period agree on the printed forms", "[calendar]") {
  for (const char* text : {"2023", "2023-09", "2024-01..2024-08", "2021..2023", "2023-09-21..2023-09-30", "2023-09-17"}) {
    INFO("period " << text);
    auto period = parse_period(text);
    REQUIRE(period);
    CHECK(format_range(period->first(), period->last()) == text);
  }
}

TEST_CASE("add_years keeps the calendar date and turns Feb 29 into Feb 28", "[calendar]") {
  CHECK(add_years(day(2024, 11, 5), -30) == day(1994, 11, 5));
  CHECK(add_years(day(2024, 2, 29), 1) == day(2025, 2, 28));
  CHECK(add_years(day(2024, 2, 29), -4) == day(2020, 2, 29));
  CHECK(add_years(day(2023, 12, 31), 1) == day(2024, 12, 31));
}

TEST_CASE("granularity names", "[calendar]") {
  CHECK(to_string(Granularity::day) == "day");
  CHECK(to_string(Granularity::month) == "month");
  CHECK(to_string(Granularity::year) == "year");
}
