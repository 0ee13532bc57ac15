/// Finds where a JSON pointer's value sits in a JSON text (for path:line:col errors).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "factaudit/ingest/text_position.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

/// Byte offset for an error about `pointer` ("/claims/3/value/unit"): an object member is located at
/// its key (the field name a reader looks for), an array element or a container at its first
/// character; when the pointer's last step is missing, the nearest enclosing value that exists.
/// nullopt when nothing can be located.
std::optional<std::size_t> locate_json_pointer(std::string_view text, const std::string& pointer);

/// A JSON input file being read: syntax errors and errors about a field (by JSON pointer) are thrown
/// as InputError at path:line:col. Keeps a reference to `text`.
class JsonFile {
 public:
  JsonFile(std::string path, const std::string& text) : path_(std::move(path)), text_(text), lines_(text) {}
  /// The parsed document; "malformed JSON: ..." at the offending character otherwise.
  Json parse() const;
  /// The same, calling `callback` on each parse event (nlohmann's): what it returns false for is dropped.
  Json parse_with(const Json::parser_callback_t& callback) const;
  [[noreturn]] void fail(const std::string& pointer, const std::string& message) const;
  SourcePosition at_offset(std::size_t offset) const;

 private:
  std::string path_;
  const std::string& text_;
  LineIndex lines_;
};

}  // namespace factaudit
