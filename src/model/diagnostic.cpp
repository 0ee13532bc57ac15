#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

std::string format_position(const SourcePosition& where) {
  std::string out = where.path;
  if (where.line > 0) {
    out += ':' + std::to_string(where.line) + ':' + std::to_string(where.column);
  }
  return out;
}

InputError::InputError(SourcePosition where, const std::string& message)
    : std::runtime_error(format_position(where) + ": error: " + message),
      where_(std::move(where)),
      message_(message) {}

}  // namespace factaudit
