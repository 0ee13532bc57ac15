#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "factaudit/model/diagnostic.hpp"
#include "factaudit/report/report.hpp"

namespace factaudit {

std::optional<FailOn> fail_on_from(std::string_view text) {
  if (text == "major") return FailOn::major;
  if (text == "minor") return FailOn::minor;
  if (text == "unknown") return FailOn::unknown;
  if (text == "never") return FailOn::never;
  return std::nullopt;
}

std::string_view to_string(FailOn f) {
  switch (f) {
    case FailOn::major: return "major";
    case FailOn::minor: return "minor";
    case FailOn::unknown: return "unknown";
    case FailOn::never: return "never";
  }
  return "minor";
}

Summary summarize(const ClaimSet& set, const CheckResult& result, FailOn fail_on) {
  Summary s;
  s.documents = set.documents.size();
  s.claims = set.claims.size();
  s.contradictions = result.contradictions.size();
  for (const auto& c : result.contradictions) (c.severity == Severity::major ? s.major : s.minor)++;
  s.unknown = result.unknown.size();
  s.baselined = result.baselined.size();
  s.baseline_unmatched = result.baseline_unmatched;
  s.suppressed = result.suppressed;
  s.components = result.components;
  s.fail_on = fail_on;
  bool fail = false;
  switch (fail_on) {
    case FailOn::major: fail = s.major > 0; break;
    case FailOn::minor: fail = s.contradictions > 0; break;
    case FailOn::unknown: fail = s.contradictions > 0 || s.unknown > 0; break;
    case FailOn::never: fail = false; break;
  }
  s.exit = fail ? 1 : 0;
  return s;
}

void write_file_atomically(const std::string& path, const std::string& content) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string temp = (folder / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()))).string();
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError({path}, std::string("cannot write the report: ") + std::strerror(errno));
    out << content;
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      throw InputError({path}, "cannot write the report");
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    std::remove(temp.c_str());
    throw InputError({path}, "cannot write the report: " + ec.message());
  }
}

}  // namespace factaudit
