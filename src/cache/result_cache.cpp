// Cache entries on disk: "factaudit-cache 1 KEY SIZE SHA256\n" and the value, checked on every read.
#include "factaudit/cache/result_cache.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "factaudit/ingest/sha256.hpp"

namespace factaudit {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "factaudit-cache 1 ";

std::string header_of(const std::string& key, std::string_view value) {
  return std::string(kMagic) + key + " " + std::to_string(value.size()) + " " + sha256_hex(value) + "\n";
}

/// Writes `content` to `path` through a temporary file beside it; false when anything fails.
bool write_whole(const fs::path& path, const std::string& header, std::string_view value, std::size_t serial) {
  std::ostringstream name;
  name << ".tmp-" << ::getpid() << "-" << std::hash<std::thread::id>{}(std::this_thread::get_id()) << "-" << serial;
  fs::path temp = path.parent_path() / name.str();
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << header;
    out.write(value.data(), static_cast<std::streamsize>(value.size()));
    out.flush();
    if (!out) {
      out.close();
      std::error_code ec;
      fs::remove(temp, ec);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) fs::remove(temp, ec);
  return !ec;
}

}  // namespace

std::string default_cache_folder() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && *xdg && fs::path(xdg).is_absolute()) return (fs::path(xdg) / "factaudit").string();
  const char* home = std::getenv("HOME");
  if (home && *home) return (fs::path(home) / ".cache" / "factaudit").string();
  return "";
}

std::unique_ptr<ResultCache> ResultCache::open(const std::string& folder, std::string& problem) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec || !fs::is_directory(folder, ec)) {
    problem = "cannot create the cache folder " + folder + (ec ? ": " + ec.message() : "");
    return nullptr;
  }
  if (::access(folder.c_str(), W_OK | X_OK) != 0) {
    problem = "cannot write to the cache folder " + folder;
    return nullptr;
  }
  return std::unique_ptr<ResultCache>(new ResultCache(folder));
}

std::string ResultCache::entry_path(std::string_view shelf, const std::string& key) const {
  return (fs::path(folder_) / shelf / key.substr(0, 2) / key).string();
}

std::optional<std::string> ResultCache::get(std::string_view shelf, const std::string& key) const {
  std::string path = entry_path(shelf, key);
  std::string text;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) text.append(buffer, n);
    std::fclose(f);
  }
  std::size_t newline = text.find('\n');
  if (newline != std::string::npos) {
    std::string_view value(text.data() + newline + 1, text.size() - newline - 1);
    if (text.compare(0, newline + 1, header_of(key, value)) == 0) {
      ++hits_;
      text.erase(0, newline + 1);
      return text;
    }
  }
  ++misses_;
  return std::nullopt;
}

void ResultCache::put(std::string_view shelf, const std::string& key, std::string_view value) const {
  fs::path path = entry_path(shelf, key);
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (!ec) write_whole(path, header_of(key, value), value, written_++);
}

}  // namespace factaudit
