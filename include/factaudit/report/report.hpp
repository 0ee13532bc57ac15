/// Report writers (sinks over the same findings) and the exit policy, computed once from the summary.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

struct Rulebook;

enum class FailOn { major, minor, unknown, never };
std::optional<FailOn> fail_on_from(std::string_view text);
std::string_view to_string(FailOn f);

struct Summary {
  std::size_t documents = 0, claims = 0, contradictions = 0, major = 0, minor = 0, unknown = 0, components = 0;
  std::size_t baselined = 0, baseline_unmatched = 0, suppressed = 0;
  FailOn fail_on = FailOn::minor;
  std::string config;    // the configuration file read ("" when none)
  std::string baseline;  // the baseline file applied ("" when none)
  int exit = 0;
};

/// Counts findings and applies the threshold: exit 1 when a finding is at or above it.
Summary summarize(const ClaimSet& set, const CheckResult& result, FailOn fail_on);

/// Everything a report format reads: the same findings for every sink.
struct ReportContext {
  const ClaimSet& set;
  const CheckResult& result;
  const Summary& summary;
  bool color = false;            // the output is a terminal (text only)
  bool show_unresolved = false;  // list statements whose slot could not be resolved
  const Rulebook* rules = nullptr;  // resolves time values for the HTML timeline; absent: parts of months ignored
  std::size_t shard_index = 0, shard_count = 0;  // a partial report of shard index/count (JSON); 0: the whole run
};

/// JSON report per docs/cli.md: version, documents, claims (sorted by document, start, id),
/// contradictions, unknown, copies, summary. Keys and order are part of the contract.
void write_json_report(std::ostream& out, const ReportContext& report);

/// `path:line:col: severity: message [kind]` with the other members as notes; colour when asked.
void write_text_report(std::ostream& out, const ReportContext& report);

/// One contradiction in full for `factaudit explain`: the members with their documents, dates and
/// passages, the rules, the assumptions, the derivation and the fix.
void write_text_explanation(std::ostream& out, const ClaimSet& set, const Contradiction& contradiction);
/// The same contradiction as one JSON object of the report's `contradictions` list.
void write_json_contradiction(std::ostream& out, const ClaimSet& set, const Contradiction& contradiction);

/// A Markdown summary for a pull-request comment; document text is escaped.
void write_markdown_report(std::ostream& out, const ReportContext& report);

/// One self-contained HTML page for an editor: passages side by side in context, a timeline, no script.
void write_html_report(std::ostream& out, const ReportContext& report);

/// SARIF 2.1.0 for GitHub code scanning: one result per contradiction or undecided component.
void write_sarif_report(std::ostream& out, const ReportContext& report);

/// One report format: its `--format` name and its writer.
struct ReportFormat {
  std::string_view name;
  void (*write)(std::ostream&, const ReportContext&);
};

/// The registered formats, one line each in formats.cpp; nullptr for an unknown name.
const ReportFormat* find_report_format(std::string_view name);
/// "text, json, ..." for messages and help.
std::string report_format_names();

/// Writes a whole report file or nothing: a temporary file beside it, then a rename.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace factaudit
