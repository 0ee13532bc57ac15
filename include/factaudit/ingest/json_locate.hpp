/// Finds where a JSON pointer's value sits in a JSON text (for path:line:col errors).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factaudit {

/// Byte offset of the value at `pointer` ("/claims/3/value/unit"); when the pointer's last step is
/// missing, the offset of the nearest enclosing value that exists. nullopt when the text is not JSON.
std::optional<std::size_t> locate_json_pointer(std::string_view text, const std::string& pointer);

}  // namespace factaudit
