/// Errors and warnings about inputs, located as path:line:col (plain data, no I/O).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace factaudit {

/// A place in an input file: 1-based line and column (column in Unicode code points).
struct SourcePosition {
  std::string path;
  std::size_t line = 0;    // 0 = unknown (then column is unknown too)
  std::size_t column = 0;
};

std::string format_position(const SourcePosition& where);

/// An input that cannot be used: reported as `path:line:col: error: message`, exit code 2.
class InputError : public std::runtime_error {
 public:
  InputError(SourcePosition where, const std::string& message);
  const SourcePosition& where() const { return where_; }
  const std::string& message() const { return message_; }

 private:
  SourcePosition where_;
  std::string message_;
};

/// A problem that does not stop the run (a stale claim file, a skipped file while walking).
struct Warning {
  SourcePosition where;
  std::string message;
};

using Warnings = std::vector<Warning>;

}  // namespace factaudit
