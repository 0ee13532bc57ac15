/// Baselines: contradictions accepted today, keyed on what their members say (not where), so that a
/// baseline keeps matching after unrelated edits move the statements around.
#pragma once

#include <string>
#include <vector>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

struct BaselineEntry {
  std::string fingerprint;              // Contradiction::fingerprint: the key
  std::string id, kind, message;        // for the reader of the file
  std::vector<std::string> statements;  // the members' texts
};

struct Baseline {
  std::string path;
  std::vector<BaselineEntry> entries;  // sorted by fingerprint
};

/// Reads a baseline file; InputError at path:line:col when it is not one.
Baseline read_baseline(const std::string& path);
Baseline parse_baseline(const std::string& path, const std::string& text);

/// The baseline file accepting every contradiction of `result` (JSON, sorted, deterministic).
std::string baseline_text(const ClaimSet& set, const CheckResult& result);

/// Moves the contradictions the baseline lists from `result.contradictions` to `result.baselined` and
/// counts the entries that matched nothing (fixed since) in `result.baseline_unmatched`.
void apply_baseline(const Baseline& baseline, CheckResult& result);

}  // namespace factaudit
