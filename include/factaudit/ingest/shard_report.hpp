/// Reads back a shard's partial JSON report (`--shard I/N --format json`) so that `merge` can combine them.
#pragma once

#include <cstddef>
#include <string>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

/// One shard's share of a run, as its JSON report states it.
struct ShardReport {
  std::string path;
  std::size_t index = 0, count = 0;  // shard `index` of `count`
  ClaimSet set;        // every document of the run (input order), the shard's claims, unresolved statements
  CheckResult result;  // the shard's contradictions, corrections, unknown components, copies and counts
};

/// Parses a partial report; anything that is not one (malformed JSON, no "shard", a missing or mistyped
/// field) throws InputError at path:line:col.
ShardReport parse_shard_report(const std::string& path, const std::string& text);
ShardReport read_shard_report(const std::string& path);

}  // namespace factaudit
