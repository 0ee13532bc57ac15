/// Domain axioms (rules/axioms.yaml) instantiated over the slots a run touches, and their encoding.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factaudit/encode/encoding.hpp"
#include "factaudit/encode/slot_index.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// One use of an axiom on concrete slots.
struct AxiomInstance {
  const AxiomRule* rule = nullptr;
  std::vector<std::string> keys;         // every slot it links (joins them into one component)
  std::vector<std::string> left, right;  // numeric or count keys: sum(left) = / <= sum(right)
  std::vector<std::string> exact;        // enumeration: the parts stated with the total
  std::string subject;                   // office id, count key, ...
  std::string member;                    // membership: the entity
  std::string text;                      // what this instance says
};

class AxiomKind {
 public:
  virtual ~AxiomKind() = default;
  virtual std::string_view kind() const = 0;
  virtual void instantiate(const AxiomRule& rule, const Rulebook& rules, SlotIndex& index, const ClaimSet& claims,
                           std::vector<AxiomInstance>& out) const = 0;
  virtual void encode(const AxiomInstance& instance, Encoding& enc) const = 0;
};

const AxiomKind* axiom_kind(std::string_view kind);

/// Every instance of every axiom, deterministic order. Linear axioms run to a fixpoint, so that a
/// slot introduced by one instance (imports nobody stated) can be linked by another.
std::vector<AxiomInstance> instantiate_axioms(const Rulebook& rules, SlotIndex& index, const ClaimSet& claims);

}  // namespace factaudit
