// HTML escaping and passages in context: the sentence(s) around a claim's span, read from the document.
#include <cctype>

#include "html_parts.hpp"

namespace factaudit::html {

namespace {

/// Bytes either side of a span that a passage may show before it is cut.
constexpr std::size_t kContextBytes = 200;

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

bool sentence_end(char c) { return c == '.' || c == '!' || c == '?'; }

/// Length of the well-formed UTF-8 sequence at `at`, 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || lead == 0xC0 || lead == 0xC1 || lead > 0xF4 || at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if (!continuation(text[at + i])) return 0;
  }
  if (length == 3 && lead == 0xE0 && byte(at + 1) < 0xA0) return 0;  // overlong
  if (length == 3 && lead == 0xED && byte(at + 1) >= 0xA0) return 0;  // surrogate
  if (length == 4 && lead == 0xF0 && byte(at + 1) < 0x90) return 0;   // overlong
  if (length == 4 && lead == 0xF4 && byte(at + 1) >= 0x90) return 0;  // beyond U+10FFFF
  return length;
}

/// The start of the sentence that holds `start`, looking back at most kContextBytes; `cut` when the
/// passage had to stop inside a sentence.
std::size_t passage_start(std::string_view doc, std::size_t start, bool& cut) {
  std::size_t lo = start > kContextBytes ? start - kContextBytes : 0;
  while (lo < start && continuation(doc[lo])) ++lo;
  std::string_view before = doc.substr(lo, start - lo);
  cut = false;
  if (auto paragraph = before.rfind("\n\n"); paragraph != std::string_view::npos) {
    lo += paragraph + 2;
  } else {
    cut = lo > 0;
  }
  for (std::size_t i = start; i > lo; --i) {
    if (i < start && sentence_end(doc[i - 1]) && space(doc[i])) {
      lo = i;
      cut = false;
      break;
    }
  }
  if (cut) {  // begin at a word
    for (std::size_t i = lo; i < start; ++i) {
      if (space(doc[i])) {
        lo = i;
        break;
      }
    }
  }
  while (lo < start && space(doc[lo])) ++lo;
  return lo;
}

/// The end of the sentence that holds `end`, looking ahead at most kContextBytes.
std::size_t passage_end(std::string_view doc, std::size_t end, bool& cut) {
  std::size_t hi = std::min(doc.size(), end + kContextBytes);
  while (hi > end && hi < doc.size() && continuation(doc[hi])) --hi;
  std::string_view after = doc.substr(end, hi - end);
  cut = false;
  if (auto paragraph = after.find("\n\n"); paragraph != std::string_view::npos) {
    hi = end + paragraph;
  } else {
    cut = hi < doc.size();
  }
  for (std::size_t i = end; i < hi; ++i) {
    if (sentence_end(doc[i]) && (i + 1 == doc.size() || space(doc[i + 1]))) {
      hi = i + 1;
      cut = false;
      break;
    }
  }
  if (cut) {  // end at a word
    for (std::size_t i = hi; i > end; --i) {
      if (space(doc[i - 1])) {
        hi = i - 1;
        break;
      }
    }
  }
  while (hi > end && space(doc[hi - 1])) --hi;
  return hi;
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    char c = text[i];
    if (length > 1) {
      out.append(text.substr(i, length));
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += "&quot;";
    } else if (c == '\'') {
      out += "&#39;";
    } else if ((static_cast<unsigned char>(c) < 0x20 && !space(c)) || c == 0x7F) {
      out += ' ';
    } else {
      out += c;
    }
    i += length;
  }
  return out;
}

std::string anchor(std::string_view id) {
  std::string out;
  for (char c : id) {
    bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    out += keep ? c : '-';
  }
  return out.empty() ? "-" : out;
}

std::optional<std::string> passage_in_context(const std::optional<std::string>& document, const SourceSpan& span) {
  if (!document || span.start > span.end || span.end > document->size()) return std::nullopt;
  std::string_view doc = *document;
  if (doc.substr(span.start, span.end - span.start) != span.text) return std::nullopt;
  bool cut_before = false, cut_after = false;
  std::size_t lo = passage_start(doc, span.start, cut_before);
  std::size_t hi = passage_end(doc, span.end, cut_after);
  std::string out = cut_before ? "… " : "";
  out += escape(doc.substr(lo, span.start - lo));
  out += "<mark>" + escape(span.text) + "</mark>";
  out += escape(doc.substr(span.end, hi - span.end));
  if (cut_after) out += " …";
  return out;
}

}  // namespace factaudit::html
