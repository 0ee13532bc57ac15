#include "factaudit/ingest/text_position.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

void LineIndex::locate(std::size_t offset, std::size_t& line, std::size_t& column) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  line = index + 1;
  column = 1;
  std::size_t i = line_starts_[index];
  if (last_line_ == line && last_offset_ <= offset && last_offset_ >= i) {
    i = last_offset_;
    column = last_column_;
  }
  for (; i < offset; ++i) {
    // count code points: every byte that is not a UTF-8 continuation byte
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  last_offset_ = offset;
  last_line_ = line;
  last_column_ = column;
}

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw InputError({path}, "expected a file, found a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path}, std::string("cannot read: ") + std::strerror(errno));
  // read in large pieces straight into the result (its size known up front for a regular file)
  std::string out;
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec) out.reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(size, std::uintmax_t{1} << 30)));
  char piece[1 << 16];
  while (in.read(piece, sizeof piece) || in.gcount() > 0) out.append(piece, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw InputError({path}, "read failed");
  return out;
}

}  // namespace factaudit
