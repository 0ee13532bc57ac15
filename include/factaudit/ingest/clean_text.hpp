/// Document text made ready for matching (markup removed, Unicode normalised), with a byte map back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace factaudit {

/// A stretch of the original bytes that carries text; `block_break` starts a new block (paragraph,
/// heading, list item) before it: sentences never cross a block break.
struct TextPiece {
  std::size_t begin = 0, end = 0;
  bool block_break = false;
};

/// The pieces of a Markdown body: headings, list items and paragraphs become blocks; code blocks,
/// HTML, link targets and emphasis markers are left out. Offsets refer to `bytes`.
std::vector<TextPiece> markdown_pieces(const std::string& bytes, std::size_t begin);

/// The pieces of a plain-text body: a line that ends a sentence, a short heading-like line and a blank
/// line end a block; other line breaks join lines of one paragraph.
std::vector<TextPiece> plain_text_pieces(const std::string& bytes, std::size_t begin);

/// Normalised text: NFKC, quotes and dashes made ASCII, spaces unified, invisible characters removed,
/// confusable letters inside words of another script replaced (ICU's confusable data); a block break
/// is "\n". Every byte of `text` maps back to the original bytes it came from.
class CleanText {
 public:
  CleanText(const std::string& original, const std::vector<TextPiece>& pieces);

  const std::string& text() const { return text_; }
  /// The original byte range that the clean range [begin, end) came from.
  std::size_t original_begin(std::size_t clean_begin) const;
  std::size_t original_end(std::size_t clean_end) const;

 private:
  void append(const std::string& out, std::size_t from, std::size_t to);
  void append_char(char ch, std::size_t from, std::size_t to);
  void map_last(std::size_t from, std::size_t to);
  /// Clean bytes [clean, next run's clean) come from the original bytes: byte by byte from `from` on
  /// (`copied`), or each from all of [from, to) (a character that became several, or several that
  /// became one). Most text is copied, so a document needs few runs.
  struct Run {
    std::uint32_t clean = 0, from = 0, to = 0;
    bool copied = false;
  };
  const Run& run_of(std::size_t clean) const;
  std::string text_;
  std::vector<Run> runs_;
  std::size_t original_size_ = 0;
};

}  // namespace factaudit
