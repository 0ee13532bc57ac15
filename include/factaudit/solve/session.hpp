/// The Z3 session: one long-lived solver, push/pop per component, deterministic budgets, and the
/// enumeration of every minimal conflicting set (MARCO) up to a fixed count.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <z3++.h>

#include "factaudit/encode/encoding.hpp"

namespace factaudit {

/// Deterministic limits: Z3 resource units per check and counts, never wall-clock time.
struct SolveBudget {
  unsigned rlimit_per_check = 2'000'000;
  std::size_t max_conflicts = 64;  // minimal sets per component
  std::size_t max_checks = 4000;   // solver calls per component
};

enum class Verdict { consistent, contradictory, unknown };

/// A minimal conflicting set: soft items (claims and assumptions) plus the rule items it needs.
struct MinimalConflict {
  std::vector<std::size_t> items;  // sorted item indices of the Encoding
  std::vector<std::size_t> rules;
};

struct ComponentVerdict {
  Verdict verdict = Verdict::consistent;
  std::vector<MinimalConflict> conflicts;
  bool truncated = false;  // more minimal sets may exist than were enumerated
  std::string reason;      // for unknown: "budget"
  std::size_t checks = 0;
};

class SolverSession {
 public:
  SolverSession(z3::context& ctx, SolveBudget budget);
  /// Solves one component: asserts its items under push, enumerates conflicts, pops.
  ComponentVerdict solve(const Encoding& enc);
  const SolveBudget& budget() const { return budget_; }

 private:
  z3::context& ctx_;
  z3::solver solver_;
  SolveBudget budget_;
};

}  // namespace factaudit
