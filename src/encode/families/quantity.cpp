// quantity: an amount in a numeric slot ("$636.5 million in 2023").
#include "factaudit/encode/family.hpp"
#include "factaudit/normalize/decimal.hpp"
#include "numeric_slot.hpp"

namespace factaudit::families {

namespace {

class QuantityFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::quantity; }

  void validate(const Claim& claim, const DocumentInfo&, const Rulebook& rules) const override {
    NumericSlot slot = read_numeric_slot(claim.slot, "period", rules);
    StatedNumber stated = stated_number(claim.value, rules);
    if (stated.unit != slot.unit) {
      throw ClaimValueError("value/unit", "value unit '" + stated.unit + "' differs from the slot's unit '" + slot.unit + "'");
    }
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook& rules, SlotIndex& index) const override {
    NumericSlot slot = read_numeric_slot(set.claims[claim].slot, "period", rules);
    index.add_numeric(slot);
    index.touch(claim, slot.key);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr* delta) const override {
    const Claim& c = enc.claims().claims[claim];
    NumericSlot slot = read_numeric_slot(c.slot, "period", enc.rules());
    StatedNumber stated = stated_number(c.value, enc.rules());
    z3::expr x = enc.real(slot.key);
    numeric_background(slot, x, enc);
    if (!delta) {
      enc.require(item, enc.within(x, stated.interval));
      return;
    }
    z3::expr slack = *delta * enc.number(abs(stated.value));
    if (stated.interval.lo.value) enc.require(item, x >= enc.number(*stated.interval.lo.value) - slack);
    if (stated.interval.hi.value) enc.require(item, x <= enc.number(*stated.interval.hi.value) + slack);
  }

  Relaxation relaxation(const Claim&) const override { return Relaxation::relative; }

  std::optional<z3::expr> primary_term(std::size_t claim, Encoding& enc) const override {
    NumericSlot slot = read_numeric_slot(enc.claims().claims[claim].slot, "period", enc.rules());
    return enc.real(slot.key);
  }

  std::string describe(const Claim& claim, const ClaimSet&, const Rulebook& rules) const override {
    NumericSlot slot = read_numeric_slot(claim.slot, "period", rules);
    StatedNumber stated = stated_number(claim.value, rules);
    return describe_slot(slot, rules) + ": \"" + claim.span.text + "\" = " +
           stated.interval.describe(stated.scale, 4) + (stated.scale_id == "one" ? "" : " " + stated.scale_id) +
           (slot.unit == "USD" ? " USD" : " " + slot.unit);
  }
};

}  // namespace

const ClaimFamily& quantity_family() {
  static const QuantityFamily family;
  return family;
}

}  // namespace factaudit::families
