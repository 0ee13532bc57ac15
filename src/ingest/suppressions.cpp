// Suppression comments in documents. Reasons are required: an accepted contradiction must say why.
#include "factaudit/ingest/suppressions.hpp"

#include "factaudit/ingest/text_position.hpp"

namespace factaudit {

namespace {

constexpr std::string_view kOpen = "<!--", kClose = "-->", kKeyword = "factaudit-ignore";

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string trimmed(std::string_view s) {
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return std::string(s);
}

/// The end of the paragraph that starts at or after `at`: the next blank line, or the end.
std::size_t paragraph_end(const std::string& bytes, std::size_t at) {
  while (at < bytes.size() && blank(bytes[at])) ++at;
  std::size_t line = at;
  while (line < bytes.size()) {
    std::size_t eol = bytes.find('\n', line);
    if (eol == std::string::npos) return bytes.size();
    std::size_t next = eol + 1;
    std::size_t k = next;
    while (k < bytes.size() && bytes[k] != '\n' && blank(bytes[k])) ++k;
    if (k >= bytes.size() || bytes[k] == '\n') return eol;  // the next line is blank
    line = next;
  }
  return bytes.size();
}

}  // namespace

std::vector<Suppression> find_suppressions(const std::string& path, const std::string& bytes) {
  std::vector<Suppression> out;
  LineIndex lines(bytes);
  for (std::size_t open = bytes.find(kOpen); open != std::string::npos; open = bytes.find(kOpen, open + 1)) {
    std::size_t close = bytes.find(kClose, open + kOpen.size());
    if (close == std::string::npos) break;
    std::string body = trimmed(std::string_view(bytes).substr(open + kOpen.size(), close - open - kOpen.size()));
    if (body.compare(0, kKeyword.size(), kKeyword) != 0) continue;
    Suppression s;
    s.where.path = path;
    lines.locate(open, s.where.line, s.where.column);
    std::string rest = trimmed(std::string_view(body).substr(kKeyword.size()));
    std::size_t separator = rest.find(": ");  // claim ids contain colons but no ": "
    s.target = trimmed(rest.substr(0, separator == std::string::npos ? rest.size() : separator));
    s.reason = separator == std::string::npos ? "" : trimmed(rest.substr(separator + 2));
    if (s.target.empty() || s.target.find_first_of(" \t\n") != std::string::npos || s.reason.empty()) {
      throw InputError(s.where, "expected <!-- factaudit-ignore TARGET: reason --> (TARGET a claim id, a claim kind, "
                                "a rule id or 'next'; the reason is required)");
    }
    if (s.target == "next") {
      s.from = close + kClose.size();
      s.to = paragraph_end(bytes, s.from);
    } else {
      s.from = 0;
      s.to = bytes.size();
    }
    out.push_back(std::move(s));
    open = close;
  }
  return out;
}

}  // namespace factaudit
