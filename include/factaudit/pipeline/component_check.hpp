/// Checking one component: encode → solve → explain → correct, with findings as plain data.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/components.hpp"
#include "factaudit/encode/slot_index.hpp"
#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/solve/session.hpp"

namespace factaudit {

/// What one component yields: its contradictions (each a minimal set of claims, restatements by copies
/// dropped), its cheapest correction, or its unknown verdict, and counts for the summary.
struct ComponentOutcome {
  std::vector<Contradiction> contradictions;  // by id
  std::optional<UnknownComponent> unknown;
  std::optional<Correction> correction;
  std::size_t suppressed = 0;
  std::size_t copy_duplicates = 0;
  std::size_t checks = 0;
};

/// Everything a component check reads, shared read-only by every worker.
struct CheckInputs {
  const ClaimSet& set;
  const Rulebook& rules;
  const SlotIndex& index;
  const std::vector<AxiomInstance>& instances;
  const std::vector<int>& weights;          // independent sources stating each claim
  const std::vector<std::size_t>& sources;  // per document: its original (itself unless a copy)
  SolveBudget budget;
};

/// Checks components one after another in one Z3 context, renewed every `kComponentsPerContext` so that
/// its memory stays bounded. One per worker thread. Given the same sequence of components it gives the
/// same outcomes, whatever else runs.
class ComponentChecker {
 public:
  static constexpr std::size_t kComponentsPerContext = 512;
  explicit ComponentChecker(const CheckInputs& inputs);
  ~ComponentChecker();
  /// Starts a new sequence: the next component is checked in a fresh context.
  void restart();
  ComponentOutcome check(const Component& component);

 private:
  struct Solver;
  const CheckInputs& in_;
  std::unique_ptr<Solver> solver_;
  std::size_t checked_ = 0;
};

}  // namespace factaudit
