/// Turns a minimal conflict into a Contradiction: severity from the smallest single-value change that
/// restores consistency, the claim most likely wrong, and the derivation in the domain's words.
#pragma once

#include <vector>

#include <z3++.h>

#include "factaudit/encode/components.hpp"
#include "factaudit/encode/encoding.hpp"
#include "factaudit/explain/finding.hpp"
#include "factaudit/solve/session.hpp"

namespace factaudit {

class Explainer {
 public:
  /// `corroboration[i]`: how many documents state claim i's slot and value.
  Explainer(z3::context& ctx, const std::vector<int>& corroboration, unsigned rlimit);
  Contradiction explain(const Encoding& enc, const MinimalConflict& conflict, const Component& component) const;

 private:
  struct Option {
    std::size_t item = 0;
    mpq_class delta;
    double cost = 0;  // in units of the minor threshold: <= 1 is minor
  };
  std::optional<Option> cheapest_change(const Encoding& enc, const MinimalConflict& conflict, std::size_t item) const;
  /// What the rest of the conflict implies for the claim's term: "[985.98, 987.66] million".
  std::string implied_value(const Encoding& enc, const MinimalConflict& conflict, std::size_t item) const;
  /// Asserts each item's constraints under its literal, fixing literals: true for `on`, false otherwise.
  void assert_items(const Encoding& enc, z3::optimize& opt, const std::vector<std::size_t>& on,
                    std::optional<std::size_t> replaced) const;

  z3::context& ctx_;
  const std::vector<int>& corroboration_;
  unsigned rlimit_;
};

}  // namespace factaudit
