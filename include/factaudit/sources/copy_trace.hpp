/// Tracing a copy's claims to its original's: the statement the copy rewords, even where the rewording
/// mangled it ("Could 2023" for "May 2023"), so that a copy neither adds nor disturbs what is checked.
#pragma once

#include <vector>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

/// Fills each group's `traced`: the claims of its copies paired with the original's claims they restate.
/// A pair has the same kind, the same digits in its text, and the same subject; the pairs of one copy
/// keep both documents' order (an alignment of the two claim sequences that prefers claims saying the
/// same thing, then the same slot). Claims of a copy with no counterpart stay its own.
void trace_copies(const ClaimSet& set, std::vector<CopyGroup>& groups);

/// For each claim of `set`, true when it is traced to an original's claim (and so is not checked again).
std::vector<bool> traced_claims(const ClaimSet& set, const std::vector<CopyGroup>& groups);

}  // namespace factaudit
