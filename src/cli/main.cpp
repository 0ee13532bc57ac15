// factaudit's command line (CLI11 lives in this one file to keep builds light).
#include <malloc.h>

#include <iostream>

#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace {

using factaudit::cli::CommonOptions;

void add_rule_and_log_options(CLI::App* cmd, CommonOptions& options) {
  cmd->add_option("--rules", options.rules, "rule folder (repeatable; default: the installed rules)");
  cmd->add_option("--config", options.config, "configuration file (default: the nearest .factaudit.yaml upward)");
  cmd->add_flag("--no-config", options.no_config, "read no configuration file");
  cmd->add_flag("-q,--quiet", options.quiet, "only errors on stderr");
  cmd->add_flag("-v,--verbose", options.verbose, "progress details on stderr");
}

void add_cache_options(CLI::App* cmd, CommonOptions& options) {
  auto* folder = cmd->add_option("--cache", options.cache,
                                 "cache folder for extraction and solving results (default: $XDG_CACHE_HOME/factaudit, "
                                 "else ~/.cache/factaudit)");
  cmd->add_flag("--no-cache", options.no_cache, "neither read nor write the cache")->excludes(folder);
}

void add_solver_options(CLI::App* cmd, CommonOptions& options) {
  cmd->add_option("--rlimit", options.budget.rlimit_per_check, "Z3 resource limit per check")->capture_default_str();
  cmd->add_option("--max-conflicts", options.budget.max_conflicts, "minimal sets per component")->capture_default_str();
  cmd->add_option("--max-checks", options.budget.max_checks, "solver checks per component")->capture_default_str();
  cmd->add_option("--max-claims", options.max_claims, "claims one run may check; more is an error (exit 2)")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", options.jobs, "worker threads (default: one per core); the output does not depend on it");
  add_cache_options(cmd, options);
  add_rule_and_log_options(cmd, options);
}

void add_store_option(CLI::App* cmd, CommonOptions& options, bool required) {
  auto* store = cmd->add_option("--store", options.store, "the claim archive (an SQLite file)");
  if (required) store->required();
  cmd->add_option("--busy-timeout", options.busy_timeout_ms, "milliseconds to wait for another process writing the archive")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
}

void add_report_options(CLI::App* cmd, CommonOptions& options) {
  cmd->add_option("--format", options.format, "text, json, sarif, md or html (default: text)");
  cmd->add_option("-o,--output", options.output, "write the report to FILE (default: stdout)");
  cmd->add_option("--fail-on", options.fail_on, "major, minor, unknown or never (default: minor)");
  cmd->add_option("--baseline", options.baseline, "accept the contradictions this baseline file lists");
}

void add_shard_option(CLI::App* cmd, CommonOptions& options) {
  cmd->add_option("--shard", options.shard, "I/N: only shard I of N of the components, as a partial JSON report for merge");
}

}  // namespace

int main(int argc, char** argv) {
  // keep freed memory for reuse instead of handing it back: each Z3 context allocates large tables,
  // and on virtual machines the page faults of fresh memory cost a third of a check run
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  CLI::App app{"factaudit: finds contradictions between statements of fact, with minimal explanations"};
  app.set_version_flag("--version", std::string("factaudit ") + FACTAUDIT_VERSION);
  app.require_subcommand(1);

  CommonOptions options;
  options.executable = argv[0];
  std::vector<std::string> inputs;
  std::string output_folder;

  CLI::App* check = app.add_subcommand("check", "check claim files (*.claims.json) or folders of them");
  check->add_option("inputs", inputs, "claim files or folders")->required();
  add_report_options(check, options);
  add_shard_option(check, options);
  add_solver_options(check, options);

  CLI::App* audit = app.add_subcommand("audit", "extract claims from documents and check them with any claim files");
  audit->add_option("inputs", inputs, "documents (.txt, .md), claim files or folders")->required();
  audit->add_flag("--show-unresolved", options.show_unresolved, "list statements whose slot could not be resolved");
  add_report_options(audit, options);
  add_shard_option(audit, options);
  add_solver_options(audit, options);
  add_store_option(audit, options, false);

  std::string explain_id;
  CLI::App* explain = app.add_subcommand("explain", "one contradiction of the run, in full");
  explain->add_option("id", explain_id, "contradiction id or fingerprint (as in the report)")->required();
  explain->add_option("inputs", inputs, "documents, claim files or folders (as for audit)")->required();
  explain->add_option("--format", options.format, "text or json (default: text)");
  add_solver_options(explain, options);
  add_store_option(explain, options, false);

  CLI::App* baseline = app.add_subcommand("baseline", "accept today's contradictions: write them to a baseline file");
  baseline->add_option("inputs", inputs, "documents, claim files or folders (as for audit)")->required();
  baseline->add_option("-o,--output", options.output, "the baseline file to write")->required();
  add_solver_options(baseline, options);
  add_store_option(baseline, options, false);

  std::vector<std::string> reports;
  CLI::App* merge = app.add_subcommand("merge", "combine the partial JSON reports of every --shard I/N into the whole run's report");
  merge->add_option("reports", reports, "the partial reports of shards 1..N")->required();
  merge->add_flag("--show-unresolved", options.show_unresolved, "list statements whose slot could not be resolved");
  add_report_options(merge, options);
  add_rule_and_log_options(merge, options);

  CLI::App* extract = app.add_subcommand("extract", "write one claim file per document");
  extract->add_option("inputs", inputs, "documents (.txt, .md) or folders")->required();
  extract->add_option("-o,--output", output_folder, "folder for the claim files")->required();
  add_cache_options(extract, options);
  add_rule_and_log_options(extract, options);

  CLI::App* ingest = app.add_subcommand("ingest", "add documents and claim files to the claim archive");
  ingest->add_option("inputs", inputs, "documents (.txt, .md), claim files or folders")->required();
  add_store_option(ingest, options, true);
  add_rule_and_log_options(ingest, options);

  CLI::App* store = app.add_subcommand("store", "the claim archive: stats or export");
  store->require_subcommand(1);
  CLI::App* stats = store->add_subcommand("stats", "schema version, documents, claims by kind, file size");
  add_store_option(stats, options, true);
  stats->add_option("--format", options.format, "text or json (default: text)");
  stats->add_flag("-q,--quiet", options.quiet, "only errors on stderr");
  CLI::App* store_export = store->add_subcommand("export", "every document and claim as JSON");
  add_store_option(store_export, options, true);
  store_export->add_option("-o,--output", options.output, "write the JSON to FILE (default: stdout)");
  store_export->add_flag("-q,--quiet", options.quiet, "only errors on stderr");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (check->parsed()) return factaudit::cli::run_check(inputs, options);
  if (audit->parsed()) return factaudit::cli::run_audit(inputs, options);
  if (explain->parsed()) return factaudit::cli::run_explain(explain_id, inputs, options);
  if (baseline->parsed()) return factaudit::cli::run_baseline(inputs, options);
  if (merge->parsed()) return factaudit::cli::run_merge(reports, options);
  if (extract->parsed()) return factaudit::cli::run_extract(inputs, output_folder, options);
  if (ingest->parsed()) return factaudit::cli::run_ingest(inputs, options);
  if (stats->parsed()) return factaudit::cli::run_store_stats(options);
  if (store_export->parsed()) return factaudit::cli::run_store_export(options);
  return 2;
}
