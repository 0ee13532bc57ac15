/// Findings as plain data (no solver types): what the report writers print and the exit policy reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace factaudit {

enum class Severity { minor, major };
std::string_view to_string(Severity s);

/// The cheapest single change that restores consistency.
struct Fix {
  std::string claim;        // the claim most likely wrong
  std::string description;  // "2022 would have to be <= 987.66 instead of 987.9 (a 0.02 % change)"
  std::optional<double> relative_change;  // numbers: |change| / |stated value|
  std::optional<long> days;               // dates: days the date must move
  std::string implied;                    // what the other claims imply for its value
};

struct Contradiction {
  std::string id;        // from the sorted ids of its claims
  std::string fingerprint;  // from what its members say (kind, slot, value, text), never from positions
  std::string kind;      // claim kind of the claim most likely wrong
  Severity severity = Severity::major;
  std::vector<std::string> claims;       // members, sorted by id
  std::string primary;                   // the claim most likely wrong (where the report points)
  std::vector<std::string> rules;        // rule ids used, sorted
  std::vector<std::string> rule_texts;   // what each rule instance says
  std::vector<std::string> assumptions;  // frame assumptions and fuzzy identities it depends on
  std::string message;                   // one line
  std::vector<std::string> derivation;   // the arithmetic or timeline, line by line
  Fix fix;
  std::string component;
  bool truncated = false;  // its component had more minimal sets than were enumerated
};

/// The cheapest correction of one contradictory component: remove these claims and the rest holds.
struct Correction {
  std::string component;
  std::vector<std::string> claims;  // sorted by id
  int weight = 0;                   // sum of the removed claims' weights (documents stating each)
};

/// A copy's claim and the original's claim it restates: checked once, as the original states it.
struct TracedClaim {
  std::string claim;     // the copy's claim id
  std::string original;  // the original's claim id
  bool reworded = false;  // the two say it differently (the rewording changed what was read)
};

/// Documents that are copies of one original (republished or reworded): one source, not several.
struct CopyGroup {
  std::size_t original = 0;          // index into ClaimSet::documents
  std::vector<std::size_t> copies;   // the same, in input order
  std::vector<TracedClaim> traced;   // the copies' claims traced to the original's, by copy claim order
};

/// A component the solver could not decide within its budget.
struct UnknownComponent {
  std::string component;
  std::vector<std::string> claims;
  std::string reason;  // "budget"
};

struct CheckResult {
  std::vector<Contradiction> contradictions;  // sorted by (primary claim order, id)
  std::vector<UnknownComponent> unknown;
  std::vector<CopyGroup> copies;         // sorted by original
  std::vector<int> sources;              // per claim of the run (its order): independent sources stating it
  std::size_t copy_duplicates = 0;       // contradictions dropped because a copy restates another's
  std::vector<Correction> corrections;  // one per component with a reported contradiction, by component id
  std::vector<Contradiction> baselined;  // accepted by the baseline: reported as such, never gated
  std::size_t baseline_unmatched = 0;    // baseline entries that matched nothing (fixed since)
  std::size_t suppressed = 0;            // minimal sets dropped by a suppression in a claim file or document
  std::size_t components = 0;
  std::size_t solver_checks = 0;
  std::optional<std::vector<std::size_t>> shard_claims;  // with --shard: the claims of its components
};

}  // namespace factaudit
