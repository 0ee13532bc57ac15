/// The cheapest correction of a contradictory component: the claims whose removal restores consistency,
/// fewest first by weight, where a claim's weight is the number of documents that state it.
#pragma once

#include <optional>
#include <vector>

#include <z3++.h>

#include "factaudit/encode/encoding.hpp"
#include "factaudit/explain/finding.hpp"

namespace factaudit {

/// Z3 Optimize over the component: rules and assumptions hard, each claim soft with its weight
/// (`corroboration[claim]`). Nothing when even the empty claim set fails (the rules themselves clash)
/// or the budget ran out before any model.
std::optional<Correction> cheapest_correction(z3::context& ctx, const Encoding& enc, const std::vector<int>& corroboration,
                                              unsigned rlimit, const std::string& component);

}  // namespace factaudit
