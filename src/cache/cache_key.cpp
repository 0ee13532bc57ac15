#include "factaudit/cache/cache_key.hpp"

#include <sys/stat.h>

#include "factaudit/ingest/sha256.hpp"

namespace factaudit {

namespace {

/// Bump when an entry's content or meaning changes: entries of another format are never read.
constexpr std::string_view kEntryFormat = "1";

/// The running program's build: its executable's size and modification time. A rebuilt program of the
/// same version (other extraction or solving code) never reads the entries another build wrote.
const std::string& program_build() {
  static const std::string build = [] {
    struct stat st {};
    if (::stat("/proc/self/exe", &st) != 0) return std::string("unknown");
    return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
  }();
  return build;
}

}  // namespace

CacheKey::CacheKey(std::string_view shelf, const Rulebook& rules) {
  add(shelf).add(kEntryFormat).add(FACTAUDIT_VERSION).add(program_build()).add(rules.digest);
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
