/// Test support: runs the real factaudit binary and captures its exit code, stdout and stderr.
#pragma once

#include <string>

namespace factaudit::testing {

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

/// Runs FACTAUDIT_BINARY with `arguments` (a shell-quoted string) from the repository root.
RunResult run_factaudit(const std::string& arguments);
/// The same from `folder` (where the configuration file is looked for).
RunResult run_factaudit_in(const std::string& folder, const std::string& arguments);

/// The same with stderr on a terminal (a pseudo-terminal), as a person at a shell sees it: `err` is what
/// the terminal received. `environment` goes before the command ("NAME=value ...").
RunResult run_factaudit_on_terminal(const std::string& arguments, const std::string& environment = "");

/// A fresh empty temporary folder.
std::string temp_folder(const std::string& name);

}  // namespace factaudit::testing
