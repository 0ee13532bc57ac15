// count: how many things there are, possibly with the things listed and the list closed
// ("only two countries ... China ... and Tashkent"; "seven meetings: three in Astana ...").
#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "factaudit/normalize/stated_value.hpp"
#include "numeric_slot.hpp"

namespace factaudit::families {

namespace {

StatedNumber count_number(const Claim& claim, const Rulebook& rules) {
  Json value = claim.value;
  if (!value.contains("unit")) value["unit"] = "count";
  return stated_number(value, rules);
}

std::vector<std::string> members_of(const Claim& claim) {
  std::vector<std::string> out;
  auto it = claim.value.find("members");
  if (it == claim.value.end()) return out;
  if (!it->is_array()) throw ClaimValueError("value/members", "expected a list of members");
  for (const auto& m : *it) {
    if (!m.is_string()) throw ClaimValueError("value/members", "expected members as strings (entity ids or labels)");
    out.push_back(m.get<std::string>());
  }
  return out;
}

bool closed_of(const Claim& claim) {
  auto it = claim.value.find("closed");
  if (it == claim.value.end()) return false;
  if (!it->is_boolean()) throw ClaimValueError("value/closed", "expected true or false");
  return it->get<bool>();
}

class CountFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::count; }

  void validate(const Claim& claim, const DocumentInfo&, const Rulebook& rules) const override {
    read_count_slot(claim.slot);
    count_number(claim, rules);
    members_of(claim);
    closed_of(claim);
    if (claim.value.contains("breakdown") && !claim.value["breakdown"].is_string()) {
      throw ClaimValueError("value/breakdown", "expected the qualifier along which the parts add up (e.g. \"place\")");
    }
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook&, SlotIndex& index) const override {
    const Claim& c = set.claims[claim];
    CountSlot slot = read_count_slot(c.slot);
    index.add_count(slot);
    index.touch(claim, slot.key);
    if (c.value.contains("breakdown")) index.add_breakdown(slot.key, c.value["breakdown"].get<std::string>(), claim);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr*) const override {
    const Claim& c = enc.claims().claims[claim];
    CountSlot slot = read_count_slot(c.slot);
    z3::expr n = enc.integer(slot.key);
    enc.background(n >= 0);
    StatedNumber stated = count_number(c, enc.rules());
    if (stated.has_literal) enc.require(item, enc.within(z3::to_real(n), stated.interval));
    auto members = members_of(c);
    if (!members.empty()) {
      int listed = static_cast<int>(members.size());
      enc.require(item, closed_of(c) ? n == listed : n >= listed);
    }
    if (slot.when) enc.note_day(slot.when->open_end ? slot.when->first() : slot.when->last());
  }

  std::string describe(const Claim& claim, const ClaimSet&, const Rulebook& rules) const override {
    CountSlot slot = read_count_slot(claim.slot);
    std::string out = slot.measure + " of " + describe_subject(slot.subject, rules);
    for (const auto& [k, v] : slot.qualifiers) out += " (" + v + ")";
    if (slot.when) out += " as of " + format_range(slot.when->first(), slot.when->last());
    out += ": \"" + claim.span.text + "\"";
    auto members = members_of(claim);
    if (!members.empty()) {
      out += closed_of(claim) ? ", exactly " : ", including ";
      for (std::size_t i = 0; i < members.size(); ++i) out += (i ? ", " : "") + rules.name_of(members[i]);
    }
    return out;
  }
};

}  // namespace

const ClaimFamily& count_family() {
  static const CountFamily family;
  return family;
}

}  // namespace factaudit::families
