// The registry of axiom kinds: one line per kind (rules/axioms.yaml names them).
#include <algorithm>

#include "factaudit/encode/axiom.hpp"

namespace factaudit {

namespace axioms {
const AxiomKind& cumulative_axiom();
const AxiomKind& distinct_ranks_axiom();
const AxiomKind& enumeration_axiom();
const AxiomKind& linear_axiom();
const AxiomKind& membership_axiom();
const AxiomKind& one_holder_axiom();
const AxiomKind& part_of_axiom();
}  // namespace axioms

const AxiomKind* axiom_kind(std::string_view kind) {
  static const std::vector<const AxiomKind*> kKinds = {
      &axioms::cumulative_axiom(), &axioms::distinct_ranks_axiom(), &axioms::enumeration_axiom(), &axioms::linear_axiom(),
      &axioms::membership_axiom(), &axioms::one_holder_axiom(),  &axioms::part_of_axiom(),
  };
  for (const AxiomKind* k : kKinds) {
    if (k->kind() == kind) return k;
  }
  return nullptr;
}

std::vector<AxiomInstance> instantiate_axioms(const Rulebook& rules, SlotIndex& index, const ClaimSet& claims) {
  std::vector<AxiomInstance> out;
  // linear axioms first, to a fixpoint: each round may introduce slots the next round links
  for (;;) {
    std::size_t before = out.size();
    for (const auto* rule : rules.axioms_of_kind("linear")) axiom_kind("linear")->instantiate(*rule, rules, index, claims, out);
    if (out.size() == before) break;
  }
  for (const auto& rule : rules.axioms) {
    if (rule.kind == "linear") continue;
    if (const AxiomKind* kind = axiom_kind(rule.kind)) kind->instantiate(rule, rules, index, claims, out);
  }
  return out;
}

}  // namespace factaudit
