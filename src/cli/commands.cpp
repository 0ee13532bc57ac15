#include "commands.hpp"

#include <filesystem>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/report/report.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit::cli {

namespace {

void setup_logging(const CommonOptions& options) {
  auto logger = spdlog::stderr_color_mt("factaudit");
  logger->set_pattern("factaudit: %l: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(options.quiet ? spdlog::level::err : options.verbose ? spdlog::level::trace : spdlog::level::warn);
}

Rulebook load_rules(const CommonOptions& options) {
  std::vector<std::filesystem::path> folders;
  for (const auto& r : options.rules) folders.emplace_back(r);
  if (folders.empty()) {
    std::error_code ec;
    auto exe = std::filesystem::canonical("/proc/self/exe", ec);
    folders.push_back(default_rules_folder(ec ? std::filesystem::path(options.executable) : exe));
  }
  return load_rulebook(folders);
}

void report_warnings(const Warnings& warnings) {
  for (const auto& w : warnings) spdlog::warn("{}: {}", format_position(w.where), w.message);
}

}  // namespace

int run_check(const std::vector<std::string>& inputs, const CommonOptions& options) {
  setup_logging(options);
  try {
    auto fail_on = fail_on_from(options.fail_on);
    if (!fail_on) throw InputError({"--fail-on"}, "expected major, minor, unknown or never, got '" + options.fail_on + "'");
    if (options.format != "text" && options.format != "json") {
      throw InputError({"--format"}, "expected text or json, got '" + options.format + "'");
    }
    Rulebook rules = load_rules(options);
    Warnings warnings;
    std::vector<InputFile> files = collect_inputs(inputs, warnings);
    ClaimSet set;
    ClaimValidator validate = claim_validator(rules);
    for (const auto& file : files) {
      if (file.kind != InputKind::claims) {
        if (file.named) throw InputError({file.path}, "check reads claim files (*.claims.json); documents need extraction");
        warnings.push_back({{file.path}, "skipped: check reads claim files only"});
        continue;
      }
      load_claim_file(file.path, validate, set, warnings);
    }
    report_warnings(warnings);
    spdlog::debug("loaded {} claims from {} documents", set.claims.size(), set.documents.size());

    CheckOptions check_options;
    check_options.budget = options.budget;
    CheckResult result = check_claims(set, rules, check_options);
    Summary summary = summarize(set, result, *fail_on);

    std::ostringstream report;
    bool to_terminal = options.output.empty() && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    if (options.format == "json") write_json_report(report, set, result, summary);
    else write_text_report(report, set, result, summary, to_terminal);
    if (options.output.empty()) std::cout << report.str() << std::flush;
    else write_file_atomically(options.output, report.str());
    return summary.exit;
  } catch (const InputError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
}

}  // namespace factaudit::cli
