// linear axioms: sum(left) = sum(right) over slot templates (turnover = exports + imports).
#include <set>

#include "../families/numeric_slot.hpp"
#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "factaudit/rules/pattern.hpp"

namespace factaudit::axioms {

namespace {

class LinearAxiom final : public AxiomKind {
 public:
  std::string_view kind() const override { return "linear"; }

  void instantiate(const AxiomRule& rule, const Rulebook& rules, SlotIndex& index, const ClaimSet&,
                   std::vector<AxiomInstance>& out) const override {
    std::set<std::vector<std::string>> seen;
    for (const auto& existing : out) {
      if (existing.rule == &rule) seen.insert(existing.keys);
    }
    // snapshot: instances may add slots while we look (a map's entries stay where they are)
    std::vector<const NumericSlot*> present;
    present.reserve(index.numeric().size());
    for (const auto& [key, slot] : index.numeric()) present.push_back(&slot);
    for (const NumericSlot* slot : present) {
      for (const auto& anchor : rule.slots) {
        if (anchor.measure != slot->measure) continue;
        Bindings bound;
        if (!match_pattern(anchor.subject, slot->subject, bound)) continue;
        try_instance(rule, rules, *slot, bound, index, seen, out);
      }
    }
  }

  void encode(const AxiomInstance& instance, Encoding& enc) const override {
    std::size_t item = enc.rule(instance.rule->id, instance.text);
    auto sum = [&](const std::vector<std::string>& keys) {
      z3::expr total = enc.ctx().real_val(0);
      for (const auto& key : keys) {
        z3::expr v = enc.real(key);
        const NumericSlot& slot = enc.index().numeric().at(key);
        families::numeric_background(slot, v, enc);
        total = total + v;
      }
      return total;
    };
    enc.require(item, sum(instance.left) == sum(instance.right));
  }

 private:
  static void try_instance(const AxiomRule& rule, const Rulebook& rules, const NumericSlot& anchor_slot, const Bindings& bound,
                           SlotIndex& index, std::set<std::vector<std::string>>& seen, std::vector<AxiomInstance>& out) {
    std::map<std::string, NumericSlot> filled;
    std::size_t present = 0;
    for (const auto& t : rule.slots) {
      auto subject = fill_pattern(t.subject, bound);
      if (!subject) return;
      const MeasureRule* m = rules.measure(t.measure);
      auto dash = subject->find('-');
      bool sorted_pair = dash != std::string::npos && subject->substr(0, dash) < subject->substr(dash + 1);
      if (m && m->subject == SubjectShape::pair && !sorted_pair) return;  // "KZ-AF" is written "AF-KZ"
      NumericSlot s = anchor_slot;
      s.measure = t.measure;
      s.subject = *subject;
      std::string quals;
      for (const auto& [k, v] : s.qualifiers) quals += k + "=" + v + ";";
      s.key = numeric_key(s.measure, s.subject, s.period_text, s.unit, quals);
      if (index.numeric().count(s.key)) ++present;
      filled[t.name] = s;
    }
    if (present < 2) return;
    AxiomInstance instance;
    instance.rule = &rule;
    for (const auto& [name, s] : filled) instance.keys.push_back(s.key);
    std::sort(instance.keys.begin(), instance.keys.end());
    if (!seen.insert(instance.keys).second) return;
    for (const auto& name : rule.left) instance.left.push_back(filled[name].key);
    for (const auto& name : rule.right) instance.right.push_back(filled[name].key);
    for (const auto& [name, s] : filled) index.add_numeric(s);
    std::string period = anchor_slot.period ? format_range(anchor_slot.period->first(), anchor_slot.period->last()) : "";
    instance.text = rule.says + " (" + filled[rule.slots.front().name].subject + (period.empty() ? "" : ", " + period) + ")";
    out.push_back(instance);
  }
};

}  // namespace

const AxiomKind& linear_axiom() {
  static const LinearAxiom kind;
  return kind;
}

}  // namespace factaudit::axioms
