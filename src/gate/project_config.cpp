// `.factaudit.yaml`:
//   rules: [folder, ...]        # replace the installed rules; relative to this file
//   format: text|json|sarif|md|html
//   fail-on: major|minor|unknown|never
//   baseline: file              # relative to this file
//   severity: {numeric_minor_relative: "0.01", date_minor_units: 1}
#include "factaudit/gate/project_config.hpp"

#include "factaudit/ingest/text_position.hpp"
#include "factaudit/report/report.hpp"
#include "factaudit/rules/yaml_reader.hpp"

namespace factaudit {

std::optional<std::filesystem::path> find_project_config(const std::filesystem::path& start) {
  std::error_code ec;
  std::filesystem::path folder = std::filesystem::absolute(start, ec);
  if (ec) return std::nullopt;
  while (true) {
    std::filesystem::path candidate = folder / kConfigFileName;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    // the search ends at the repository's root: a file above it belongs to another project
    if (std::filesystem::exists(folder / ".git", ec)) return std::nullopt;
    if (!folder.has_parent_path() || folder.parent_path() == folder) return std::nullopt;
    folder = folder.parent_path();
  }
}

ProjectConfig parse_project_config(const std::string& path, const std::string& text) {
  rules::YamlReader r(path, text);
  ProjectConfig out;
  out.path = path;
  YAML::Node root = r.root();
  if (!root || root.IsNull()) return out;  // an empty file configures nothing
  r.require_map(root, "a configuration: a map of rules, format, fail-on, baseline, severity");
  r.only_keys(root, {"rules", "format", "fail-on", "baseline", "severity"});
  std::filesystem::path folder = std::filesystem::path(path).parent_path();
  auto relative = [&](const std::string& p) {
    return std::filesystem::path(p).is_absolute() || folder.empty() ? p : (folder / p).lexically_normal().string();
  };
  if (root["rules"]) {
    if (root["rules"].IsScalar()) out.rules.push_back(relative(r.text(root, "rules")));
    else for (const auto& folder_name : r.texts(root, "rules")) out.rules.push_back(relative(folder_name));
  }
  if (root["format"]) {
    out.format = r.text(root, "format");
    if (!find_report_format(*out.format)) {
      r.fail(root["format"], "expected a format (" + report_format_names() + "), got '" + *out.format + "'");
    }
  }
  if (root["fail-on"]) {
    std::string fail_on = r.text(root, "fail-on");
    if (!fail_on_from(fail_on)) r.fail(root["fail-on"], "expected major, minor, unknown or never, got '" + fail_on + "'");
    out.fail_on = fail_on;
  }
  if (root["baseline"]) out.baseline = relative(r.text(root, "baseline"));
  if (YAML::Node severity = root["severity"]) {
    r.require_map(severity, "a map of numeric_minor_relative and date_minor_units");
    r.only_keys(severity, {"numeric_minor_relative", "date_minor_units"});
    if (severity["numeric_minor_relative"]) {
      mpq_class value = r.rational(severity, "numeric_minor_relative");
      if (value < 0 || value > 1) r.fail(severity["numeric_minor_relative"], "expected a fraction between 0 and 1");
      out.numeric_minor_relative = value;
    }
    if (severity["date_minor_units"]) out.date_minor_units = static_cast<int>(r.integer(severity, "date_minor_units", 0, 1000));
  }
  return out;
}

ProjectConfig read_project_config(const std::string& path) { return parse_project_config(path, read_file(path)); }

}  // namespace factaudit
