/// Numeric intervals with exact rational bounds, open or closed, possibly unbounded.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include <gmpxx.h>

namespace factaudit {

struct Bound {
  std::optional<mpq_class> value;  // nullopt = unbounded
  bool open = false;
};

struct NumericInterval {
  Bound lo, hi;
  bool empty() const;
  /// "[636.45, 636.55]", "(149.5, inf)" in the given unit scale, for explanations.
  std::string describe(const mpq_class& divisor = 1, int decimals = 2) const;
};

/// A claim whose value cannot be understood; `field` is a path inside the claim ("value/literal").
class ClaimValueError : public std::runtime_error {
 public:
  ClaimValueError(std::string field, const std::string& message)
      : std::runtime_error(message), field_(std::move(field)) {}
  const std::string& field() const { return field_; }

 private:
  std::string field_;
};

}  // namespace factaudit
