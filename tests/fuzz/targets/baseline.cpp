// Baseline files (JSON) → accepted contradictions.
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/gate/baseline.hpp"

FACTAUDIT_FUZZ_TARGET(baseline) {
  using namespace factaudit;
  fuzz::expect_user_errors([&] { parse_baseline("fuzz/baseline.json", input); });
}
