/// The subcommands behind the command line (parsing lives in main.cpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "factaudit/solve/session.hpp"

namespace factaudit {
struct Rulebook;
}

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
  std::size_t max_claims = 1'000'000;  // claims one run may check (documents' and archive claims included)
  std::string shard;     // "I/N": only that share of the components (a partial JSON report for merge)
  std::string executable;  // argv[0], to find the installed rules
  std::string store;       // the claim archive (--store); "" when none
  int busy_timeout_ms = 5000;  // how long to wait for another process's write to the archive
  std::string cache;           // --cache DIR; "" for the default folder
  bool no_cache = false;       // --no-cache
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

/// `factaudit ingest INPUTS... --store FILE`: files documents and claim files into the archive; exit 0 or 2.
int run_ingest(const std::vector<std::string>& inputs, const CommonOptions& options);

/// `factaudit store stats --store FILE`: schema version, documents, claims by kind, size; exit 0 or 2.
int run_store_stats(const CommonOptions& options);

/// `factaudit store export --store FILE [--output FILE]`: every document and claim as JSON; exit 0 or 2.
int run_store_export(const CommonOptions& options);

// Shared by the subcommands (commands.cpp).
void setup_logging(const CommonOptions& options);
/// The rules the flags or the configuration name, with its tolerances; throws InputError.
Rulebook load_configured_rules(const CommonOptions& options);
/// Runs `body`, turning any error into its message on stderr and exit 2.
int exit_code_of(const std::function<int()>& body);

}  // namespace factaudit::cli
