/// Results kept on disk by content hash, so that a run recomputes only what its inputs changed.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace factaudit {

/// The cache folder when none is given: $XDG_CACHE_HOME/factaudit, else $HOME/.cache/factaudit
/// ("" when neither variable is set).
std::string default_cache_folder();

/// A folder of entries, one file each, under a shelf per kind of result ("extract", "solve"). An entry
/// holds its key and the size and hash of its value: a truncated, corrupt or foreign file is a miss.
/// Entries are written to a temporary file and renamed, so concurrent runs never read half an entry.
/// Removing the folder (or any file in it) at any time is safe.
class ResultCache {
 public:
  /// The cache in `folder`, created if need be; nullptr with `problem` set when it cannot be created
  /// or written.
  static std::unique_ptr<ResultCache> open(const std::string& folder, std::string& problem);

  /// The value stored under `key` (a hex digest) on `shelf`, if an intact entry holds it.
  std::optional<std::string> get(std::string_view shelf, const std::string& key) const;
  /// Stores a value; a write that fails is dropped (the next run computes the result again).
  void put(std::string_view shelf, const std::string& key, std::string_view value) const;

  const std::string& folder() const { return folder_; }
  std::size_t hits() const { return hits_; }
  std::size_t misses() const { return misses_; }

 private:
  explicit ResultCache(std::string folder) : folder_(std::move(folder)) {}
  std::string entry_path(std::string_view shelf, const std::string& key) const;
  std::string folder_;
  mutable std::atomic<std::size_t> hits_{0}, misses_{0}, written_{0};
};

}  // namespace factaudit
