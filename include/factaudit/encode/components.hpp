/// Independent components: slots joined by any claim or axiom instance that touches two of them.
#pragma once

#include <string>
#include <vector>

#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/slot_index.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

struct Component {
  std::string id;                       // stable: derived from the sorted ids of its claims
  std::vector<std::size_t> claims;      // ClaimSet indices, in claim order
  std::vector<std::size_t> instances;   // indices into the axiom instances
  std::vector<std::string> slot_keys;   // sorted
};

/// Groups the claims listed in `usable` (ClaimSet indices) with the axiom instances into components,
/// ordered by their first claim.
std::vector<Component> build_components(const ClaimSet& claims, const std::vector<std::size_t>& usable,
                                        const SlotIndex& index, const std::vector<AxiomInstance>& instances);

/// A run's claims indexed by slot, the axiom instances over those slots, and the components they form.
struct ClaimGraph {
  SlotIndex index;
  std::vector<AxiomInstance> instances;
  std::vector<Component> components;
};

/// Indexes every claim of `set` (but those `left_out` marks: a copy's claims traced to its original),
/// instantiates the axioms over their slots and groups both into components.
ClaimGraph build_claim_graph(const ClaimSet& set, const Rulebook& rules, const std::vector<bool>& left_out = {});

}  // namespace factaudit
