// change: a percentage change or ratio between two periods of a measure ("35.5% lower than 2022",
// "twice as much as the previous year"). With an interval of constant factors it stays linear.
#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "factaudit/normalize/decimal.hpp"
#include "numeric_slot.hpp"

namespace factaudit::families {

namespace {

struct ChangeFactor {
  NumericInterval factor;  // new = factor x base
  std::string wording;
};

ChangeFactor factor_of(const Claim& claim, const Rulebook& rules) {
  StatedNumber stated = stated_number(claim.value, rules);
  std::string direction = claim.value.value("direction", "");
  ChangeFactor out;
  if (stated.unit == "times") {
    if (!direction.empty()) throw ClaimValueError("value/direction", "a ratio in 'times' has no direction");
    out.factor = stated.interval;
    out.wording = claim.span.text + " (x" + stated.interval.describe(1, 4) + ")";
    return out;
  }
  if (stated.unit != "percent") throw ClaimValueError("value/unit", "a change is stated in 'percent' or 'times'");
  if (direction != "increase" && direction != "decrease") {
    throw ClaimValueError("value/direction", "expected direction 'increase' or 'decrease' for a percentage change");
  }
  const mpq_class hundred(100);
  auto to_factor = [&](const Bound& b) -> Bound {
    if (!b.value) return b;
    mpq_class f = direction == "increase" ? mpq_class(1 + *b.value / hundred) : mpq_class(1 - *b.value / hundred);
    return {f, b.open};
  };
  if (direction == "increase") {
    out.factor = {to_factor(stated.interval.lo), to_factor(stated.interval.hi)};
  } else {
    out.factor = {to_factor(stated.interval.hi), to_factor(stated.interval.lo)};
    if (!stated.interval.hi.value) out.factor.lo = {std::nullopt, false};
    if (!stated.interval.lo.value) out.factor.hi = {std::nullopt, false};
  }
  out.wording = std::string(direction == "increase" ? "an increase of " : "a decrease of ") + claim.span.text +
                " (x" + out.factor.describe(1, 4) + ")";
  return out;
}

/// new within factor x base, for either sign of base.
z3::expr scaled(const z3::expr& next, const z3::expr& base, const NumericInterval& f, Encoding& enc, bool may_be_negative) {
  auto side = [&](const Bound& b, bool lower, bool positive_base) {
    z3::expr bound = enc.number(*b.value) * base;
    bool is_lower = positive_base ? lower : !lower;
    if (is_lower) return b.open ? next > bound : next >= bound;
    return b.open ? next < bound : next <= bound;
  };
  z3::expr positive = enc.ctx().bool_val(true);
  z3::expr negative = enc.ctx().bool_val(true);
  if (f.lo.value) {
    positive = positive && side(f.lo, true, true);
    negative = negative && side(f.lo, true, false);
  }
  if (f.hi.value) {
    positive = positive && side(f.hi, false, true);
    negative = negative && side(f.hi, false, false);
  }
  if (!may_be_negative) return positive;
  return z3::implies(base >= 0, positive) && z3::implies(base < 0, negative);
}

class ChangeFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::change; }

  void validate(const Claim& claim, const DocumentInfo&, const Rulebook& rules) const override {
    read_numeric_slot(claim.slot, "period", rules);
    if (canonical_period_field(claim.slot, "base_period").empty()) {
      throw ClaimValueError("slot", "missing 'base_period' (the period the change is measured from)");
    }
    factor_of(claim, rules);
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook& rules, SlotIndex& index) const override {
    auto [next, base] = slots(set.claims[claim], rules);
    index.add_numeric(next);
    index.add_numeric(base);
    index.touch(claim, next.key);
    index.touch(claim, base.key);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr*) const override {
    const Claim& c = enc.claims().claims[claim];
    auto [next, base] = slots(c, enc.rules());
    z3::expr x = enc.real(next.key), b = enc.real(base.key);
    numeric_background(next, x, enc);
    numeric_background(base, b, enc);
    const MeasureRule* m = enc.rules().measure(next.measure);
    enc.require(item, scaled(x, b, factor_of(c, enc.rules()).factor, enc, !(m && m->nonnegative)));
  }

  std::string describe(const Claim& claim, const ClaimSet&, const Rulebook& rules) const override {
    auto [next, base] = slots(claim, rules);
    std::string base_period = base.period ? format_range(base.period->first(), base.period->last()) : "?";
    return describe_slot(next, rules) + " compared with " + base_period + ": " + factor_of(claim, rules).wording;
  }

 private:
  static std::pair<NumericSlot, NumericSlot> slots(const Claim& claim, const Rulebook& rules) {
    NumericSlot next = read_numeric_slot(claim.slot, "period", rules);
    NumericSlot base = read_numeric_slot(claim.slot, "base_period", rules);
    return {next, base};
  }
};

}  // namespace

const ClaimFamily& change_family() {
  static const ChangeFamily family;
  return family;
}

}  // namespace factaudit::families
