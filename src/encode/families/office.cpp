// office: who held which office when ("then-Ambassador", "promoted to deputy prime minister in
// September 2023", "new ambassador", "returned its ambassador"). Each holder has one term [start, end];
// a term lasts, by the frame assumption, until its stated end or until a named successor starts.
#include <map>
#include <set>

#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "time_slot.hpp"

namespace factaudit::families {

namespace {

std::string role_of(const Claim& claim) {
  std::string role = required_string(claim.value, "value", "role");
  if (role != "holds" && role != "start" && role != "end") {
    throw ClaimValueError("value/role", "expected role 'holds', 'start' or 'end'");
  }
  return role;
}

std::string holder_name(const std::string& holder, const Rulebook& rules) {
  return is_unnamed_holder(holder) ? "an unnamed holder" : rules.name_of(holder);
}

class OfficeFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::office; }

  void validate(const Claim& claim, const DocumentInfo& doc, const Rulebook& rules) const override {
    required_string(claim.slot, "slot", "subject");
    required_string(claim.slot, "slot", "office");
    role_of(claim);
    if (!claim.value.contains("time")) throw ClaimValueError("value", "missing 'time' (when the office was held, began or ended)");
    resolve_time(claim.value["time"], doc.published, rules, "value/time");
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook&, SlotIndex& index) const override {
    const Claim& c = set.claims[claim];
    std::string office = c.slot_field("office");
    std::string holder = office_holder(c);
    index.add_office_holder(office, holder);
    index.touch(claim, office_key(office));
    if (!is_unnamed_holder(holder)) index.touch(claim, "entity:" + holder);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr* delta) const override {
    const Claim& c = enc.claims().claims[claim];
    std::string office = c.slot_field("office"), holder = office_holder(c);
    z3::expr s = enc.integer(tenure_start_key(office, holder)), e = enc.integer(tenure_end_key(office, holder));
    ResolvedTime when = claim_time(c, enc.claims(), enc.rules(), "time");
    note_readings(when, enc);
    std::string role = role_of(c);
    if (role == "start") {
      enc.require(item, within_readings(s, when, enc, delta));
    } else if (role == "end") {
      enc.require(item, within_readings(e, when, enc, delta));
    } else {
      // in post at some day of one of the readings: s <= last and e >= first
      z3::expr_vector options(enc.ctx());
      for (const auto& r : when.readings) {
        z3::expr one = enc.ctx().bool_val(true);
        if (r.last) one = one && s <= enc.ctx().int_val(static_cast<int64_t>(*r.last));
        if (r.first) one = one && e >= enc.ctx().int_val(static_cast<int64_t>(*r.first));
        options.push_back(one);
      }
      if (!options.empty()) enc.require(item, z3::mk_or(options));
    }
  }

  void finish(Encoding& enc) const override {
    // holders per office in this component, and which of them have a stated end
    std::map<std::string, std::set<std::string>> holders;
    std::set<std::pair<std::string, std::string>> ended;
    for (std::size_t claim : enc.component_claims) {
      const Claim& c = enc.claims().claims[claim];
      if (c.kind != ClaimKind::office) continue;
      std::string office = c.slot_field("office"), holder = office_holder(c);
      holders[office].insert(holder);
      if (role_of(c) == "end") ended.insert({office, holder});
    }
    for (const auto& [office, names] : holders) {
      for (const auto& h : names) {
        enc.background(enc.integer(tenure_start_key(office, h)) <= enc.integer(tenure_end_key(office, h)));
      }
      link_identities(enc, office, names);
      if (!enc.horizon()) continue;
      for (const auto& h : names) {
        if (ended.count({office, h})) continue;
        frame_assumption(enc, office, h, names);
      }
    }
  }

  Relaxation relaxation(const Claim&) const override { return Relaxation::none; }

  std::string describe(const Claim& claim, const ClaimSet& set, const Rulebook& rules) const override {
    std::string role = role_of(claim);
    std::string verb = role == "holds" ? " held " : role == "start" ? " took up " : " left ";
    ResolvedTime when = claim_time(claim, set, rules, "time");
    return holder_name(office_holder(claim), rules) + verb + "the office of " + rules.describe_office(claim.slot_field("office")) +
           ", " + when.describe() + " (\"" + claim.span.text + "\")";
  }

 private:
  /// Same-person links (identity claims) join the terms of the two ids.
  static void link_identities(Encoding& enc, const std::string& office, const std::set<std::string>& names) {
    for (const auto& link : enc.identity_links()) {
      if (!names.count(link.a) || !names.count(link.b) || link.a == link.b) continue;
      enc.background(z3::implies(link.literal,
                                 enc.integer(tenure_start_key(office, link.a)) == enc.integer(tenure_start_key(office, link.b)) &&
                                     enc.integer(tenure_end_key(office, link.a)) == enc.integer(tenure_end_key(office, link.b))));
    }
  }

  /// The term of `h` lasts until the component's horizon unless a named successor took over.
  static void frame_assumption(Encoding& enc, const std::string& office, const std::string& h,
                               const std::set<std::string>& names) {
    DayNumber horizon = *enc.horizon();
    z3::expr s = enc.integer(tenure_start_key(office, h)), e = enc.integer(tenure_end_key(office, h));
    z3::expr_vector ways(enc.ctx());
    ways.push_back(e >= enc.ctx().int_val(static_cast<int64_t>(horizon)));
    for (const auto& other : names) {
      if (other == h || is_unnamed_holder(other)) continue;
      z3::expr s2 = enc.integer(tenure_start_key(office, other));
      ways.push_back(s2 > s && e == s2);
    }
    std::string text = holder_name(h, enc.rules()) + " stayed " + enc.rules().describe_office(office) + " until at least " +
                       format_day(horizon) + ", since no end of the term and no successor is stated";
    std::size_t item = enc.assume("frame:" + office + ":" + h, text);
    enc.require(item, z3::mk_or(ways));
  }
};

}  // namespace

const ClaimFamily& office_family() {
  static const OfficeFamily family;
  return family;
}

}  // namespace factaudit::families
