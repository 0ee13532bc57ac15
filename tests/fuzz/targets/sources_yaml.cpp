// sources.yaml text → metadata by file name.
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/ingest/document.hpp"

FACTAUDIT_FUZZ_TARGET(sources_yaml) {
  using namespace factaudit;
  fuzz::expect_user_errors([&] { parse_sources_yaml("fuzz/sources.yaml", input); });
}
