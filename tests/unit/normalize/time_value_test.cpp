// Time values (absolute, partial, relative to publication, hedged) → day spans; durations → day bounds.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "factaudit/normalize/calendar.hpp"
#include "factaudit/normalize/time_value.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "../unit_support.hpp"
#include "claim_builder.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::testing::shipped_rules;
using factaudit::unit::thrown;

namespace {


DayNumber on_day(std::int64_t y, unsigned m, unsigned d) { return days_from_civil(y, m, d); }

ResolvedTime resolve(const char* json, std::optional<std::string> published = std::nullopt,
                     const std::string& field = "value") {
  return resolve_time(Json::parse(json), published, shipped_rules(), field);
}

/// The single reading of a time value.
DaySpan only(const ResolvedTime& t) {
  INFO("readings: " << t.describe());
  REQUIRE(t.readings.size() == 1);
  return t.readings.front();
}

void check_span(const DaySpan& s, std::optional<DayNumber> first, std::optional<DayNumber> last) {
  INFO("span " << s.describe());
  CHECK(s.first == first);
  CHECK(s.last == last);
}

bool has_reading(const ResolvedTime& t, DayNumber first, DayNumber last) {
  return std::any_of(t.readings.begin(), t.readings.end(),
                     [&](const DaySpan& s) { return s.first == first && s.last == last; });
}

std::string error_field(const char* json, std::optional<std::string> published = std::string("2024-11")) {
  auto e = thrown<ClaimValueError>([&] { resolve(json, published); });
  return e ? e->field() : std::string("<no ClaimValueError>");
}

DayBounds duration(const char* json) { return duration_days(Json::parse(json), shipped_rules()); }

}  // namespace

TEST_CASE("time: an absolute date covers its days", "[time_value]") {
  DaySpan month = only(resolve(R"({"date": "2002-09"})"));
  check_span(month, on_day(2002, 9, 1), on_day(2002, 9, 30));
  CHECK(month.granularity == Granularity::month);

  DaySpan year = only(resolve(R"({"date": "2003"})"));
  check_span(year, on_day(2003, 1, 1), on_day(2003, 12, 31));
  CHECK(year.granularity == Granularity::year);
}

TEST_CASE("time: \"late October 2024\" is 2024-10-21..2024-10-31", "[time_value]") {
  DaySpan late = only(resolve(R"({"date": "2024-10", "part": "late"})"));
  check_span(late, on_day(2024, 10, 21), on_day(2024, 10, 31));

  // parts of a short month end with the month
  check_span(only(resolve(R"({"date": "2023-02", "part": "late"})")), on_day(2023, 2, 21), on_day(2023, 2, 28));
  check_span(only(resolve(R"({"date": "2024-02", "part": "second-half"})")), on_day(2024, 2, 16), on_day(2024, 2, 29));
  check_span(only(resolve(R"({"date": "2024-10", "part": "early"})")), on_day(2024, 10, 1), on_day(2024, 10, 10));
}

TEST_CASE("time: parts of a year are stretches of months", "[time_value]") {
  check_span(only(resolve(R"({"date": "2021", "part": "first-half"})")), on_day(2021, 1, 1), on_day(2021, 6, 30));
  check_span(only(resolve(R"({"date": "2023", "part": "late"})")), on_day(2023, 9, 1), on_day(2023, 12, 31));
  check_span(only(resolve(R"({"date": "2024", "part": "first-quarter"})")), on_day(2024, 1, 1), on_day(2024, 3, 31));
  check_span(only(resolve(R"({"date": "2024", "part": "fourth-quarter"})")), on_day(2024, 10, 1), on_day(2024, 12, 31));
}

TEST_CASE("time: parts that do not apply are errors naming value/part", "[time_value]") {
  CHECK(error_field(R"({"date": "2024-10-05", "part": "late"})") == "value/part");
  CHECK(error_field(R"({"date": "2024-10", "part": "third-quarter"})") == "value/part");  // a year part on a month
  CHECK(error_field(R"({"date": "2024", "part": "dawn"})") == "value/part");
}

TEST_CASE("time: \"last year\" in an article of 2024-01 is 2023", "[time_value]") {
  DaySpan s = only(resolve(R"({"relative": "last-year"})", std::string("2024-01")));
  check_span(s, on_day(2023, 1, 1), on_day(2023, 12, 31));
  CHECK(s.granularity == Granularity::year);

  // "late last year"
  check_span(only(resolve(R"({"relative": "last-year", "part": "late"})", std::string("2024-01"))), on_day(2023, 9, 1),
             on_day(2023, 12, 31));
  // "October this year"
  check_span(only(resolve(R"({"relative": "this-year", "month": 10})", std::string("2024-11"))), on_day(2024, 10, 1),
             on_day(2024, 10, 31));
  check_span(only(resolve(R"({"relative": "next-year"})", std::string("2024-11-05"))), on_day(2025, 1, 1),
             on_day(2025, 12, 31));
}

TEST_CASE("time: this month - last month and now resolve against publication", "[time_value]") {
  check_span(only(resolve(R"({"relative": "this-month"})", std::string("2024-11-05"))), on_day(2024, 11, 1),
             on_day(2024, 11, 30));
  check_span(only(resolve(R"({"relative": "last-month"})", std::string("2024-01-15"))), on_day(2023, 12, 1),
             on_day(2023, 12, 31));
  check_span(only(resolve(R"({"relative": "now"})", std::string("2024-11"))), on_day(2024, 11, 1), on_day(2024, 11, 30));

  // a coarse publication date allows every month of the year for "last month"
  ResolvedTime coarse = resolve(R"({"relative": "last-month"})", std::string("2024"));
  CHECK(coarse.readings.size() == 12);
  CHECK(has_reading(coarse, on_day(2023, 12, 1), on_day(2023, 12, 31)));
  CHECK(has_reading(coarse, on_day(2024, 11, 1), on_day(2024, 11, 30)));
  CHECK_FALSE(has_reading(coarse, on_day(2024, 12, 1), on_day(2024, 12, 31)));
}

TEST_CASE("time: \"in December\" published in 2024 is December 2023 or December 2024", "[time_value]") {
  ResolvedTime t = resolve(R"({"relative": "last-occurrence", "month": 12})", std::string("2024"));
  INFO(t.describe());
  REQUIRE(t.readings.size() == 2);
  CHECK(has_reading(t, on_day(2023, 12, 1), on_day(2023, 12, 31)));
  CHECK(has_reading(t, on_day(2024, 12, 1), on_day(2024, 12, 31)));
  DaySpan hull = t.hull();
  check_span(hull, on_day(2023, 12, 1), on_day(2024, 12, 31));
  CHECK_THAT(t.describe(), Contains("2023-12"));
  CHECK_THAT(t.describe(), Contains("2024-12"));
}

TEST_CASE("time: \"in December\" published in 2024-11 is December 2023 only", "[time_value]") {
  DaySpan s = only(resolve(R"({"relative": "last-occurrence", "month": 12})", std::string("2024-11")));
  check_span(s, on_day(2023, 12, 1), on_day(2023, 12, 31));
  // published in December itself: this December
  check_span(only(resolve(R"({"relative": "last-occurrence", "month": 12})", std::string("2024-12-15"))),
             on_day(2024, 12, 1), on_day(2024, 12, 31));
  // "in May" published in November: this year's May
  check_span(only(resolve(R"({"relative": "last-occurrence", "month": 5})", std::string("2024-11"))), on_day(2024, 5, 1),
             on_day(2024, 5, 31));
}

TEST_CASE("time: \"on 25 December\" counts the day when deciding which December", "[time_value]") {
  const char* christmas = R"({"relative": "last-occurrence", "month": 12, "day": 25})";
  check_span(only(resolve(christmas, std::string("2024-12-20"))), on_day(2023, 12, 25), on_day(2023, 12, 25));
  check_span(only(resolve(christmas, std::string("2024-12-25"))), on_day(2024, 12, 25), on_day(2024, 12, 25));
}

TEST_CASE("time: a relative day that does not exist in the resolved year is an error", "[time_value]") {
  // "on 29 February last year": fine in an article of 2025, impossible in one of 2024
  check_span(only(resolve(R"({"relative": "last-year", "month": 2, "day": 29})", std::string("2025-03"))),
             on_day(2024, 2, 29), on_day(2024, 2, 29));
  CHECK(error_field(R"({"relative": "last-year", "month": 2, "day": 29})", std::string("2024-03")) == "value/day");
}

TEST_CASE("time: years ago - plain and hedged", "[time_value]") {
  check_span(only(resolve(R"({"relative": "years-ago", "amount": "30"})", std::string("2024-11-05"))),
             on_day(1994, 11, 5), on_day(1994, 11, 5));
  check_span(only(resolve(R"({"relative": "years-ago", "amount": "30"})", std::string("2024"))), on_day(1994, 1, 1),
             on_day(1994, 12, 31));

  // "more than 30 years ago" in a 2024 article: strictly before 30 years before the latest possible
  // publication day (2024-12-31), so at the latest 1994-12-30, with no lower bound
  DaySpan more = only(resolve(R"({"relative": "years-ago", "amount": "30", "hedge": "more-than"})", std::string("2024")));
  check_span(more, std::nullopt, on_day(1994, 12, 30));
  DaySpan more_day =
      only(resolve(R"({"relative": "years-ago", "amount": "30", "hedge": "more-than"})", std::string("2024-11-05")));
  check_span(more_day, std::nullopt, on_day(1994, 11, 4));

  // "less than 30 years ago": after 30 years before the earliest publication day
  DaySpan less = only(resolve(R"({"relative": "years-ago", "amount": "30", "hedge": "less-than"})", std::string("2024")));
  check_span(less, on_day(1994, 1, 2), std::nullopt);

  // "nearly six years ago": between six and five years back; "at least" includes the year itself;
  // "about" and "almost" count in years even when the publication day is known
  DaySpan nearly = only(resolve(R"({"relative": "years-ago", "amount": "6", "hedge": "almost"})", std::string("2023-04-13")));
  check_span(nearly, on_day(2017, 4, 13), on_day(2017, 4, 13) + 366);
  DaySpan at_least = only(resolve(R"({"relative": "years-ago", "amount": "30", "hedge": "at-least"})", std::string("2024")));
  check_span(at_least, std::nullopt, on_day(1994, 12, 31));
  DaySpan about = only(resolve(R"({"relative": "years-ago", "amount": "30", "hedge": "about"})", std::string("2024-11-05")));
  check_span(about, on_day(1994, 11, 5) - 366, on_day(1994, 11, 5) + 366);
  check_span(only(resolve(R"({"relative": "years-ago", "amount": "30", "hedge": "only"})", std::string("2024"))),
             on_day(1994, 1, 1), on_day(1994, 12, 31));

  CHECK(error_field(R"({"relative": "years-ago", "amount": "2.5"})") == "value/amount");
  CHECK(error_field(R"({"relative": "years-ago"})") == "value/amount");
}

TEST_CASE("time: before - after - by and since open one side", "[time_value]") {
  check_span(only(resolve(R"({"date": "2024-10", "hedge": "before"})")), std::nullopt, on_day(2024, 9, 30));
  check_span(only(resolve(R"({"date": "2024-10", "hedge": "after"})")), on_day(2024, 11, 1), std::nullopt);
  check_span(only(resolve(R"({"date": "2024-10", "hedge": "by"})")), std::nullopt, on_day(2024, 10, 31));
  check_span(only(resolve(R"({"date": "2024-10", "hedge": "since"})")), on_day(2024, 10, 1), std::nullopt);
  // "about" widens both sides and keeps the stated month inside
  DaySpan about = only(resolve(R"({"date": "2024-10", "hedge": "about"})"));
  REQUIRE(about.first);
  REQUIRE(about.last);
  CHECK(*about.first < on_day(2024, 10, 1));
  CHECK(*about.last > on_day(2024, 10, 31));

  CHECK(error_field(R"({"date": "2024-10", "hedge": "perhaps"})") == "value/hedge");
  // more-than only makes sense with years-ago
  CHECK(error_field(R"({"date": "2024-10", "hedge": "more-than"})") == "value/hedge");
}

TEST_CASE("time: relative values without a publication date constrain nothing", "[time_value]") {
  ResolvedTime t = resolve(R"({"relative": "last-year"})");
  CHECK(t.readings.empty());
  CHECK(t.describe() == "any time");
  DaySpan hull = t.hull();
  CHECK_FALSE(hull.first);
  CHECK_FALSE(hull.last);
  CHECK(resolve(R"({"relative": "last-occurrence", "month": 12})").readings.empty());
}

TEST_CASE("time: invalid time values name their field", "[time_value]") {
  auto bad_day = thrown<ClaimValueError>([] { resolve(R"({"date": "2023-02-29"})"); });
  REQUIRE(bad_day);
  CHECK(bad_day->field() == "value/date");
  CHECK_THAT(bad_day->what(), Contains("28 days"));

  CHECK(error_field(R"({"date": "2023-13"})") == "value/date");
  CHECK(error_field(R"({})") == "value");
  CHECK(error_field(R"("2024-10")") == "value");
  CHECK(error_field(R"({"relative": "yesteryear"})") == "value/relative");
  CHECK(error_field(R"({"relative": "last-occurrence"})") == "value");  // needs a month
  CHECK(error_field(R"({"relative": "this-year", "month": 13})") == "value/month");
  CHECK(error_field(R"({"date": 2024})") == "value/date");

  // the field prefix is the caller's ("value/from" in a span)
  auto nested = thrown<ClaimValueError>([] { resolve(R"({"date": "2023-02-29"})", std::nullopt, "value/from"); });
  REQUIRE(nested);
  CHECK(nested->field() == "value/from/date");
}

TEST_CASE("time: DaySpan::describe", "[time_value]") {
  CHECK(DaySpan{on_day(2023, 9, 1), on_day(2023, 9, 30), Granularity::month}.describe() == "2023-09");
  CHECK(DaySpan{on_day(2023, 9, 1), std::nullopt, Granularity::month}.describe() == "on or after 2023-09-01");
  CHECK(DaySpan{std::nullopt, on_day(2023, 9, 30), Granularity::month}.describe() == "on or before 2023-09-30");
  CHECK(DaySpan{}.describe() == "any time");
}

TEST_CASE("duration: \"a month\" is 25 to 35 days", "[time_value][duration]") {
  DayBounds month = duration(R"({"unit": "month"})");
  CHECK(month.min == 25);
  CHECK(month.max == 35);
  DayBounds one = duration(R"({"amount": "1", "unit": "month"})");
  CHECK(one.min == 25);
  CHECK(one.max == 35);
}

TEST_CASE("duration: \"a few days\" is 2 to 7 days, \"several\" 2 to 10", "[time_value][duration]") {
  DayBounds few = duration(R"({"amount": "few", "unit": "day"})");
  CHECK(few.min == 2);
  CHECK(few.max == 7);
  DayBounds several = duration(R"({"amount": "several", "unit": "day"})");
  CHECK(several.min == 2);
  CHECK(several.max == 10);
}

TEST_CASE("duration: \"the day before\" is exactly one day", "[time_value][duration]") {
  DayBounds d = duration(R"({"amount": "1", "unit": "day"})");
  CHECK(d.min == 1);
  CHECK(d.max == 1);
}

TEST_CASE("duration: weeks and years with their tolerance - rounded outwards", "[time_value][duration]") {
  // a week: [7 * 0.9, 7 * 1.1] = [6.3, 7.7] → [6, 8]
  DayBounds week = duration(R"({"amount": "1", "unit": "week"})");
  CHECK(week.min == 6);
  CHECK(week.max == 8);
  // two years: [730 * 0.95, 732 * 1.05] = [693.5, 768.6] → [693, 769]
  DayBounds years = duration(R"({"amount": "2", "unit": "year"})");
  CHECK(years.min == 693);
  CHECK(years.max == 769);
}

TEST_CASE("duration: less than / more than are open at the exact length", "[time_value][duration]") {
  // "less than a year": [0, 366) days
  DayBounds less = duration(R"({"amount": "1", "unit": "year", "hedge": "less-than"})");
  CHECK(less.min == 0);
  CHECK(less.max == 365);
  // "less than a month": [0, 31)
  DayBounds less_month = duration(R"({"unit": "month", "hedge": "less-than"})");
  CHECK(less_month.min == 0);
  CHECK(less_month.max == 30);
  // "more than a month": (28, inf)
  DayBounds more = duration(R"({"unit": "month", "hedge": "more-than"})");
  CHECK(more.min == 29);
  CHECK_FALSE(more.max);
  // "about a month" is at least as wide as "a month"
  DayBounds about = duration(R"({"unit": "month", "hedge": "about"})");
  REQUIRE(about.min);
  REQUIRE(about.max);
  CHECK(*about.min <= 25);
  CHECK(*about.max >= 35);
}

TEST_CASE("duration: unknown unit - amount or hedge name the field", "[time_value][duration]") {
  auto field = [](const char* json) {
    auto e = thrown<ClaimValueError>([&] { duration(json); });
    return e ? e->field() : std::string("<no ClaimValueError>");
  };
  CHECK(field(R"({"unit": "fortnight"})") == "value/unit");
  CHECK(field(R"({})") == "value/unit");
  CHECK(field(R"({"amount": "-1", "unit": "day"})") == "value/amount");
  CHECK(field(R"({"amount": "a dozen", "unit": "day"})") == "value/amount");
  CHECK(field(R"({"amount": "1", "unit": "day", "hedge": "perhaps"})") == "value/hedge");
}

TEST_CASE("days_per_unit: one unit of a granularity spans at least its longest instance", "[time_value]") {
  CHECK(days_per_unit(Granularity::day) == 1);
  CHECK(days_per_unit(Granularity::month) >= 31);
  CHECK(days_per_unit(Granularity::year) >= 366);
}
