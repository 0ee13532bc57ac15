/// Combining the partial reports of every shard of one run into the whole run's claims and findings.
#pragma once

#include <vector>

#include "factaudit/ingest/shard_report.hpp"

namespace factaudit {

struct MergedRun {
  ClaimSet set;        // claims in the order a single run has them
  CheckResult result;  // findings in report order
};

/// Throws InputError when a shard is missing or given twice, or the reports come from different runs.
MergedRun merge_shard_reports(std::vector<ShardReport> reports);

}  // namespace factaudit
