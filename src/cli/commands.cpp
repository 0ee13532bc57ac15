#include "commands.hpp"
#include "huge_pages.hpp"
#include "progress_line.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "factaudit/cache/result_cache.hpp"
#include "factaudit/gate/baseline.hpp"
#include "factaudit/gate/project_config.hpp"
#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/pipeline/archive_audit.hpp"
#include "factaudit/pipeline/audit.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/pipeline/merge.hpp"
#include "factaudit/report/report.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/store/archive.hpp"

namespace factaudit::cli {

void setup_logging(const CommonOptions& options) {
  auto logger = spdlog::stderr_color_mt("factaudit");
  logger->set_pattern("factaudit: %l: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(options.quiet ? spdlog::level::err : options.verbose ? spdlog::level::trace : spdlog::level::warn);
}

int exit_code_of(const std::function<int()>& body) {
  try {
    return body();
  } catch (const InputError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {  // no input may crash the tool: anything else is exit 2 too
    std::cerr << "factaudit: error: " << e.what() << "\n";
    return 2;
  }
}

namespace {

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

/// The run's cache: --cache DIR, else the default folder; none with --no-cache, nor (with a warning)
/// when the folder cannot be created or written: the run goes on without it.
std::unique_ptr<ResultCache> open_cache(const CommonOptions& options) {
  if (options.no_cache) return nullptr;
  std::string folder = !options.cache.empty() ? options.cache : default_cache_folder();
  if (folder.empty()) {
    spdlog::info("no cache: neither XDG_CACHE_HOME nor HOME is set (give --cache DIR)");
    return nullptr;
  }
  std::string problem;
  std::unique_ptr<ResultCache> cache = ResultCache::open(folder, problem);
  if (!cache) spdlog::warn("{}; running without the cache", problem);
  return cache;
}

void report_cache_use(const ResultCache* cache) {
  if (cache) spdlog::info("cache {}: {} entries read, {} computed", cache->folder(), cache->hits(), cache->misses());
}

}  // namespace

namespace {

/// The settings of one run: flags first, then the configuration file, then the defaults.
struct Settings {
  ProjectConfig config;
  FailOn fail_on = FailOn::minor;
  std::string format = "text";
  std::optional<Shard> shard;
};

/// "I/N" with 1 <= I <= N.
std::optional<Shard> parse_shard(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto slash = text.find('/');
  auto number = [](const std::string& digits) -> std::optional<std::size_t> {
    if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoul(digits);
  };
  std::optional<std::size_t> index, count;
  if (slash != std::string::npos) {
    index = number(text.substr(0, slash));
    count = number(text.substr(slash + 1));
  }
  if (!index || !count || *index < 1 || *index > *count) {
    throw InputError({"--shard"}, "expected I/N with 1 <= I <= N (shard I of N), got '" + text + "'");
  }
  return Shard{*index, *count};
}

std::size_t worker_count(const CommonOptions& options) {
  if (options.jobs > 0) return options.jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

/// The baseline the flags or the configuration name, if any.
std::optional<Baseline> run_baseline_file(const CommonOptions& options, const Settings& settings) {
  std::string path = !options.baseline.empty() ? options.baseline : settings.config.baseline.value_or("");
  if (path.empty()) return std::nullopt;
  return read_baseline(path);
}

Settings resolve_settings(const CommonOptions& options) {
  Settings out;
  if (!options.no_config) {
    if (!options.config.empty()) {
      out.config = read_project_config(options.config);
    } else if (auto found = find_project_config(std::filesystem::current_path())) {
      std::error_code ec;
      auto shown = std::filesystem::proximate(*found, ec);
      out.config = read_project_config(ec ? found->string() : shown.string());
    }
  }
  std::string fail_on = !options.fail_on.empty() ? options.fail_on : out.config.fail_on.value_or("minor");
  auto parsed = fail_on_from(fail_on);
  if (!parsed) throw InputError({"--fail-on"}, "expected major, minor, unknown or never, got '" + fail_on + "'");
  out.fail_on = *parsed;
  out.format = !options.format.empty() ? options.format : out.config.format.value_or("text");
  out.shard = parse_shard(options.shard);
  if (out.shard) {
    // a shard writes the partial JSON report that merge reads; merge writes the other formats
    if (!options.format.empty() && options.format != "json") {
      throw InputError({"--format"}, "--shard writes a partial JSON report for merge; give --format to merge instead");
    }
    out.format = "json";
  }
  if (!find_report_format(out.format)) {
    SourcePosition where{options.format.empty() ? out.config.path : "--format"};
    throw InputError(where, "expected a format (" + report_format_names() + "), got '" + out.format + "'");
  }
  return out;
}

Rulebook load_run_rules(const CommonOptions& options, const Settings& settings) {
  CommonOptions with_rules = options;
  if (with_rules.rules.empty()) with_rules.rules = settings.config.rules;
  Rulebook rules = load_rules(with_rules);
  Tolerances& t = rules.tolerances;
  if (settings.config.numeric_minor_relative) t.numeric_minor_relative = *settings.config.numeric_minor_relative;
  if (settings.config.date_minor_units) t.date_minor_units = *settings.config.date_minor_units;
  return rules;
}

}  // namespace

Rulebook load_configured_rules(const CommonOptions& options) { return load_run_rules(options, resolve_settings(options)); }

namespace {

/// Everything a finished run hands to its output.
struct Outcome {
  const Rulebook& rules;
  const ClaimSet& set;
  CheckResult& result;
  const Settings& settings;
};

/// The archive claims related to the drafts join `set` (audit --store).
ArchiveLoad add_archive_claims(const CommonOptions& options, const Rulebook& rules, ClaimSet& set, Warnings& warnings) {
  auto start = std::chrono::steady_clock::now();
  Archive archive(options.store, ArchiveAccess::read, options.busy_timeout_ms);
  ArchiveLoad load = add_related_claims(archive, set, rules, warnings);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  spdlog::info("archive {}: {} claim(s) read through {} key(s) in {} round(s); {} claim(s) of {} document(s) joined "
               "the {} draft claim(s); {} ms",
               options.store, load.claims_read, load.keys, load.rounds, load.claims_added, load.documents_added,
               load.draft_claims, ms);
  return load;
}

/// Gathers claims (documents allowed for audit, explain, baseline), checks them and hands the outcome
/// to `finish`, whose return value is the exit code; bad input is exit 2.
int run_pipeline(const std::vector<std::string>& inputs, const CommonOptions& options, bool documents,
                 const std::function<int(Outcome&)>& finish) {
  setup_logging(options);
  return exit_code_of([&] {
    Settings settings = resolve_settings(options);
    Rulebook rules = load_run_rules(options, settings);
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
    std::unique_ptr<ResultCache> cache = open_cache(options);
    ProgressLine reading(options, "read", "inputs");
    GatheredClaims gathered =
        gather_claims(files, rules, lexicon, warnings, reading.callback(), worker_count(options), cache.get());
    reading.finish(files.size());
    std::optional<ArchiveLoad> archived;
    if (!options.store.empty()) {
      archived = add_archive_claims(options, rules, gathered.set, warnings);
      sort_claims(gathered.set);
    }
    const ClaimSet& set = gathered.set;
    report_warnings(warnings);
    if (set.claims.size() > options.max_claims) {
      throw InputError({"--max-claims"}, "the run has " + std::to_string(set.claims.size()) + " claims, more than the " +
                                             std::to_string(options.max_claims) +
                                             " a run may check (raise --max-claims or check fewer inputs together)");
    }
    spdlog::debug("{} claims from {} documents, {} unresolved", set.claims.size(), set.documents.size(), set.unresolved.size());

    CheckOptions check_options;
    check_options.budget = options.budget;
    check_options.jobs = worker_count(options);
    check_options.shard = settings.shard;
    check_options.cache = cache.get();
    ProgressLine solving(options, "solved", "components");
    check_options.progress = solving.callback();
    CheckResult result = check_claims(set, rules, check_options);
    solving.finish(result.components);
    report_cache_use(cache.get());
    if (archived) {
      std::size_t known = keep_findings_about_drafts(set, archived->draft_documents, result);
      spdlog::info("{} contradiction(s) among archive claims alone not reported (they involve no draft)", known);
    }
    Outcome outcome{rules, set, result, settings};
    return finish(outcome);
  });
}

/// The report on stdout or, all or nothing, in --output.
void emit(const CommonOptions& options, const std::string& text) {
  if (options.output.empty()) std::cout << text << std::flush;
  else write_file_atomically(options.output, text);
}

/// Applies the baseline, counts, and writes the report in the run's format; returns the exit code.
int write_report(const ClaimSet& set, CheckResult& result, const Settings& settings, const CommonOptions& options,
                 const Rulebook* rules) {
  std::optional<Baseline> baseline = run_baseline_file(options, settings);
  if (baseline) apply_baseline(*baseline, result);
  Summary summary = summarize(set, result, settings.fail_on);
  summary.config = settings.config.path;
  summary.baseline = baseline ? baseline->path : "";
  std::ostringstream report;
  bool to_terminal = options.output.empty() && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
  ReportContext context{set, result, summary, to_terminal, options.show_unresolved, rules};
  find_report_format(settings.format)->write(report, context);
  emit(options, report.str());
  return summary.exit;
}

/// A shard's partial report: every document, the claims and findings of its components, no baseline
/// (merge applies it to the whole run).
int write_shard_report(const ClaimSet& set, const CheckResult& result, const Settings& settings, const CommonOptions& options) {
  ClaimSet share;
  share.documents = set.documents;
  share.unresolved = set.unresolved;
  for (std::size_t c : result.shard_claims.value_or(std::vector<std::size_t>{})) share.claims.push_back(set.claims[c]);
  Summary summary = summarize(share, result, settings.fail_on);
  summary.config = settings.config.path;
  std::ostringstream report;
  ReportContext context{share, result, summary, false, options.show_unresolved, nullptr, settings.shard->index, settings.shard->count};
  write_json_report(report, context);
  emit(options, report.str());
  return summary.exit;
}

int run_report(const std::vector<std::string>& inputs, const CommonOptions& options, bool documents) {
  return run_pipeline(inputs, options, documents, [&](Outcome& run) {
    if (run.settings.shard) return write_shard_report(run.set, run.result, run.settings, options);
    return write_report(run.set, run.result, run.settings, options, &run.rules);
  });
}

}  // namespace

int run_check(const std::vector<std::string>& inputs, const CommonOptions& options) {
  return run_report(inputs, options, false);
}

int run_audit(const std::vector<std::string>& inputs, const CommonOptions& options) {
  return run_report(inputs, options, true);
}

int run_baseline(const std::vector<std::string>& inputs, const CommonOptions& options) {
  return run_pipeline(inputs, options, true, [&](Outcome& run) {
    emit(options, baseline_text(run.set, run.result));
    spdlog::info("accepted {} contradiction(s) in {}", run.result.contradictions.size(), options.output);
    return 0;
  });
}

int run_explain(const std::string& id, const std::vector<std::string>& inputs, const CommonOptions& options) {
  return run_pipeline(inputs, options, true, [&](Outcome& run) {
    const auto& all = run.result.contradictions;
    auto found = std::find_if(all.begin(), all.end(), [&](const Contradiction& c) {
      return c.id == id || c.fingerprint == id;
    });
    if (found == all.end()) {
      std::string known;
      for (const auto& c : all) known += (known.empty() ? "" : ", ") + c.id;
      throw InputError({"explain"}, "no contradiction '" + id + "' (by id or fingerprint) in this run" +
                                 (known.empty() ? std::string(" (it has none)") : " (it has " + known + ")"));
    }
    if (run.settings.format != "text" && run.settings.format != "json") {
      throw InputError({"--format"}, "explain prints text or json, not '" + run.settings.format + "'");
    }
    std::ostringstream out;
    if (run.settings.format == "json") write_json_contradiction(out, run.set, *found);
    else write_text_explanation(out, run.set, *found);
    emit(options, out.str());
    return 0;
  });
}

int run_merge(const std::vector<std::string>& reports, const CommonOptions& options) {
  setup_logging(options);
  return exit_code_of([&] {
    Settings settings = resolve_settings(options);
    std::vector<ShardReport> shards;
    for (const auto& path : reports) shards.push_back(read_shard_report(path));
    MergedRun merged = merge_shard_reports(std::move(shards));
    // the rules resolve parts of months on the HTML timeline, as in the single run
    Rulebook rules = load_run_rules(options, settings);
    return write_report(merged.set, merged.result, settings, options, &rules);
  });
}

int run_extract(const std::vector<std::string>& inputs, const std::string& output_folder, const CommonOptions& options) {
  setup_logging(options);
  advise_huge_pages();
  return exit_code_of([&] {
    Rulebook rules = load_run_rules(options, resolve_settings(options));
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
    std::unique_ptr<ResultCache> cache = open_cache(options);
    extract_each(files, rules, lexicon, warnings, [&](const ExtractedDocument& extracted) {
      std::string name = std::filesystem::path(extracted.document.path).stem().string() + ".claims.json";
      std::string path = (std::filesystem::path(output_folder) / name).string();
      if (outputs.count(path)) {
        throw InputError({extracted.document.path}, "another document also writes " + path + " (rename one of them)");
      }
      outputs[path] = claim_file_text(extracted, output_folder);
      advise_huge_pages();  // the heap may have grown for this document
    }, cache.get());
    report_cache_use(cache.get());
    report_warnings(warnings);
    for (const auto& [path, content] : outputs) write_file_atomically(path, content);
    spdlog::info("wrote {} claim files to {}", outputs.size(), output_folder);
    return 0;
  });
}

}  // namespace factaudit::cli
