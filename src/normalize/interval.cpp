#include "factaudit/normalize/interval.hpp"

#include "factaudit/normalize/decimal.hpp"

namespace factaudit {

bool NumericInterval::empty() const {
  if (!lo.value || !hi.value) return false;
  if (*lo.value > *hi.value) return true;
  return *lo.value == *hi.value && (lo.open || hi.open);
}

std::string NumericInterval::describe(const mpq_class& divisor, int decimals) const {
  std::string out = lo.open || !lo.value ? "(" : "[";
  out += lo.value ? format_decimal(round_down(*lo.value / divisor, decimals), decimals) : "-inf";
  out += ", ";
  out += hi.value ? format_decimal(round_up(*hi.value / divisor, decimals), decimals) : "inf";
  out += hi.open || !hi.value ? ")" : "]";
  return out;
}

}  // namespace factaudit
