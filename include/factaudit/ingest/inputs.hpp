/// INPUTS on the command line: files and folders, walked recursively in byte order of their paths.
#pragma once

#include <string>
#include <vector>

#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

enum class InputKind { claims, document };

struct InputFile {
  std::string path;  // as given, or the folder as given joined with the walked part
  InputKind kind = InputKind::claims;
  bool named = false;  // named on the command line (an error if unusable) rather than found by walking
};

/// Expands INPUTS. A named file that does not exist or is of an unknown type is an InputError; files of
/// other types found while walking are skipped with a warning. Folders are not followed through links.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& inputs, Warnings& warnings);

bool is_claim_file(const std::string& path);
bool is_document_file(const std::string& path);

}  // namespace factaudit
