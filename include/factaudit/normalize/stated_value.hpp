/// A number as stated (literal, scale, unit, hedge) → the interval it means, by the rules' tolerances.
#pragma once

#include <string>

#include "factaudit/model/claim.hpp"
#include "factaudit/normalize/interval.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// The stated number and the interval it stands for, in base units (literal x scale).
struct StatedNumber {
  mpq_class value;        // literal x scale (the point value)
  mpq_class scale = 1;    // the scale factor ("million" = 10^6)
  std::string scale_id;   // "million"
  std::string unit;       // "USD", "percent", "times", ...
  std::string hedge;      // hedge id or ""
  NumericInterval interval;
  bool has_literal = true;  // false for "most of" (a hedge with no figure)
};

/// Reads `value.literal`, `value.scale`, `value.unit`, `value.hedge` of a claim. Throws ClaimValueError
/// naming the field when something is missing or unknown.
StatedNumber stated_number(const Json& value, const Rulebook& rules, bool literal_required = true);

/// The interval of a stated number without its hedge (precision, round figure, unit tolerance).
NumericInterval precision_interval(const mpq_class& value, const struct DecimalLiteral& literal,
                                   const mpq_class& scale, bool scale_word, const std::string& unit,
                                   const Rulebook& rules);

}  // namespace factaudit
