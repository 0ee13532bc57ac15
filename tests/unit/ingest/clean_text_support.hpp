/// Helpers shared by the clean-text and text-piece tests: cleaning whole documents and checking
/// that every clean range maps back to the original bytes it came from.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "factaudit/ingest/clean_text.hpp"
#include "factaudit/ingest/document.hpp"
#include "../unit_support.hpp"

namespace factaudit::unit::clean {

using namespace factaudit;


inline CleanText clean_plain(const std::string& original, std::size_t begin = 0) {
  return CleanText(original, plain_text_pieces(original, begin));
}

inline CleanText clean_markdown(const std::string& original, std::size_t begin = 0) {
  return CleanText(original, markdown_pieces(original, begin));
}

/// One piece covering the whole text (no markup rules involved).
inline CleanText clean_whole(const std::string& original) { return CleanText(original, {{0, original.size(), true}}); }

/// The original bytes that the clean range [begin, end) maps back to.
inline std::string original_of(const CleanText& clean, const std::string& original, std::size_t begin, std::size_t end) {
  std::size_t from = clean.original_begin(begin), to = clean.original_end(end);
  REQUIRE(from <= to);
  REQUIRE(to <= original.size());
  return original.substr(from, to - from);
}

/// The `nth` occurrence of `clean_needle` in the clean text maps back to exactly the `original_nth`
/// occurrence of `original_needle` in the original bytes (same start, same end).
inline void check_maps_back(const CleanText& clean, const std::string& original, const std::string& clean_needle,
                     const std::string& original_needle, std::size_t nth = 0, std::size_t original_nth = 0) {
  INFO("clean '" << clean_needle << "' -> original '" << original_needle << "' in [" << clean.text() << "]");
  std::size_t at = offset_of(clean.text(), clean_needle, nth);
  std::size_t expected = offset_of(original, original_needle, original_nth);
  CHECK(clean.original_begin(at) == expected);
  CHECK(clean.original_end(at + clean_needle.size()) == expected + original_needle.size());
  CHECK(original_of(clean, original, at, at + clean_needle.size()) == original_needle);
}

/// Properties of the map that hold for any text: every clean byte maps to a range inside the original,
/// ranges never run backwards, and an ASCII letter or digit that maps to a single original byte maps to
/// itself.
inline void check_map_is_sane(const CleanText& clean, const std::string& original) {
  const std::string& text = clean.text();
  std::size_t previous_begin = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    INFO("clean byte " << k << " of [" << text << "]");
    std::size_t from = clean.original_begin(k), to = clean.original_end(k + 1);
    REQUIRE(from <= to);
    REQUIRE(to <= original.size());
    CHECK(from >= previous_begin);
    previous_begin = from;
    unsigned char c = static_cast<unsigned char>(text[k]);
    if (std::isalnum(c) && to - from == 1 && static_cast<unsigned char>(original[from]) < 0x80) {
      CHECK(original[from] == text[k]);
    }
  }
}

/// The blocks of clean text (split at "\n").
inline std::vector<std::string> blocks_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t nl = text.find('\n', start);
    out.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

inline bool same_piece(const TextPiece& a, const TextPiece& b) {
  return a.begin == b.begin && a.end == b.end && a.block_break == b.block_break;
}

inline std::string describe(const std::string& s, const std::vector<TextPiece>& pieces) {
  std::string out;
  for (const auto& p : pieces) {
    out += "{" + std::to_string(p.begin) + "," + std::to_string(p.end) + "," + (p.block_break ? "break" : "join") +
           " '" + s.substr(p.begin, p.end - p.begin) + "'} ";
  }
  return out;
}


}  // namespace factaudit::unit::clean
