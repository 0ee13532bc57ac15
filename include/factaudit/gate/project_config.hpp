/// Project configuration from `.factaudit.yaml`, found upward from the current folder: rule folders,
/// default format, threshold, baseline and severity tolerances. Flags override it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <gmpxx.h>

namespace factaudit {

struct ProjectConfig {
  std::string path;                // the file read ("" when none)
  std::vector<std::string> rules;  // rule folders, relative to the config file's folder
  std::optional<std::string> format, fail_on, baseline;
  std::optional<mpq_class> numeric_minor_relative;
  std::optional<int> date_minor_units;
};

inline constexpr const char* kConfigFileName = ".factaudit.yaml";

/// The nearest `.factaudit.yaml` in `start` or a folder above it, up to the repository's root (a folder
/// with `.git`), if any.
std::optional<std::filesystem::path> find_project_config(const std::filesystem::path& start);

/// Reads and validates a config file (unknown keys and bad values: InputError at path:line:col).
ProjectConfig read_project_config(const std::string& path);
ProjectConfig parse_project_config(const std::string& path, const std::string& text);

}  // namespace factaudit
