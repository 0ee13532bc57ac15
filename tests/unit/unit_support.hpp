/// Helpers shared by the unit tests: temp folders that clean up after themselves, an independent
/// byte offset -> line:column computation, exact rationals written as decimals, exception capture.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <gmpxx.h>

namespace factaudit::unit {

/// A fresh folder under the system temp folder, removed (with everything in it) on destruction.
class TempDir {
 public:
  TempDir() {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("factaudit-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
             std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);  // does not follow symlinks
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

  /// Writes `content` byte for byte to `relative` (parent folders created); returns the full path.
  std::filesystem::path write(const std::string& relative, std::string_view content) const {
    std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) throw std::runtime_error("cannot write test file " + file.string());
    return file;
  }

 private:
  std::filesystem::path path_;
};

struct LineCol {
  std::size_t line = 0, column = 0;
};

/// 1-based line and column (in Unicode code points) of a byte offset, computed independently of the
/// code under test.
inline LineCol line_col(std::string_view text, std::size_t offset) {
  LineCol at{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

/// Byte offset of the `nth` (0-based) occurrence of `needle`; throws when there is none, so a typo in a
/// test fixture cannot silently turn into offset npos.
inline std::size_t offset_of(std::string_view text, std::string_view needle, std::size_t nth = 0) {
  std::size_t at = text.find(needle);
  for (std::size_t i = 0; i < nth && at != std::string_view::npos; ++i) at = text.find(needle, at + 1);
  if (at == std::string_view::npos) throw std::logic_error("test fixture lacks '" + std::string(needle) + "'");
  return at;
}

/// "path:line:col" of byte `offset` of `text`.
inline std::string position_at(const std::string& path, std::string_view text, std::size_t offset) {
  LineCol at = line_col(text, offset);
  return path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

/// "path:line:col" of the `nth` occurrence of `needle` in `text`.
inline std::string position_of(const std::string& path, std::string_view text, std::string_view needle,
                               std::size_t nth = 0) {
  return position_at(path, text, offset_of(text, needle, nth));
}

/// An exact rational from decimal text ("636.45", "-0.9"), parsed here rather than by the code under test.
inline mpq_class dec(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  std::string digits;
  int decimals = 0;
  bool point = false;
  for (char c : text) {
    if (c == '.') {
      point = true;
    } else {
      digits += c;
      if (point) ++decimals;
    }
  }
  mpz_class denominator = 1;
  for (int i = 0; i < decimals; ++i) denominator *= 10;
  mpq_class out(mpz_class(digits, 10), denominator);  // base 10: "095" is not octal
  out.canonicalize();
  return negative ? mpq_class(-out) : out;
}

/// The exception of type E that `f` throws, or nullopt when it throws nothing (other types propagate).
template <typename E, typename F>
std::optional<E> thrown(F&& f) {
  try {
    std::forward<F>(f)();
  } catch (const E& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace factaudit::unit
