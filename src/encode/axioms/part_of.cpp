// part-of axioms: a slot qualified by a part (a product) never exceeds the same slot without it.
#include "../families/numeric_slot.hpp"
#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/slot_keys.hpp"

namespace factaudit::axioms {

namespace {

class PartOfAxiom final : public AxiomKind {
 public:
  std::string_view kind() const override { return "part-of"; }

  void instantiate(const AxiomRule& rule, const Rulebook& rules, SlotIndex& index, const ClaimSet&,
                   std::vector<AxiomInstance>& out) const override {
    std::vector<NumericSlot> slots;
    for (const auto& [key, slot] : index.numeric()) slots.push_back(slot);
    for (const auto& part : slots) {
      auto q = part.qualifiers.find(rule.qualifier);
      if (q == part.qualifiers.end()) continue;
      NumericSlot whole = part;
      whole.qualifiers.erase(rule.qualifier);
      std::string quals;
      for (const auto& [k, v] : whole.qualifiers) quals += k + "=" + v + ";";
      whole.key = numeric_key(whole.measure, whole.subject, whole.period_text, whole.unit, quals);
      if (!index.numeric().count(whole.key)) continue;
      const MeasureRule* m = rules.measure(whole.measure);
      if (!m || !m->nonnegative) continue;
      AxiomInstance instance;
      instance.rule = &rule;
      instance.keys = {part.key, whole.key};
      instance.left = {part.key};
      instance.right = {whole.key};
      instance.text = rule.says + ": " + q->second + " within " + families::describe_slot(whole, rules);
      out.push_back(instance);
    }
  }

  void encode(const AxiomInstance& instance, Encoding& enc) const override {
    const NumericSlot& whole = enc.index().numeric().at(instance.right.front());
    const MeasureRule* m = enc.rules().measure(whole.measure);
    if (!m || !m->nonnegative) return;
    std::size_t item = enc.rule(instance.rule->id, instance.text);
    z3::expr part = enc.real(instance.left.front());
    families::numeric_background(enc.index().numeric().at(instance.left.front()), part, enc);
    enc.require(item, part <= enc.real(instance.right.front()));
  }
};

}  // namespace

const AxiomKind& part_of_axiom() {
  static const PartOfAxiom kind;
  return kind;
}

}  // namespace factaudit::axioms
