/// Loading the extraction word lists of rule files (used by the rule loader).
#pragma once

#include <string>

#include "factaudit/rules/rulebook.hpp"
#include "factaudit/rules/yaml_reader.hpp"

namespace factaudit {

/// True for the names of extraction sections.
bool is_extraction_section(const std::string& key);

/// Loads one extraction section of a rule file into book.extraction (path:line:col errors).
void load_extraction_section(const rules::YamlReader& r, const std::string& key, const YAML::Node& node, Rulebook& book);

/// Checks what needs the whole rulebook: measure phrases name known measures, month ids are 1..12.
void check_extraction_rules(const Rulebook& book);

}  // namespace factaudit
