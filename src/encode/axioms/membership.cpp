// membership axioms: a set defined by an office ("countries with an ambassador in Afghanistan"): X is
// a member at time t exactly when office(X) has a holder in post at t. A count of that set with its
// members listed and closed ("only two countries: China and Uzbekistan") excludes everyone else.
#include <algorithm>

#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "factaudit/rules/pattern.hpp"

namespace factaudit::axioms {

namespace {

std::vector<std::string> listed_members(const Claim& claim) {
  std::vector<std::string> out;
  if (auto it = claim.value.find("members"); it != claim.value.end() && it->is_array()) {
    for (const auto& m : *it) out.push_back(m.get<std::string>());
  }
  return out;
}

class MembershipAxiom final : public AxiomKind {
 public:
  std::string_view kind() const override { return "membership"; }

  void instantiate(const AxiomRule& rule, const Rulebook& rules, SlotIndex& index, const ClaimSet&,
                   std::vector<AxiomInstance>& out) const override {
    for (const auto& [count_key, count] : index.counts()) {
      Bindings bound;
      if (!match_pattern(rule.set, count.measure, bound)) continue;
      for (const auto& [office, holders] : index.offices()) {
        Bindings with_member = bound;
        if (!match_pattern(rule.office, office, with_member) || !with_member.count("X")) continue;
        AxiomInstance instance;
        instance.rule = &rule;
        instance.subject = count_key;
        instance.member = with_member["X"];
        instance.right = {office};
        instance.keys = {count_key, office_key(office)};
        instance.text = fill_pattern(rule.says, with_member).value_or(rule.says) + ": " + rules.name_of(instance.member);
        out.push_back(instance);
      }
    }
  }

  void encode(const AxiomInstance& instance, Encoding& enc) const override {
    const CountSlot& count = enc.index().counts().at(instance.subject);
    const std::string& office = instance.right.front();
    z3::expr t = enc.integer("asof|" + instance.subject);
    if (count.when) {
      enc.background(t >= enc.ctx().int_val(static_cast<int64_t>(count.when->first())));
      if (!count.when->open_end) enc.background(t <= enc.ctx().int_val(static_cast<int64_t>(count.when->last())));
    }
    z3::expr member = enc.boolean(member_key(instance.subject, instance.member));
    z3::expr_vector in_post(enc.ctx());
    for (const auto& h : enc.index().offices().at(office)) {
      in_post.push_back(enc.integer(tenure_start_key(office, h)) <= t && t <= enc.integer(tenure_end_key(office, h)));
    }
    std::size_t item = enc.rule(instance.rule->id, instance.text);
    enc.require(item, member == z3::mk_or(in_post));
    // what the count claims on this slot say about the member
    for (std::size_t claim : enc.component_claims) {
      const Claim& c = enc.claims().claims[claim];
      if (c.kind != ClaimKind::count || read_count_slot(c.slot).key != instance.subject) continue;
      auto members = listed_members(c);
      bool listed = std::find(members.begin(), members.end(), instance.member) != members.end();
      auto count_item = enc.item_of_claim(claim);
      if (!count_item) continue;
      if (listed) enc.require(*count_item, member);
      else if (c.value.value("closed", false) == true) enc.require(*count_item, !member);
    }
  }
};

}  // namespace

const AxiomKind& membership_axiom() {
  static const MembershipAxiom kind;
  return kind;
}

}  // namespace factaudit::axioms
