/// Strict reading of YAML rule files: typed fields, unknown keys rejected, errors as path:line:col.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include <gmpxx.h>
#include <yaml-cpp/yaml.h>

#include "factaudit/ingest/text_position.hpp"
#include "factaudit/model/diagnostic.hpp"

namespace factaudit::rules {

class YamlReader {
 public:
  YamlReader(std::string path, std::string text);
  YAML::Node root() const { return root_; }
  const std::string& path() const { return path_; }

  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const;
  SourcePosition where(const YAML::Node& node) const;

  void require_map(const YAML::Node& node, const std::string& what) const;
  void require_sequence(const YAML::Node& node, const std::string& what) const;
  /// Rejects keys not in `allowed`.
  void only_keys(const YAML::Node& map, std::initializer_list<const char*> allowed) const;

  std::string text(const YAML::Node& map, const char* key, bool required = true) const;
  std::vector<std::string> texts(const YAML::Node& map, const char* key) const;
  bool flag(const YAML::Node& map, const char* key, bool fallback) const;
  long integer(const YAML::Node& map, const char* key, long min, long max) const;
  mpq_class rational(const YAML::Node& map, const char* key) const;

 private:
  std::string path_;
  std::string text_;
  LineIndex lines_;
  YAML::Node root_;
};

}  // namespace factaudit::rules
