/// The check pipeline on loaded claims: index → axioms → components → encode → solve → explain.
#pragma once

#include <functional>

#include "factaudit/explain/finding.hpp"
#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/solve/session.hpp"

namespace factaudit {

/// Progress of a long run: `done` of `total` units (documents read, components solved).
using Progress = std::function<void(std::size_t done, std::size_t total)>;

struct CheckOptions {
  SolveBudget budget;
  Progress progress;  // called after each component, when set
};

/// The kind-specific validation of each claim, for the claim-file loader.
ClaimValidator claim_validator(const Rulebook& rules);

/// How many independent sources (a copy counts with its original: `sources[document]`) state each
/// claim's kind, slot and value.
std::vector<int> corroboration(const ClaimSet& set, const std::vector<std::size_t>& sources);

CheckResult check_claims(const ClaimSet& set, const Rulebook& rules, const CheckOptions& options);

}  // namespace factaudit
