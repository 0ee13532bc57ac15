// enumeration axioms: the parts of a count add up to its stated total ("seven meetings: three in
// Astana, three in Kabul, one in Almaty"). Parts from other sources only bound the total from below.
#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/slot_keys.hpp"

namespace factaudit::axioms {

namespace {

class EnumerationAxiom final : public AxiomKind {
 public:
  std::string_view kind() const override { return "enumeration"; }

  void instantiate(const AxiomRule& rule, const Rulebook&, SlotIndex& index, const ClaimSet& claims,
                   std::vector<AxiomInstance>& out) const override {
    for (const auto& [total_key, breakdowns] : index.breakdowns()) {
      const CountSlot& total = index.counts().at(total_key);
      for (const auto& [qualifier, total_claim] : breakdowns) {
        AxiomInstance instance;
        instance.rule = &rule;
        instance.subject = total_key;
        instance.right = {total_key};
        std::size_t doc = claims.claims[total_claim].document;
        for (const auto& [key, part] : index.counts()) {
          if (part.measure != total.measure || part.subject != total.subject || part.when_text != total.when_text) continue;
          auto q = part.qualifiers.find(qualifier);
          if (q == part.qualifiers.end()) continue;
          auto rest = part.qualifiers;
          rest.erase(qualifier);
          if (rest != total.qualifiers) continue;
          instance.left.push_back(key);
          for (const auto& c : claims.claims) {
            if (c.document == doc && c.kind == ClaimKind::count && read_count_slot(c.slot).key == key) {
              instance.exact.push_back(key);
              break;
            }
          }
        }
        if (instance.left.empty()) continue;
        instance.keys = instance.left;
        instance.keys.push_back(total_key);
        instance.member = claims.claims[total_claim].id;
        instance.text = rule.says + ": " + total.measure + " by " + qualifier;
        out.push_back(instance);
      }
    }
  }

  void encode(const AxiomInstance& instance, Encoding& enc) const override {
    std::size_t item = enc.rule(instance.rule->id, instance.text);
    z3::expr total = enc.integer(instance.subject);
    z3::expr all = enc.ctx().int_val(0), stated = enc.ctx().int_val(0);
    for (const auto& key : instance.left) all = all + enc.integer(key);
    for (const auto& key : instance.exact) stated = stated + enc.integer(key);
    enc.require(item, all <= total);
    // the total's own claim says its listed parts are all of it
    for (std::size_t claim : enc.component_claims) {
      if (enc.claims().claims[claim].id != instance.member) continue;
      if (auto total_item = enc.item_of_claim(claim)) {
        enc.require(*total_item, z3::implies(enc.literal(item), stated == total));
      }
    }
  }
};

}  // namespace

const AxiomKind& enumeration_axiom() {
  static const EnumerationAxiom kind;
  return kind;
}

}  // namespace factaudit::axioms
