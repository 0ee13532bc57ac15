// The progress line: on a terminal, a long run says how far it is on one rewritten stderr line; --quiet,
// logs and pipes get none (tested in gate_test).
#include <catch2/catch.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;

namespace {

/// Shown from the start, so that short runs show it too.
const std::string kAtOnce = "FACTAUDIT_PROGRESS_DELAY_MS=0";

}  // namespace

TEST_CASE("ingest says how many inputs it has filed, on a terminal", "[e2e][progress][store]") {
  std::string store = temp_folder("progress-ingest") + "/archive.db";
  RunResult run = run_factaudit_on_terminal("ingest examples/articles --store '" + store + "' --no-config", kAtOnce);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.find("\rfactaudit: filed 0/5 inputs") != std::string::npos);
  CHECK(run.err.find("\rfactaudit: filed 5/5 inputs\r\n") != std::string::npos);  // the last, ended by a newline
  CHECK(run.err.find("5 added, 0 replaced, 0 unchanged of 5 documents") != std::string::npos);

  RunResult quiet = run_factaudit_on_terminal("ingest examples/articles --store '" + store + "' --no-config --quiet", kAtOnce);
  REQUIRE(quiet.exit_code == 0);
  CHECK(quiet.err.find("filed") == std::string::npos);
}

TEST_CASE("audit says how many inputs it has read and components solved, on a terminal", "[e2e][progress]") {
  RunResult run = run_factaudit_on_terminal("audit examples/articles --no-config --no-cache", kAtOnce);
  REQUIRE(run.exit_code == 1);
  CHECK(run.err.find("\rfactaudit: read 5/5 inputs\r\n") != std::string::npos);
  CHECK(run.err.find("\rfactaudit: solved ") != std::string::npos);
  CHECK(run.out.find("contradiction(s)") != std::string::npos);  // the report itself is not on the terminal's line

  // by default a short run shows nothing
  RunResult short_run = run_factaudit_on_terminal("audit examples/articles --no-config");
  CHECK(short_run.err.find("factaudit: read") == std::string::npos);
}
