// The normalisers: decimal literals, dates and periods as text; stated numbers, time values and
// durations as the JSON value objects of claims.
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/normalize/calendar.hpp"
#include "factaudit/normalize/decimal.hpp"
#include "factaudit/normalize/stated_value.hpp"
#include "factaudit/normalize/time_value.hpp"

FACTAUDIT_FUZZ_TARGET(normalizers) {
  using namespace factaudit;
  if (auto literal = parse_decimal(input)) format_decimal(literal->value, 4);
  if (auto value = parse_rational(input)) {
    round_down(*value, 2);
    round_up(*value, 2);
  }
  std::string why;
  if (auto range = parse_date(input, &why)) format_range(range->first, range->last);
  if (auto period = parse_period(input, &why)) canonical_period(*period);
  Json value = Json::parse(input, nullptr, false);
  if (!value.is_object()) return;
  const Rulebook& rules = fuzz::bundled_rules();
  fuzz::expect_user_errors([&] { stated_number(value, rules, false); });
  fuzz::expect_user_errors([&] { resolve_time(value, std::string("2024-05-17"), rules, "value/time"); });
  fuzz::expect_user_errors([&] { resolve_time(value, std::string("2024"), rules, "value/time"); });
  fuzz::expect_user_errors([&] { duration_days(value, rules); });
}
