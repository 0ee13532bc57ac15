/// Id templates with {NAME} placeholders ("ambassador:{X}>{P}"): matching and filling.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace factaudit {

using Bindings = std::map<std::string, std::string>;

/// True when `text` fits `pattern`; placeholders already in `bound` must take the same value.
bool match_pattern(const std::string& pattern, const std::string& text, Bindings& bound);

/// What is wrong with `pattern` ("'{' without '}'", ...), or nullopt when it is well formed: every
/// placeholder closed and named, and a literal character between two placeholders.
std::optional<std::string> pattern_problem(const std::string& pattern);

/// The pattern with its placeholders replaced; nullopt when a placeholder is unbound.
std::optional<std::string> fill_pattern(const std::string& pattern, const Bindings& bound);

}  // namespace factaudit
