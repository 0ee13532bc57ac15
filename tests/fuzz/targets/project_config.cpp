// Project configuration (.factaudit.yaml) → settings.
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/gate/project_config.hpp"

FACTAUDIT_FUZZ_TARGET(project_config) {
  using namespace factaudit;
  fuzz::expect_user_errors([&] { parse_project_config("fuzz/.factaudit.yaml", input); });
}
