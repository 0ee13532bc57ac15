#include "factaudit/ingest/inputs.hpp"

#include <algorithm>
#include <filesystem>

namespace factaudit {

namespace fs = std::filesystem;

namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

bool is_claim_file(const std::string& path) { return ends_with(path, ".claims.json"); }
bool is_document_file(const std::string& path) { return ends_with(path, ".txt") || ends_with(path, ".md"); }

std::vector<InputFile> collect_inputs(const std::vector<std::string>& inputs, Warnings& warnings) {
  std::vector<InputFile> out;
  for (const auto& input : inputs) {
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) throw InputError({input}, "no such file or folder");
    if (fs::is_directory(status)) {
      std::vector<std::pair<std::string, bool>> found;  // path, regular file
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) throw InputError({input}, "cannot read folder: " + ec.message());
      for (; it != end; it.increment(ec)) {
        if (ec) {
          warnings.push_back({{input}, "stopped walking part of the folder: " + ec.message()});
          break;
        }
        if (it->is_symlink(ec) && it->is_directory(ec)) {
          it.disable_recursion_pending();  // never follow folder links (no loops)
          continue;
        }
        if (it->is_directory(ec)) continue;
        found.push_back({it->path().string(), it->is_regular_file(ec)});
      }
      std::sort(found.begin(), found.end());
      for (const auto& [path, regular] : found) {
        if (!regular) warnings.push_back({{path}, "skipped: not a regular file (a FIFO, socket, device or broken link)"});
        else if (is_claim_file(path)) out.push_back({path, InputKind::claims, false});
        else if (is_document_file(path)) out.push_back({path, InputKind::document, false});
        else warnings.push_back({{path}, "skipped: not a claim file (*.claims.json) or a document (.txt, .md)"});
      }
      continue;
    }
    if (is_claim_file(input)) out.push_back({input, InputKind::claims, true});
    else if (is_document_file(input)) out.push_back({input, InputKind::document, true});
    else throw InputError({input}, "expected a claim file (*.claims.json), a document (.txt, .md) or a folder");
  }
  return out;
}

}  // namespace factaudit
