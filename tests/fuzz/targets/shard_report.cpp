// A shard's partial JSON report → read back → merged (as `factaudit merge` does with one shard of one).
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/ingest/shard_report.hpp"
#include "factaudit/pipeline/merge.hpp"

FACTAUDIT_FUZZ_TARGET(shard_report) {
  using namespace factaudit;
  fuzz::expect_user_errors([&] {
    std::vector<ShardReport> reports;
    reports.push_back(parse_shard_report("fuzz/shard.json", input));
    merge_shard_reports(std::move(reports));
  });
}
