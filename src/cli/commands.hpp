/// The subcommands behind the command line (parsing lives in main.cpp).
#pragma once

#include <string>
#include <vector>

#include "factaudit/solve/session.hpp"

namespace factaudit::cli {

/// What the command line says; empty means "not given" (then the config file, then the default).
struct CommonOptions {
  std::string format;    // default text
  std::string output;
  std::vector<std::string> rules;
  std::string fail_on;   // default minor
  std::string baseline;
  std::string config;    // default: the nearest .factaudit.yaml upward from the current folder
  bool no_config = false;
  bool quiet = false;
  bool verbose = false;
  bool show_unresolved = false;
  SolveBudget budget;
  std::size_t jobs = 0;  // worker threads; 0: one per core
  std::string shard;     // "I/N": only that share of the components (a partial JSON report for merge)
  std::string executable;  // argv[0], to find the installed rules
};

/// `factaudit check INPUTS...`: exit 0/1 by the threshold, 2 on bad input or unwritable output.
int run_check(const std::vector<std::string>& inputs, const CommonOptions& options);

/// `factaudit audit INPUTS...`: documents are extracted, claim files loaded, all checked as one run.
int run_audit(const std::vector<std::string>& inputs, const CommonOptions& options);

/// `factaudit baseline INPUTS... --output FILE`: accepts every contradiction of the run; exit 0 or 2.
int run_baseline(const std::vector<std::string>& inputs, const CommonOptions& options);

/// `factaudit explain ID INPUTS...`: one contradiction of the run (by id or fingerprint) in full.
int run_explain(const std::string& id, const std::vector<std::string>& inputs, const CommonOptions& options);

/// `factaudit merge REPORTS...`: the partial JSON reports of every shard of one run, combined into the
/// report of the whole run in any format (byte-identical to the unsharded run); exit as for check.
int run_merge(const std::vector<std::string>& reports, const CommonOptions& options);

/// `factaudit extract INPUTS... --output DIR`: one claim file per document; exit 0, or 2 on bad input.
int run_extract(const std::vector<std::string>& inputs, const std::string& output_folder, const CommonOptions& options);

}  // namespace factaudit::cli
