/// The subcommands behind the command line (parsing lives in main.cpp).
#pragma once

#include <string>
#include <vector>

#include "factaudit/solve/session.hpp"

namespace factaudit::cli {

struct CommonOptions {
  std::string format = "text";
  std::string output;
  std::vector<std::string> rules;
  std::string fail_on = "minor";
  bool quiet = false;
  bool verbose = false;
  bool show_unresolved = false;
  SolveBudget budget;
  std::string executable;  // argv[0], to find the installed rules
};

/// `factaudit check INPUTS...`: exit 0/1 by the threshold, 2 on bad input or unwritable output.
int run_check(const std::vector<std::string>& inputs, const CommonOptions& options);

/// `factaudit audit INPUTS...`: documents are extracted, claim files loaded, all checked as one run.
int run_audit(const std::vector<std::string>& inputs, const CommonOptions& options);

/// `factaudit extract INPUTS... --output DIR`: one claim file per document; exit 0, or 2 on bad input.
int run_extract(const std::vector<std::string>& inputs, const std::string& output_folder, const CommonOptions& options);

}  // namespace factaudit::cli
