#include "factaudit/rules/pattern.hpp"

namespace factaudit {

bool match_pattern(const std::string& pattern, const std::string& text, Bindings& bound) {
  Bindings local = bound;
  std::size_t p = 0, t = 0;
  while (p < pattern.size()) {
    if (pattern[p] == '{') {
      std::size_t close = pattern.find('}', p);
      if (close == std::string::npos) return false;
      std::string name = pattern.substr(p + 1, close - p - 1);
      p = close + 1;
      // a placeholder runs to the next literal character of the pattern (or to the end)
      std::size_t stop = p < pattern.size() ? text.find(pattern[p], t) : text.size();
      if (stop == std::string::npos || stop == t) return false;
      std::string value = text.substr(t, stop - t);
      auto it = local.find(name);
      if (it != local.end() && it->second != value) return false;
      local[name] = value;
      t = stop;
    } else {
      if (t >= text.size() || text[t] != pattern[p]) return false;
      ++p;
      ++t;
    }
  }
  if (t != text.size()) return false;
  bound = std::move(local);
  return true;
}

std::optional<std::string> pattern_problem(const std::string& pattern) {
  bool after_placeholder = false;
  for (std::size_t p = 0; p < pattern.size(); ++p) {
    if (pattern[p] == '}') return "'}' without '{'";
    if (pattern[p] != '{') {
      after_placeholder = false;
      continue;
    }
    std::size_t close = pattern.find_first_of("{}", p + 1);
    if (close == std::string::npos || pattern[close] == '{') return "'{' without '}'";
    if (close == p + 1) return "a placeholder without a name ('{}')";
    if (after_placeholder) return "two placeholders with nothing between them";
    after_placeholder = true;
    p = close;
  }
  return std::nullopt;
}

std::optional<std::string> fill_pattern(const std::string& pattern, const Bindings& bound) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    std::size_t close = pattern.find('}', i);
    if (close == std::string::npos) return std::nullopt;
    auto it = bound.find(pattern.substr(i + 1, close - i - 1));
    if (it == bound.end()) return std::nullopt;
    out += it->second;
    i = close;
  }
  return out;
}

}  // namespace factaudit
