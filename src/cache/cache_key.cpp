#include "factaudit/cache/cache_key.hpp"

#include "factaudit/ingest/sha256.hpp"

namespace factaudit {

namespace {

/// Bump when an entry's content or meaning changes: entries of another format are never read.
constexpr std::string_view kEntryFormat = "1";

}  // namespace

CacheKey::CacheKey(std::string_view shelf, const Rulebook& rules) {
  add(shelf).add(kEntryFormat).add(FACTAUDIT_VERSION).add(rules.digest);
  const Tolerances& t = rules.tolerances;  // the configuration may override these after loading
  add(t.round_relative.get_str()).add(static_cast<std::size_t>(t.round_max_significant_digits));
  for (const auto& [unit, relative] : t.unit_relative) add(unit).add(relative.get_str());
  add(t.numeric_minor_relative.get_str()).add(std::to_string(t.date_minor_units));
}

CacheKey& CacheKey::add(std::string_view field) {
  text_ += std::to_string(field.size());
  text_ += ':';
  text_ += field;
  return *this;
}

std::string CacheKey::digest() const { return sha256_hex(text_); }

}  // namespace factaudit
