/// Exact decimal numbers: stated literals parsed into rationals, and rationals printed for people.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <gmpxx.h>

namespace factaudit {

/// A decimal literal as stated ("636.5", "545700", "-3.2"): its exact value and its precision.
struct DecimalLiteral {
  mpq_class value;
  int decimals = 0;             // digits after the point
  int significant_digits = 0;   // "0.05" has 1, "636.5" has 4, "500" has 1
  bool trailing_zeros = false;  // an integer ending in 0 ("500", "30")
  mpq_class half_unit;          // half a unit of the last digit
};

/// Parses `[-]digits[.digits]`; nullopt when the text is not such a literal (or is absurdly long).
std::optional<DecimalLiteral> parse_decimal(std::string_view text);

/// Parses a rational written as a decimal string ("0.05", "1000000").
std::optional<mpq_class> parse_rational(std::string_view text);

/// Prints a rational with at most `max_decimals` digits after the point, trailing zeros trimmed.
std::string format_decimal(const mpq_class& value, int max_decimals = 2);

/// Rounds towards -inf / +inf at `decimals` digits (for printing interval bounds outwards).
mpq_class round_down(const mpq_class& value, int decimals);
mpq_class round_up(const mpq_class& value, int decimals);

}  // namespace factaudit
