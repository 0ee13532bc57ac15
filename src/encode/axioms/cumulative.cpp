// cumulative axioms: for a non-negative flow, a sub-period never exceeds an enclosing period
// (January-November 2023 <= 2023).
#include <map>

#include "../families/numeric_slot.hpp"
#include "factaudit/encode/axiom.hpp"

namespace factaudit::axioms {

namespace {

class CumulativeAxiom final : public AxiomKind {
 public:
  std::string_view kind() const override { return "cumulative"; }

  void instantiate(const AxiomRule& rule, const Rulebook& rules, SlotIndex& index, const ClaimSet&,
                   std::vector<AxiomInstance>& out) const override {
    // group closed periods by everything but the period
    std::map<std::string, std::vector<NumericSlot>> groups;
    for (const auto& [key, slot] : index.numeric()) {
      if (!slot.period || slot.period->open_end) continue;
      const MeasureRule* m = rules.measure(slot.measure);
      if (!m || !m->nonnegative || !m->flow) continue;
      std::string group = slot.measure + "|" + slot.subject + "|" + slot.unit;
      for (const auto& [k, v] : slot.qualifiers) group += "|" + k + "=" + v;
      groups[group].push_back(slot);
    }
    for (const auto& [group, slots] : groups) {
      for (const auto& inner : slots) {
        for (const auto& outer : slots) {
          if (inner.key == outer.key) continue;
          if (inner.period->first() < outer.period->first() || inner.period->last() > outer.period->last()) continue;
          AxiomInstance instance;
          instance.rule = &rule;
          instance.keys = {inner.key, outer.key};
          instance.left = {inner.key};
          instance.right = {outer.key};
          instance.text = rule.says + ": " + format_range(inner.period->first(), inner.period->last()) + " within " +
                          format_range(outer.period->first(), outer.period->last());
          out.push_back(instance);
        }
      }
    }
  }

  void encode(const AxiomInstance& instance, Encoding& enc) const override {
    const NumericSlot& outer = enc.index().numeric().at(instance.right.front());
    const MeasureRule* m = enc.rules().measure(outer.measure);
    if (!m || !m->nonnegative || !m->flow) return;
    std::size_t item = enc.rule(instance.rule->id, instance.text);
    enc.require(item, enc.real(instance.left.front()) <= enc.real(instance.right.front()));
  }
};

}  // namespace

const AxiomKind& cumulative_axiom() {
  static const CumulativeAxiom kind;
  return kind;
}

}  // namespace factaudit::axioms
