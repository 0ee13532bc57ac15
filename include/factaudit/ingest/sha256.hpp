/// SHA-256 of bytes as lowercase hex (document hashes, stable ids).
#pragma once

#include <string>
#include <string_view>

namespace factaudit {

std::string sha256_hex(std::string_view bytes);

}  // namespace factaudit
