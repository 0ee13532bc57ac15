/// Test support: builds a ClaimSet from compact claim JSON and runs the check pipeline in-process.
#pragma once

#include <string>
#include <vector>

#include "factaudit/pipeline/check.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit::testing {

/// The rules shipped in rules/ (loaded once).
const Rulebook& shipped_rules();

/// Claims of one made-up document; each claim JSON needs id, kind, slot, value (span is filled in).
struct DocumentClaims {
  std::string name;
  std::string published;  // "" for none
  std::vector<std::string> claims;
};

/// Builds and validates a claim set (throws like the loader on invalid claims).
ClaimSet build_claims(const std::vector<DocumentClaims>& documents);

/// Runs check_claims with the shipped rules.
CheckResult check(const ClaimSet& set, SolveBudget budget = {});

/// The contradiction whose members are exactly `ids` (sorted or not), or nullptr.
const Contradiction* find_contradiction(const CheckResult& result, std::vector<std::string> ids);

/// The set restricted to the claims with these ids (documents kept).
ClaimSet only_claims(const ClaimSet& set, const std::vector<std::string>& ids);

/// Catch2 checks that every contradiction of `result` is a minimal set of `set`'s claims: its members
/// alone conflict, and dropping any one leaves them consistent.
void check_each_contradiction_minimal(const ClaimSet& set, const CheckResult& result);

}  // namespace factaudit::testing
