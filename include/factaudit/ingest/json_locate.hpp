/// Finds where a JSON pointer's value sits in a JSON text (for path:line:col errors).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factaudit {

/// Byte offset for an error about `pointer` ("/claims/3/value/unit"): an object member is located at
/// its key (the field name a reader looks for), an array element or a container at its first
/// character; when the pointer's last step is missing, the nearest enclosing value that exists.
/// nullopt when nothing can be located.
std::optional<std::size_t> locate_json_pointer(std::string_view text, const std::string& pointer);

}  // namespace factaudit
