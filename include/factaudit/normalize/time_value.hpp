/// Time values as stated (absolute, partial, relative to publication, hedged) → ranges of days.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factaudit/model/claim.hpp"
#include "factaudit/normalize/calendar.hpp"
#include "factaudit/normalize/interval.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// Days a time value may denote; an absent side is unbounded.
struct DaySpan {
  std::optional<DayNumber> first, last;
  Granularity granularity = Granularity::day;
  std::string describe() const;
};

/// A time value can have several readings when the publication date is coarse ("in December" in an
/// article from "2024" is December 2023 or December 2024): the value is one of them.
struct ResolvedTime {
  std::vector<DaySpan> readings;  // empty = nothing known
  std::string describe() const;
  /// The hull of all readings.
  DaySpan hull() const;
};

/// Resolves a time value object; `field` names it in errors ("value/time"). Throws ClaimValueError.
ResolvedTime resolve_time(const Json& time, const std::optional<std::string>& published, const Rulebook& rules,
                          const std::string& field);

/// Days covered by a duration as stated in an ordering value (amount, unit, hedge).
struct DayBounds {
  std::optional<long> min, max;  // absent = unbounded
};

DayBounds duration_days(const Json& value, const Rulebook& rules);

/// Days in one unit of a granularity (for severity: "moving a date by one unit").
long days_per_unit(Granularity g);

}  // namespace factaudit
