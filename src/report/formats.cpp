// The report formats: one registry line per format, each a sink over the same findings.
#include <array>

#include "factaudit/report/report.hpp"

namespace factaudit {

namespace {

constexpr std::array kFormats{
    ReportFormat{"text", write_text_report},
    ReportFormat{"json", write_json_report},
    ReportFormat{"md", write_markdown_report},
    ReportFormat{"html", write_html_report},
    ReportFormat{"sarif", write_sarif_report},
};

}  // namespace

const ReportFormat* find_report_format(std::string_view name) {
  for (const auto& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::string report_format_names() {
  std::string out;
  for (const auto& f : kFormats) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

}  // namespace factaudit
