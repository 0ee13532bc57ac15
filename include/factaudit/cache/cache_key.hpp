/// Cache keys: a digest of the kind of result, the entry format, the program version and build, the
/// rules, and then every field the result depends on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

class CacheKey {
 public:
  /// Starts a key for results on `shelf` computed under `rules` (their files and tolerances).
  CacheKey(std::string_view shelf, const Rulebook& rules);
  /// Adds one field; fields are length-prefixed, so no two sequences of fields give the same key.
  CacheKey& add(std::string_view field);
  CacheKey& add(std::size_t number) { return add(std::string_view(std::to_string(number))); }
  /// The key: SHA-256 of everything added, as hex.
  std::string digest() const;

 private:
  std::string text_;
};

}  // namespace factaudit
