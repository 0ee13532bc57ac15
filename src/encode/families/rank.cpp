// rank: a position in an ordering ("among the ten main trade partners" = rank 1..10) or being the
// first of a group to do something ("the first in the region to remove ... from the list").
#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "factaudit/normalize/stated_value.hpp"
#include "factaudit/rules/pattern.hpp"
#include "numeric_slot.hpp"
#include "time_slot.hpp"

namespace factaudit::families {

namespace {

bool is_first(const Claim& claim) { return claim.value.value("first", false) == true; }

/// The ranking a claim places its subject in: measure, among whom, when, qualifiers.
std::string ranking_of(const Claim& claim) {
  std::string when = canonical_period_field(claim.slot, "as_of");
  if (when.empty()) when = canonical_period_field(claim.slot, "period");
  return required_string(claim.slot, "slot", "measure") + "|" + claim.slot.value("among", "") + "|" + when + "|" +
         qualifier_text(claim.slot);
}

std::string rank_key(const Claim& claim) {
  return "rank|" + required_string(claim.slot, "slot", "subject") + "|" + ranking_of(claim);
}

/// For "first": the event keys of the subject and of every other group member that has that event.
std::pair<std::string, std::vector<std::string>> first_keys(const Claim& claim, const Rulebook& rules,
                                                            const SlotIndex* index) {
  std::string group = required_string(claim.value, "value", "group");
  std::string pattern = required_string(claim.value, "value", "event");
  if (!rules.groups.count(group)) throw ClaimValueError("value/group", "unknown group '" + group + "'");
  if (pattern.find("{X}") == std::string::npos) throw ClaimValueError("value/event", "expected an event template with {X}");
  std::string subject = required_string(claim.slot, "slot", "subject");
  std::string own = *fill_pattern(pattern, {{"X", subject}});
  std::vector<std::string> others;
  for (const auto& member : rules.group_members(group)) {
    if (member == subject) continue;
    std::string key = *fill_pattern(pattern, {{"X", member}});
    if (!index || index->events().count(key)) others.push_back(key);
  }
  return {own, others};
}

class RankFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::rank; }

  void validate(const Claim& claim, const DocumentInfo&, const Rulebook& rules) const override {
    if (is_first(claim)) {
      first_keys(claim, rules, nullptr);
      return;
    }
    rank_key(claim);
    Json value = claim.value;
    if (!value.contains("unit")) value["unit"] = "count";
    stated_number(value, rules);
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook& rules, SlotIndex& index) const override {
    const Claim& c = set.claims[claim];
    if (!is_first(c)) {
      index.touch(claim, rank_key(c));
      index.add_rank(ranking_of(c), rank_key(c));
      return;
    }
    // other members' events are linked once every claim is indexed (see encode); here the own event
    auto [own, others] = first_keys(c, rules, nullptr);
    index.add_event(own);
    index.touch(claim, own);
    for (const auto& key : others) index.touch(claim, key);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr*) const override {
    const Claim& c = enc.claims().claims[claim];
    if (is_first(c)) {
      auto [own, others] = first_keys(c, enc.rules(), &enc.index());
      for (const auto& key : others) enc.require(item, enc.integer(own) <= enc.integer(key));
      return;
    }
    Json value = c.value;
    if (!value.contains("unit")) value["unit"] = "count";
    StatedNumber stated = stated_number(value, enc.rules());
    z3::expr r = enc.integer(rank_key(c));
    enc.background(r >= 1);
    enc.require(item, enc.within(z3::to_real(r), stated.interval));
  }

  std::string describe(const Claim& claim, const ClaimSet&, const Rulebook& rules) const override {
    std::string subject = rules.name_of(claim.subject());
    if (is_first(claim)) {
      return subject + " was the first of " + claim.value.value("group", "") + " to " + claim.value.value("event", "") +
             " (\"" + claim.span.text + "\")";
    }
    return subject + " " + claim.measure() + " among " + rules.name_of(claim.slot.value("among", "")) + ": \"" +
           claim.span.text + "\"";
  }
};

}  // namespace

const ClaimFamily& rank_family() {
  static const RankFamily family;
  return family;
}

}  // namespace factaudit::families
