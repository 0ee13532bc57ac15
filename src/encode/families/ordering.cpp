// ordering: one event placed against another ("a month after", "a few days later", "the day before",
// "less than a year after") or inside a named period ("at this stage").
#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "time_slot.hpp"

namespace factaudit::families {

namespace {

struct OrderingSlots {
  std::string event, reference;
};

OrderingSlots slots_of(const Claim& claim) {
  auto ref = claim.slot.find("reference");
  if (ref == claim.slot.end() || !ref->is_object()) {
    throw ClaimValueError("slot/reference", "expected the reference event {subject, measure}");
  }
  return {event_key(required_string(claim.slot, "slot", "subject"), required_string(claim.slot, "slot", "measure")),
          event_key(required_string(*ref, "slot/reference", "subject"),
                    required_string(*ref, "slot/reference", "measure"))};
}

std::string relation_of(const Claim& claim) {
  std::string relation = required_string(claim.value, "value", "relation");
  if (relation != "after" && relation != "before" && relation != "within") {
    throw ClaimValueError("value/relation", "expected relation 'after', 'before' or 'within'");
  }
  return relation;
}

class OrderingFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::ordering; }

  void validate(const Claim& claim, const DocumentInfo&, const Rulebook& rules) const override {
    slots_of(claim);
    if (relation_of(claim) != "within" && claim.value.contains("unit")) duration_days(claim.value, rules);
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook&, SlotIndex& index) const override {
    OrderingSlots s = slots_of(set.claims[claim]);
    index.add_event(s.event);
    index.add_event(s.reference);
    index.touch(claim, s.event);
    index.touch(claim, s.reference);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr* delta) const override {
    const Claim& c = enc.claims().claims[claim];
    OrderingSlots s = slots_of(c);
    z3::expr event = enc.integer(s.event);
    z3::expr zero = enc.ctx().int_val(0);
    z3::expr slack = delta ? *delta : zero;
    std::string relation = relation_of(c);
    if (relation == "within") {
      z3::expr start = enc.integer(s.reference + "#start"), end = enc.integer(s.reference + "#end");
      enc.require(item, event >= start - slack && event <= end + slack);
      return;
    }
    z3::expr gap = relation == "after" ? event - enc.integer(s.reference) : enc.integer(s.reference) - event;
    if (!c.value.contains("unit")) {
      enc.require(item, gap >= zero - slack);
      return;
    }
    DayBounds bounds = duration_days(c.value, enc.rules());
    if (bounds.min) enc.require(item, gap >= enc.ctx().int_val(static_cast<int64_t>(*bounds.min)) - slack);
    if (bounds.max) enc.require(item, gap <= enc.ctx().int_val(static_cast<int64_t>(*bounds.max)) + slack);
  }

  Relaxation relaxation(const Claim&) const override { return Relaxation::days; }

  long severity_unit_days(const Claim& claim, const Encoding& enc) const override {
    std::string unit = claim.value.value("unit", "");
    auto rule = enc.rules().time.durations.find(unit);
    return rule == enc.rules().time.durations.end() ? 31 : rule->second.max_days;
  }

  std::string describe(const Claim& claim, const ClaimSet&, const Rulebook& rules) const override {
    const Json& ref = claim.slot["reference"];
    std::string event = describe_event(claim.subject(), claim.measure(), rules);
    std::string reference = describe_event(ref.value("subject", ""), ref.value("measure", ""), rules);
    std::string relation = relation_of(claim);
    if (relation == "within") return event + " falls within " + reference + " (\"" + claim.span.text + "\")";
    std::string amount;
    if (claim.value.contains("unit")) {
      DayBounds b = duration_days(claim.value, rules);
      amount = " by " + (b.min ? std::to_string(*b.min) : std::string("0")) + ".." +
               (b.max ? std::to_string(*b.max) : std::string("any number of")) + " days";
    }
    return event + " is " + relation + " " + reference + amount + " (\"" + claim.span.text + "\")";
  }
};

}  // namespace

const ClaimFamily& ordering_family() {
  static const OrderingFamily family;
  return family;
}

}  // namespace factaudit::families
