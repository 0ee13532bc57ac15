#include "factaudit/rules/yaml_reader.hpp"

#include "factaudit/normalize/decimal.hpp"

namespace factaudit::rules {

YamlReader::YamlReader(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)), lines_(text_) {
  try {
    root_ = YAML::Load(text_);
  } catch (const YAML::Exception& e) {
    SourcePosition at{path_};
    if (e.mark.pos >= 0) lines_.locate(static_cast<std::size_t>(e.mark.pos), at.line, at.column);
    throw InputError(at, "invalid YAML: " + e.msg);
  }
}

SourcePosition YamlReader::where(const YAML::Node& node) const {
  SourcePosition at{path_};
  if (!node.IsDefined()) return at;  // a missing key has no place of its own (callers name its map)
  YAML::Mark mark = node.Mark();
  if (mark.pos >= 0) lines_.locate(static_cast<std::size_t>(mark.pos), at.line, at.column);
  return at;
}

void YamlReader::fail(const YAML::Node& node, const std::string& message) const {
  throw InputError(where(node), message);
}

void YamlReader::require_map(const YAML::Node& node, const std::string& what) const {
  if (!node.IsMap()) fail(node, "expected " + what + " (a mapping)");
}

void YamlReader::require_sequence(const YAML::Node& node, const std::string& what) const {
  if (!node.IsSequence()) fail(node, "expected " + what + " (a list)");
}

void YamlReader::only_keys(const YAML::Node& map, std::initializer_list<const char*> allowed) const {
  for (const auto& entry : map) {
    std::string key = entry.first.as<std::string>("");
    bool ok = false;
    for (const char* name : allowed) ok = ok || key == name;
    if (!ok) {
      std::string list;
      for (const char* name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
      fail(entry.first, "unexpected key '" + key + "' (expected one of: " + list + ")");
    }
  }
}

std::string YamlReader::text(const YAML::Node& map, const char* key, bool required) const {
  require_map(map, std::string("a mapping with '") + key + "'");
  YAML::Node value = map[key];
  if (!value) {
    if (required) fail(map, std::string("missing '") + key + "'");
    return {};
  }
  if (!value.IsScalar()) fail(value, std::string("expected a string for '") + key + "'");
  return value.Scalar();
}

std::vector<std::string> YamlReader::texts(const YAML::Node& map, const char* key) const {
  require_map(map, std::string("a mapping with '") + key + "'");
  std::vector<std::string> out;
  YAML::Node value = map[key];
  if (!value) return out;
  require_sequence(value, std::string("a list of strings for '") + key + "'");
  for (const auto& item : value) {
    if (!item.IsScalar()) fail(item, std::string("expected a string in '") + key + "'");
    out.push_back(item.Scalar());
  }
  return out;
}

bool YamlReader::flag(const YAML::Node& map, const char* key, bool fallback) const {
  require_map(map, std::string("a mapping with '") + key + "'");
  YAML::Node value = map[key];
  if (!value) return fallback;
  if (!value.IsScalar()) fail(value, std::string("expected true or false for '") + key + "'");
  const std::string& s = value.Scalar();
  if (s == "true") return true;
  if (s == "false") return false;
  fail(value, std::string("expected true or false for '") + key + "'");
}

long YamlReader::integer(const YAML::Node& map, const char* key, long min, long max) const {
  std::string s = text(map, key);
  try {
    std::size_t used = 0;
    long v = std::stol(s, &used);
    if (used == s.size() && v >= min && v <= max) return v;
  } catch (const std::exception&) {
  }
  fail(map[key], std::string("expected a whole number from ") + std::to_string(min) + " to " +
                     std::to_string(max) + " for '" + key + "'");
}

mpq_class YamlReader::rational(const YAML::Node& map, const char* key) const {
  std::string s = text(map, key);
  auto value = parse_rational(s);
  if (!value) fail(map[key], std::string("expected a decimal number for '") + key + "'");
  return *value;
}

}  // namespace factaudit::rules
