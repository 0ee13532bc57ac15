// share: a part as a percentage of its whole ("99 percent of which was exports", "most of which").
#include "factaudit/encode/family.hpp"
#include "numeric_slot.hpp"

namespace factaudit::families {

namespace {

class ShareFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::share; }

  void validate(const Claim& claim, const DocumentInfo&, const Rulebook& rules) const override {
    read_numeric_slot(claim.slot, "period", rules, false);
    read_nested_slot(claim.slot, "whole", rules, false);
    StatedNumber share = stated_number(claim.value, rules);
    if (share.unit != "percent") throw ClaimValueError("value/unit", "a share is stated in 'percent'");
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook& rules, SlotIndex& index) const override {
    const Claim& c = set.claims[claim];
    NumericSlot part = read_numeric_slot(c.slot, "period", rules, false);
    NumericSlot whole = read_nested_slot(c.slot, "whole", rules, false);
    index.add_numeric(part);
    index.add_numeric(whole);
    index.touch(claim, part.key);
    index.touch(claim, whole.key);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr*) const override {
    const Claim& c = enc.claims().claims[claim];
    NumericSlot part = read_numeric_slot(c.slot, "period", enc.rules(), false);
    NumericSlot whole = read_nested_slot(c.slot, "whole", enc.rules(), false);
    StatedNumber share = stated_number(c.value, enc.rules());
    z3::expr p = enc.real(part.key), w = enc.real(whole.key);
    numeric_background(part, p, enc);
    numeric_background(whole, w, enc);
    enc.background(w >= 0);
    const mpq_class hundred(100);
    const NumericInterval& s = share.interval;
    if (s.lo.value) {
      z3::expr bound = enc.number(*s.lo.value / hundred) * w;
      enc.require(item, s.lo.open ? p > bound : p >= bound);
    }
    if (s.hi.value) {
      z3::expr bound = enc.number(*s.hi.value / hundred) * w;
      enc.require(item, s.hi.open ? p < bound : p <= bound);
    }
  }

  std::string describe(const Claim& claim, const ClaimSet&, const Rulebook& rules) const override {
    NumericSlot part = read_numeric_slot(claim.slot, "period", rules, false);
    NumericSlot whole = read_nested_slot(claim.slot, "whole", rules, false);
    StatedNumber share = stated_number(claim.value, rules);
    return describe_slot(part, rules) + " is \"" + claim.span.text + "\" of " + describe_slot(whole, rules) + " = " +
           share.interval.describe(1, 2) + " %";
  }
};

}  // namespace

const ClaimFamily& share_family() {
  static const ShareFamily family;
  return family;
}

}  // namespace factaudit::families
