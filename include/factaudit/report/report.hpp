/// Report writers (sinks over the same findings) and the exit policy, computed once from the summary.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

enum class FailOn { major, minor, unknown, never };
std::optional<FailOn> fail_on_from(std::string_view text);
std::string_view to_string(FailOn f);

struct Summary {
  std::size_t documents = 0, claims = 0, contradictions = 0, major = 0, minor = 0, unknown = 0, components = 0;
  FailOn fail_on = FailOn::minor;
  int exit = 0;
};

/// Counts findings and applies the threshold: exit 1 when a finding is at or above it.
Summary summarize(const ClaimSet& set, const CheckResult& result, FailOn fail_on);

/// JSON report per docs/cli.md: version, documents, claims (sorted by document, start, id),
/// contradictions, unknown, copies, summary. Keys and order are part of the contract.
void write_json_report(std::ostream& out, const ClaimSet& set, const CheckResult& result, const Summary& summary);

/// `path:line:col: severity: message [kind]` with the other members as notes; colour when asked;
/// statements whose slot could not be resolved listed when `show_unresolved`.
void write_text_report(std::ostream& out, const ClaimSet& set, const CheckResult& result, const Summary& summary,
                       bool color, bool show_unresolved = false);

/// Writes a whole report file or nothing: a temporary file beside it, then a rename.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace factaudit
