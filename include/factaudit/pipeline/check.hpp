/// The check pipeline on loaded claims: index → axioms → components → encode → solve → explain.
#pragma once

#include <functional>
#include <optional>

#include "factaudit/explain/finding.hpp"
#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/solve/session.hpp"

namespace factaudit {

class ResultCache;

/// Progress of a long run: `done` of `total` units (documents read, components solved).
using Progress = std::function<void(std::size_t done, std::size_t total)>;

/// A deterministic share of the components: `index` of `count` (1 ≤ index ≤ count).
struct Shard {
  std::size_t index = 1, count = 1;
};

struct CheckOptions {
  SolveBudget budget;
  Progress progress;  // called after each component, when set
  std::size_t jobs = 1;        // worker threads, one Z3 context each; the result does not depend on it
  std::optional<Shard> shard;  // only the components of this shard (by a hash of their slot keys)
  const ResultCache* cache = nullptr;  // outcomes of buckets checked before, by a hash of what they read
};

/// The kind-specific validation of each claim, for the claim-file loader.
ClaimValidator claim_validator(const Rulebook& rules);

/// How many independent sources (a copy counts with its original: `sources[document]`) state each
/// claim's kind, slot and value.
std::vector<int> corroboration(const ClaimSet& set, const std::vector<std::size_t>& sources);

/// Checks every component (or one shard's) and gathers the findings in report order.
CheckResult check_claims(const ClaimSet& set, const Rulebook& rules, const CheckOptions& options);

/// Puts findings in report order: contradictions by where their most likely wrong claim is stated
/// (document, position, id), then by id; corrections and unknown components by component id.
void order_findings(const ClaimSet& set, CheckResult& result);

}  // namespace factaudit
