#include "factaudit/solve/session.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <spdlog/spdlog.h>

namespace factaudit {

namespace {

struct BudgetExhausted : std::runtime_error {
  BudgetExhausted() : std::runtime_error("budget") {}
};

/// Checks subsets of one asserted component, counting checks against the budget.
class SubsetChecker {
 public:
  SubsetChecker(z3::solver& solver, const Encoding& enc, const SolveBudget& budget, std::size_t& checks)
      : solver_(solver), enc_(enc), budget_(budget), checks_(checks) {}

  /// True when the items (plus the given rules) are satisfiable; `core` gets the unsat core's items.
  bool satisfiable(const std::vector<std::size_t>& items, const std::vector<std::size_t>& rules,
                   std::vector<std::size_t>* core = nullptr) {
    if (++checks_ > budget_.max_checks) throw BudgetExhausted();
    z3::expr_vector assumptions(enc_.ctx());
    for (std::size_t i : items) assumptions.push_back(enc_.literal(i));
    for (std::size_t r : rules) assumptions.push_back(enc_.literal(r));
    z3::check_result result = solver_.check(assumptions);
    if (result == z3::unknown) throw BudgetExhausted();
    if (result == z3::sat) return true;
    if (core) {
      core->clear();
      z3::expr_vector unsat_core = solver_.unsat_core();
      std::set<unsigned> in_core;  // AST ids: a literal is the same term wherever it appears
      for (unsigned k = 0; k < unsat_core.size(); ++k) in_core.insert(unsat_core[k].id());
      for (std::size_t i : items) {
        if (in_core.count(enc_.literal(i).id())) core->push_back(i);
      }
      for (std::size_t r : rules) {
        if (in_core.count(enc_.literal(r).id())) core->push_back(r);
      }
    }
    return false;
  }

 private:
  z3::solver& solver_;
  const Encoding& enc_;
  const SolveBudget& budget_;
  std::size_t& checks_;
};

/// True when every constraint evaluates to true in the model (completed where it says nothing).
bool holds_in(const z3::model& model, const std::vector<z3::expr>& constraints) {
  for (const auto& c : constraints) {
    if (!model.eval(c, true).is_true()) return false;
  }
  return true;
}

std::vector<std::size_t> only(const std::vector<std::size_t>& items, const std::set<std::size_t>& keep) {
  std::vector<std::size_t> out;
  for (std::size_t i : items) {
    if (keep.count(i)) out.push_back(i);
  }
  return out;
}

/// Deletion-based shrinking of an unsatisfiable set of soft items to a minimal one.
std::vector<std::size_t> shrink(SubsetChecker& check, std::vector<std::size_t> set, const std::vector<std::size_t>& rules) {
  std::set<std::size_t> soft(set.begin(), set.end());
  for (std::size_t k = 0; k < set.size();) {
    std::vector<std::size_t> trial = set;
    trial.erase(trial.begin() + static_cast<std::ptrdiff_t>(k));
    std::vector<std::size_t> core;
    if (!check.satisfiable(trial, rules, &core)) {
      std::vector<std::size_t> next = only(core, soft);
      set = next.size() < trial.size() ? next : trial;
      // keep position: elements before k are known necessary
    } else {
      ++k;
    }
  }
  return set;
}

/// The rule items a minimal conflict needs (itself minimal).
std::vector<std::size_t> rules_needed(SubsetChecker& check, const std::vector<std::size_t>& conflict,
                                      const std::vector<std::size_t>& rules) {
  std::vector<std::size_t> core;
  check.satisfiable(conflict, rules, &core);
  std::set<std::size_t> rule_set(rules.begin(), rules.end());
  std::vector<std::size_t> needed = only(core, rule_set);
  for (std::size_t k = 0; k < needed.size();) {
    std::vector<std::size_t> trial = needed;
    trial.erase(trial.begin() + static_cast<std::ptrdiff_t>(k));
    if (!check.satisfiable(conflict, trial, &core)) {
      std::vector<std::size_t> smaller = only(core, rule_set);
      needed = smaller.size() < trial.size() ? smaller : trial;
    } else {
      ++k;
    }
  }
  return needed;
}

}  // namespace

SolverSession::SolverSession(z3::context& ctx, SolveBudget budget) : ctx_(ctx), solver_(ctx), budget_(budget) {
  z3::params p(ctx_);
  p.set("rlimit", budget_.rlimit_per_check);
  p.set("core.minimize", true);
  solver_.set(p);
}

ComponentVerdict SolverSession::solve(const Encoding& enc) {
  ComponentVerdict verdict;
  std::vector<std::size_t> soft, rules;
  for (std::size_t i = 0; i < enc.items().size(); ++i) {
    (enc.items()[i].role == ItemRole::rule ? rules : soft).push_back(i);
  }
  solver_.push();
  for (const auto& fact : enc.background_facts()) solver_.add(fact);
  for (std::size_t i = 0; i < enc.items().size(); ++i) {
    const auto& constraints = enc.items()[i].constraints;
    if (constraints.empty()) continue;
    z3::expr_vector all(ctx_);
    for (const auto& c : constraints) all.push_back(c);
    solver_.add(z3::implies(enc.literal(i), z3::mk_and(all)));
  }
  if (spdlog::should_log(spdlog::level::trace)) spdlog::trace("component constraints:\n{}", solver_.to_smt2());
  SubsetChecker check(solver_, enc, budget_, verdict.checks);
  try {
    if (check.satisfiable(soft, rules)) {
      solver_.pop();
      return verdict;
    }
    verdict.verdict = Verdict::contradictory;
    // MARCO: a map solver over the soft items' literals explores subsets not yet known sat or unsat
    z3::solver map(ctx_);
    for (;;) {
      if (verdict.conflicts.size() >= budget_.max_conflicts) {
        verdict.truncated = map.check() == z3::sat;
        break;
      }
      if (map.check() != z3::sat) break;
      z3::model m = map.get_model();
      std::vector<std::size_t> seed;
      for (std::size_t i : soft) {
        z3::expr value = m.eval(enc.literal(i), false);
        if (!value.is_false()) seed.push_back(i);
      }
      std::vector<std::size_t> core;
      if (check.satisfiable(seed, rules)) {
        // grow to a maximal satisfiable subset, then block it and everything below it; an item that the
        // last model already satisfies joins without a check
        std::set<std::size_t> in(seed.begin(), seed.end());
        z3::model model = solver_.get_model();
        for (std::size_t i : soft) {
          if (in.count(i)) continue;
          if (holds_in(model, enc.items()[i].constraints)) {
            seed.push_back(i);
            in.insert(i);
            continue;
          }
          std::vector<std::size_t> trial = seed;
          trial.push_back(i);
          if (check.satisfiable(trial, rules)) {
            seed = trial;
            in.insert(i);
            model = solver_.get_model();
          }
        }
        z3::expr_vector outside(ctx_);
        for (std::size_t i : soft) {
          if (!in.count(i)) outside.push_back(enc.literal(i));
        }
        if (outside.empty()) break;
        map.add(z3::mk_or(outside));
      } else {
        check.satisfiable(seed, rules, &core);
        std::set<std::size_t> soft_set(soft.begin(), soft.end());
        std::vector<std::size_t> conflict = shrink(check, only(core, soft_set), rules);
        std::sort(conflict.begin(), conflict.end());
        z3::expr_vector blocked(ctx_);
        for (std::size_t i : conflict) blocked.push_back(!enc.literal(i));
        map.add(z3::mk_or(blocked));
        verdict.conflicts.push_back({conflict, rules_needed(check, conflict, rules)});
      }
    }
  } catch (const BudgetExhausted&) {
    // what was proved stays proved; the rest of the component is unknown
    verdict.reason = "budget";
    if (verdict.conflicts.empty()) verdict.verdict = Verdict::unknown;
    else verdict.truncated = true;
  }
  solver_.pop();
  std::sort(verdict.conflicts.begin(), verdict.conflicts.end(),
            [](const MinimalConflict& a, const MinimalConflict& b) { return a.items < b.items; });
  return verdict;
}

}  // namespace factaudit
