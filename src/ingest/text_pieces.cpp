// Which bytes of a document carry prose, and where its blocks (paragraphs, headings, items) begin.
#include <cstring>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "factaudit/ingest/clean_text.hpp"

namespace factaudit {

namespace {

struct Line {
  std::size_t begin, end;  // without the line break
};

std::vector<Line> split_lines(const std::string& s, std::size_t begin) {
  std::vector<Line> lines;
  std::size_t i = begin;
  while (i < s.size()) {
    std::size_t nl = s.find('\n', i);
    std::size_t end = nl == std::string::npos ? s.size() : nl;
    std::size_t trimmed = end > i && s[end - 1] == '\r' ? end - 1 : end;
    lines.push_back({i, trimmed});
    if (nl == std::string::npos) break;
    i = nl + 1;
  }
  return lines;
}

bool blank(const std::string& s, const Line& l) {
  for (std::size_t i = l.begin; i < l.end; ++i) {
    if (!std::isspace(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

std::size_t skip_spaces(const std::string& s, std::size_t i, std::size_t end) {
  while (i < end && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

bool starts_with(const std::string& s, std::size_t i, std::size_t end, const char* prefix) {
  std::string p(prefix);
  return end - i >= p.size() && s.compare(i, p.size(), p) == 0;
}

/// Adds the inline text of [i, end) to `out`, leaving out emphasis markers, code ticks, HTML tags and
/// comments, images and link targets. Returns true when an HTML comment opened here closes on a later line.
/// Finds markers in [from, limit) of one line, remembering each answer: a later search from a position
/// the answer still covers reuses it, so a line full of "[" stays linear.
class LineFinder {
 public:
  LineFinder(const std::string& s, std::size_t limit) : s_(s), limit_(limit) {}
  std::size_t find(const char* what, std::size_t from) {
    Memo& m = memo_[what];
    if (m.valid && from >= m.from && (m.at == std::string::npos || from <= m.at)) return m.at;
    std::string_view view(s_.data(), limit_);
    std::size_t at = view.find(what, from);
    m = {true, from, at == std::string_view::npos ? std::string::npos : at};
    return m.at;
  }

 private:
  struct Memo {
    bool valid = false;
    std::size_t from = 0, at = 0;
  };
  const std::string& s_;
  std::size_t limit_;
  std::map<std::string, Memo> memo_;
};

/// `no_close_after`: the position after which no comment closes anywhere in the document, found by the
/// first failed search, so that an unclosed "<!--" is searched for once per document.
bool add_inline(const std::string& s, std::size_t i, std::size_t end, bool block_break, std::vector<TextPiece>& out,
                std::size_t& no_close_after) {
  std::size_t run = i;
  LineFinder line(s, end);
  auto flush = [&](std::size_t to) {
    if (to > run) {
      out.push_back({run, to, block_break});
      block_break = false;
    }
  };
  while (i < end) {
    char c = s[i];
    if (c == '\\' && i + 1 < end && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      flush(i);
      run = i + 1;
      i += 2;
      continue;
    }
    if (c == '*' || c == '_' || c == '`') {
      bool space_before = i == 0 || std::isspace(static_cast<unsigned char>(s[i - 1]));
      bool space_after = i + 1 >= end || std::isspace(static_cast<unsigned char>(s[i + 1]));
      auto word_char = [&](std::size_t k) {
        unsigned char b = static_cast<unsigned char>(s[k]);
        return std::isalnum(b) || b >= 0x80;
      };
      // "snake_case" keeps its '_'; the markers of "__strong__" are not inside a word
      bool inside_word = c == '_' && i > 0 && i + 1 < end && word_char(i - 1) && word_char(i + 1);
      if (!(space_before && space_after) && !inside_word) {
        flush(i);
        run = i + 1;
      }
      ++i;
      continue;
    }
    if (c == '<') {
      bool comment = starts_with(s, i, end, "<!--");
      std::size_t close = std::string::npos;
      if (!comment) {
        close = line.find(">", i);
      } else if (no_close_after == std::string::npos || i < no_close_after) {
        close = s.find("-->", i);
        if (close == std::string::npos) no_close_after = i;
      }
      if (starts_with(s, i, end, "<!--") && close != std::string::npos && close >= end) {  // closes on a later line
        flush(i);
        return true;
      }
      bool tag = close != std::string::npos && close < end &&
                 (starts_with(s, i, end, "<!--") || (i + 1 < end && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')));
      if (tag) {
        flush(i);
        i = close + (s[close] == '>' ? 1 : 3);
        run = i;
        continue;
      }
    }
    if (c == '!' && i + 1 < end && s[i + 1] == '[') {  // image: left out entirely
      std::size_t close = line.find("](", i);
      std::size_t paren = close == std::string::npos ? std::string::npos : line.find(")", close);
      if (paren != std::string::npos && paren < end) {
        flush(i);
        i = paren + 1;
        run = i;
        continue;
      }
    }
    if (c == '[') {  // link: keep the text, leave out the target ("(url)" or a reference "[label]")
      std::size_t close = line.find("]", i);
      if (close != std::string::npos && close + 1 < end && (s[close + 1] == '(' || s[close + 1] == '[')) {
        std::size_t paren = line.find(s[close + 1] == '(' ? ")" : "]", close + 1);
        if (paren != std::string::npos && paren < end) {
          flush(i);
          out.push_back({i + 1, close, block_break});
          block_break = false;
          i = paren + 1;
          run = i;
          continue;
        }
      }
    }
    ++i;
  }
  flush(end);
  return false;
}

/// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at i, or 0.
std::size_t list_marker(const std::string& s, std::size_t i, std::size_t end) {
  if (i < end && (s[i] == '-' || s[i] == '*' || s[i] == '+') && i + 1 < end && s[i + 1] == ' ') return 2;
  std::size_t k = i;
  while (k < end && k - i < 9 && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
  if (k > i && k + 1 < end && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ') return k + 2 - i;
  return 0;
}

bool fence(const std::string& s, std::size_t i, std::size_t end) {
  return starts_with(s, i, end, "```") || starts_with(s, i, end, "~~~");
}

bool rule_line(const std::string& s, const Line& l) {  // thematic break or setext underline
  std::size_t i = skip_spaces(s, l.begin, l.end);
  if (i >= l.end) return false;
  char c = s[i];
  if (c != '-' && c != '=' && c != '*' && c != '_') return false;
  for (std::size_t k = i; k < l.end; ++k) {
    if (s[k] != c && s[k] != ' ') return false;
  }
  return l.end - i >= 3 || c == '=';
}

bool ends_sentence(const std::string& s, const Line& l) {
  std::size_t e = l.end;
  while (e > l.begin && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  if (e == l.begin) return false;
  unsigned char c = static_cast<unsigned char>(s[e - 1]);
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == ')') return true;
  // closing curly quote (U+201D, U+2019) ends a sentence too
  return e - l.begin >= 3 && static_cast<unsigned char>(s[e - 3]) == 0xE2 && static_cast<unsigned char>(s[e - 2]) == 0x80 &&
         (c == 0x9D || c == 0x99);
}

bool starts_upper(const std::string& s, const Line& l) {
  std::size_t i = skip_spaces(s, l.begin, l.end);
  return i < l.end && (std::isupper(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80 ||
                       std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '"');
}

}  // namespace

std::vector<TextPiece> markdown_pieces(const std::string& s, std::size_t begin) {
  std::vector<TextPiece> out;
  std::vector<Line> lines = split_lines(s, begin);
  bool in_fence = false, new_block = true, in_comment = false, in_list = false;
  std::size_t no_close_after = std::string::npos;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    Line l = lines[n];
    if (in_comment) {  // an HTML comment opened on an earlier line: text resumes after its "-->"
      std::size_t close = s.find("-->", l.begin);
      if (close >= l.end) continue;
      in_comment = false;
      l.begin = close + 3;
      if (blank(s, l)) continue;
    }
    std::size_t i = skip_spaces(s, l.begin, l.end);
    if (in_fence) {
      if (fence(s, i, l.end)) in_fence = false;
      continue;
    }
    if (fence(s, i, l.end)) {
      in_fence = true;
      new_block = true;
      continue;
    }
    if (blank(s, l) || rule_line(s, l)) {
      new_block = true;
      continue;
    }
    // a link reference definition "[1]: http://x/2023" is no prose (and cannot interrupt a paragraph)
    if (new_block && i < l.end && s[i] == '[') {
      const void* at = std::memchr(s.data() + i, ']', l.end - i);
      std::size_t close = at ? static_cast<std::size_t>(static_cast<const char*>(at) - s.data()) : l.end;
      if (close + 1 < l.end && s[close + 1] == ':') continue;
    }
    bool block = new_block;
    std::size_t content = i;
    if (i < l.end && s[i] == '#') {  // ATX heading: its own block
      std::size_t k = i;
      while (k < l.end && s[k] == '#') ++k;
      if (k - i <= 6 && (k == l.end || s[k] == ' ')) {
        content = skip_spaces(s, k, l.end);
        std::size_t e = l.end;
        while (e > content && (s[e - 1] == '#' || s[e - 1] == ' ')) --e;
        in_comment = add_inline(s, content, e, true, out, no_close_after);
        new_block = true;
        in_list = false;
        continue;
      }
    }
    while (content < l.end && s[content] == '>') content = skip_spaces(s, content + 1, l.end);
    if (std::size_t m = list_marker(s, content, l.end)) {
      // an ordered item numbered other than 1 does not interrupt a paragraph (CommonMark): a wrapped line
      // "2023. Exports rose" continues it
      bool ordered = std::isdigit(static_cast<unsigned char>(s[content]));
      if (!ordered || new_block || in_list || std::stoul(s.substr(content, m - 2)) == 1) {
        content += m;
        block = true;
        in_list = true;
      }
    } else if (block) {
      in_list = false;
    }
    if (n + 1 < lines.size() && rule_line(s, lines[n + 1]) && !blank(s, lines[n + 1])) block = true;  // setext heading
    auto in_line = [&](char c, std::size_t from) {  // the first `c` at or after `from` on this line, or l.end
      const void* at = from < l.end ? std::memchr(s.data() + from, c, l.end - from) : nullptr;
      return at ? static_cast<std::size_t>(static_cast<const char*>(at) - s.data()) : l.end;
    };
    if (in_line('|', content) < l.end) {  // a table row: each cell is a block
      bool delimiter_row = true;         // "|---|:--:|" under the header holds no text
      for (std::size_t k = content; k < l.end; ++k) {
        delimiter_row = delimiter_row && (s[k] == '|' || s[k] == '-' || s[k] == ':' || s[k] == ' ' || s[k] == '\t');
      }
      if (delimiter_row) {
        new_block = true;
        continue;
      }
      std::size_t cell = content;
      while (cell < l.end) {
        std::size_t bar = in_line('|', cell);
        if (add_inline(s, cell, bar, true, out, no_close_after)) {
          in_comment = true;
          break;
        }
        cell = bar + 1;
      }
      new_block = true;
      continue;
    }
    if (!block && !out.empty()) {
      out.push_back({lines[n].begin - 1, lines[n].begin, false});  // the line break reads as a space
    }
    std::size_t pieces_before = out.size();
    in_comment = add_inline(s, content, l.end, block, out, no_close_after);
    // a line without text (only a comment or an image) does not take the block break it was given
    new_block = block && out.size() == pieces_before;
  }
  return out;
}

std::vector<TextPiece> plain_text_pieces(const std::string& s, std::size_t begin) {
  std::vector<TextPiece> out;
  std::vector<Line> lines = split_lines(s, begin);
  bool new_block = true;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const Line& l = lines[n];
    if (blank(s, l)) {
      new_block = true;
      continue;
    }
    if (!new_block && !out.empty()) out.push_back({l.begin - 1, l.begin, false});
    out.push_back({l.begin, l.end, new_block});
    // a line ends its block when it ends a sentence, or when it is short and the next line starts a new
    // sentence (a heading); otherwise the next line continues the paragraph (hard-wrapped text)
    bool next_upper = n + 1 < lines.size() && starts_upper(s, lines[n + 1]);
    new_block = ends_sentence(s, l) || (l.end - l.begin < 60 && next_upper);
  }
  return out;
}

}  // namespace factaudit
