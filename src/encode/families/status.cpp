// status: a state that changes over time (on or off a list, recognised, accredited). Each status has
// one change day; before it the status is `init`, after it the opposite.
#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "time_slot.hpp"

namespace factaudit::families {

namespace {

std::string key_of(const Claim& claim) {
  return status_key(required_string(claim.slot, "slot", "subject"), required_string(claim.slot, "slot", "status"));
}

bool is_change(const Claim& claim) { return claim.value.contains("change"); }

bool state_of(const Claim& claim) {
  auto it = claim.value.find("state");
  if (it == claim.value.end() || !it->is_boolean()) throw ClaimValueError("value", "expected 'state' (true/false) or 'change' (on/off)");
  return it->get<bool>();
}

bool change_to(const Claim& claim) {
  std::string change = required_string(claim.value, "value", "change");
  if (change != "on" && change != "off") throw ClaimValueError("value/change", "expected change 'on' or 'off'");
  return change == "on";
}

class StatusFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::status; }

  void validate(const Claim& claim, const DocumentInfo& doc, const Rulebook& rules) const override {
    key_of(claim);
    if (is_change(claim)) change_to(claim);
    else state_of(claim);
    if (claim.value.contains("time")) resolve_time(claim.value["time"], doc.published, rules, "value/time");
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook&, SlotIndex& index) const override {
    std::string key = key_of(set.claims[claim]);
    index.add_event(key);
    index.touch(claim, key);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr* delta) const override {
    const Claim& c = enc.claims().claims[claim];
    std::string key = key_of(c);
    z3::expr day = enc.integer(key);   // the day of the change
    z3::expr init = enc.boolean(key);  // the state before it
    ResolvedTime when = claim_time(c, enc.claims(), enc.rules(), "time");
    note_readings(when, enc);
    if (is_change(c)) {
      bool to = change_to(c);
      enc.require(item, init == enc.ctx().bool_val(!to));
      enc.require(item, within_readings(day, when, enc, delta));
      return;
    }
    bool state = state_of(c);
    z3::expr wanted = enc.ctx().bool_val(state);
    z3::expr slack = delta ? *delta : enc.ctx().int_val(0);
    bool never = c.value.value("never", false) == true;
    z3::expr_vector options(enc.ctx());
    if (when.readings.empty()) when.readings.push_back({});
    for (const auto& r : when.readings) {
      if (never) {  // the state held all along up to some day of the reading ("has never recognised")
        z3::expr one = init == wanted;
        if (r.first) one = one && day > enc.ctx().int_val(static_cast<int64_t>(*r.first)) - slack;
        options.push_back(one);
        continue;
      }
      // held on some day t of the reading: before the change (init) or after it (not init)
      z3::expr before = init == wanted, after = init != wanted;
      if (r.first) before = before && day > enc.ctx().int_val(static_cast<int64_t>(*r.first)) - slack;
      if (r.last) after = after && day <= enc.ctx().int_val(static_cast<int64_t>(*r.last)) + slack;
      options.push_back(before || after);
    }
    enc.require(item, z3::mk_or(options));
  }

  Relaxation relaxation(const Claim&) const override { return Relaxation::none; }

  std::string describe(const Claim& claim, const ClaimSet& set, const Rulebook& rules) const override {
    std::string what = claim.slot_field("status") + " of " + rules.name_of(claim.subject());
    ResolvedTime when = claim_time(claim, set, rules, "time");
    if (is_change(claim)) {
      return what + " turned " + (change_to(claim) ? "on" : "off") + " in " + when.describe() + " (\"" + claim.span.text + "\")";
    }
    bool never = claim.value.value("never", false) == true;
    return what + " was " + (state_of(claim) ? "true" : "false") + (never ? " all along up to " : " in ") +
           when.describe() + " (\"" + claim.span.text + "\")";
  }
};

}  // namespace

const ClaimFamily& status_family() {
  static const StatusFamily family;
  return family;
}

}  // namespace factaudit::families
