#include "commands.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>
#include <unistd.h>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/pipeline/audit.hpp"
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

namespace {

FailOn parse_common(const CommonOptions& options) {
  auto fail_on = fail_on_from(options.fail_on);
  if (!fail_on) throw InputError({"--fail-on"}, "expected major, minor, unknown or never, got '" + options.fail_on + "'");
  if (!find_report_format(options.format)) {
    throw InputError({"--format"}, "expected one of " + report_format_names() + ", got '" + options.format + "'");
  }
  return *fail_on;
}

/// check and audit: gather claims, check them, write the report; `documents` allows documents.
int run_report(const std::vector<std::string>& inputs, const CommonOptions& options, bool documents) {
  setup_logging(options);
  try {
    FailOn fail_on = parse_common(options);
    Rulebook rules = load_rules(options);
    Lexicon lexicon(rules);
    Warnings warnings;
    std::vector<InputFile> files = collect_inputs(inputs, warnings);
    if (!documents) {
      std::vector<InputFile> claim_files;
      for (const auto& file : files) {
        if (file.kind == InputKind::claims) claim_files.push_back(file);
        else if (file.named) throw InputError({file.path}, "check reads claim files (*.claims.json); use audit for documents");
        else warnings.push_back({{file.path}, "skipped: check reads claim files only (use audit for documents)"});
      }
      files = claim_files;
    }
    GatheredClaims gathered = gather_claims(files, rules, lexicon, warnings);
    const ClaimSet& set = gathered.set;
    report_warnings(warnings);
    spdlog::debug("{} claims from {} documents, {} unresolved", set.claims.size(), set.documents.size(), set.unresolved.size());

    CheckOptions check_options;
    check_options.budget = options.budget;
    CheckResult result = check_claims(set, rules, check_options);
    Summary summary = summarize(set, result, fail_on);

    std::ostringstream report;
    bool to_terminal = options.output.empty() && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    ReportContext context{set, result, summary, to_terminal, options.show_unresolved, &rules};
    find_report_format(options.format)->write(report, context);
    if (options.output.empty()) std::cout << report.str() << std::flush;
    else write_file_atomically(options.output, report.str());
    return summary.exit;
  } catch (const InputError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
}

}  // namespace

int run_check(const std::vector<std::string>& inputs, const CommonOptions& options) {
  return run_report(inputs, options, false);
}

int run_audit(const std::vector<std::string>& inputs, const CommonOptions& options) {
  return run_report(inputs, options, true);
}

int run_extract(const std::vector<std::string>& inputs, const std::string& output_folder, const CommonOptions& options) {
  setup_logging(options);
  try {
    Rulebook rules = load_rules(options);
    Lexicon lexicon(rules);
    Warnings warnings;
    std::vector<InputFile> files;
    for (const auto& file : collect_inputs(inputs, warnings)) {
      if (file.kind == InputKind::document) files.push_back(file);
      else if (file.named) throw InputError({file.path}, "extract reads documents (.txt, .md), not claim files");
    }
    std::error_code ec;
    std::filesystem::create_directories(output_folder, ec);
    if (ec || !std::filesystem::is_directory(output_folder, ec)) {
      throw InputError({output_folder}, "cannot create the output folder: " + ec.message());
    }
    // every file is prepared before any is written, so a name clash writes nothing
    std::map<std::string, std::string> outputs;
    extract_each(files, rules, lexicon, warnings, [&](const ExtractedDocument& extracted) {
      std::string name = std::filesystem::path(extracted.document.path).stem().string() + ".claims.json";
      std::string path = (std::filesystem::path(output_folder) / name).string();
      if (outputs.count(path)) {
        throw InputError({extracted.document.path}, "another document also writes " + path + " (rename one of them)");
      }
      outputs[path] = claim_file_text(extracted, output_folder);
    });
    report_warnings(warnings);
    for (const auto& [path, content] : outputs) write_file_atomically(path, content);
    spdlog::info("wrote {} claim files to {}", outputs.size(), output_folder);
    return 0;
  } catch (const InputError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
}

}  // namespace factaudit::cli
