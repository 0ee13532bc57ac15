// factaudit's command line (CLI11 lives in this one file to keep builds light).
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands.hpp"

int main(int argc, char** argv) {
  using factaudit::cli::CommonOptions;
  CLI::App app{"factaudit: finds contradictions between statements of fact, with minimal explanations"};
  app.set_version_flag("--version", std::string("factaudit ") + FACTAUDIT_VERSION);
  app.require_subcommand(1);

  CommonOptions options;
  options.executable = argv[0];
  std::vector<std::string> inputs;

  CLI::App* check = app.add_subcommand("check", "check claim files (*.claims.json) or folders of them");
  check->add_option("inputs", inputs, "claim files or folders")->required();
  check->add_option("--format", options.format, "text or json")->capture_default_str();
  check->add_option("-o,--output", options.output, "write the report to FILE (default: stdout)");
  check->add_option("--rules", options.rules, "rule folder (repeatable; default: the installed rules)");
  check->add_option("--fail-on", options.fail_on, "major, minor, unknown or never")->capture_default_str();
  check->add_option("--rlimit", options.budget.rlimit_per_check, "Z3 resource limit per check")->capture_default_str();
  check->add_option("--max-conflicts", options.budget.max_conflicts, "minimal sets per component")->capture_default_str();
  check->add_option("--max-checks", options.budget.max_checks, "solver checks per component")->capture_default_str();
  check->add_flag("-q,--quiet", options.quiet, "only errors on stderr");
  check->add_flag("-v,--verbose", options.verbose, "progress details on stderr");

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
  return 2;
}
