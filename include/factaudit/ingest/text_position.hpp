/// Byte offset → line:column (1-based, columns in Unicode code points) for one file's bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factaudit {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  /// Line and column of a byte offset; offsets past the end map to the end.
  void locate(std::size_t offset, std::size_t& line, std::size_t& column) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  // the last position located: a later one on the same line counts on from it (linear on long lines)
  mutable std::size_t last_offset_ = 0, last_line_ = 0, last_column_ = 1;
};

/// Reads a whole file; throws InputError naming the path when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace factaudit
