#include "factaudit/ingest/text_position.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

namespace {
/// The largest file of any kind factaudit reads (documents have a smaller limit of their own).
constexpr std::uintmax_t kMaxInputBytes = std::uintmax_t{256} << 20;
}  // namespace

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
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) throw InputError({path}, "expected a file, found a directory");
  // a FIFO, socket or device would block or never end: only regular files are read
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
    throw InputError({path}, "expected a regular file, found a FIFO, socket or device");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path}, std::string("cannot read: ") + std::strerror(errno));
  // read in large pieces straight into the result (its size known up front for a regular file)
  std::string out;
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxInputBytes) {
    throw InputError({path}, "file of " + std::to_string(size) + " bytes is larger than the " +
                                 std::to_string(kMaxInputBytes >> 20) + " MiB an input file may have");
  }
  if (!ec) out.reserve(static_cast<std::size_t>(size));
  char piece[1 << 16];
  while (in.read(piece, sizeof piece) || in.gcount() > 0) out.append(piece, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw InputError({path}, "read failed");
  return out;
}

}  // namespace factaudit
