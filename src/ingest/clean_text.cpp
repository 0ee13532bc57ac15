// Unicode normalisation of document text with a map back to the original bytes.
#include "factaudit/ingest/clean_text.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

namespace factaudit {

namespace {

/// One unit of output: the text a run of original bytes becomes.
struct Segment {
  std::string out;
  std::size_t from = 0, to = 0;
  UChar32 first = 0;  // the first code point of the original run (for word and script tests)
};

std::string utf8_of(UChar32 c) {
  std::string s;
  icu::UnicodeString(c).toUTF8String(s);
  return s;
}

/// ASCII replacements for typographic characters, or nullptr to keep (then NFKC applies).
const char* typographic(UChar32 c) {
  switch (c) {
    case 0x00A0: case 0x2007: case 0x202F: case 0x205F: case 0x3000: case 0x1680:
      return " ";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060: case 0x00B4:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case '\n': case '\r': case '\t': case '\v': case '\f':
      return " ";
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return " ";
  return nullptr;
}

/// True when the code point at `i` is a combining mark (it belongs to the character before it).
bool combining_at(const std::string& s, std::size_t i, std::size_t end) {
  if (i >= end) return false;
  UChar32 next;
  int32_t p = static_cast<int32_t>(i);
  U8_NEXT(s.data(), p, static_cast<int32_t>(end), next);
  return next >= 0 && u_getCombiningClass(next) != 0;
}

/// Splits [begin, end) into segments: a starter with its combining marks, normalised as one.
void segment_piece(const std::string& s, std::size_t begin, std::size_t end, std::vector<Segment>& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::size_t i = begin;
  while (i < end) {
    std::size_t start = i;
    UChar32 c;
    int32_t pos = static_cast<int32_t>(i);
    U8_NEXT(s.data(), pos, static_cast<int32_t>(end), c);
    i = static_cast<std::size_t>(pos);
    if (c < 0) {  // not reachable for validated documents; keep the byte as a space
      out.push_back({" ", start, i, ' '});
      continue;
    }
    if (const char* replacement = typographic(c)) {
      out.push_back({replacement, start, i, c});
      continue;
    }
    if (c < 0x80 && !combining_at(s, i, end)) {  // "e" + U+0301 is normalised below, as one "é"
      out.push_back({std::string(1, static_cast<char>(c)), start, i, c});
      continue;
    }
    // gather following combining marks into the segment
    while (i < end) {
      UChar32 next;
      int32_t p = static_cast<int32_t>(i);
      U8_NEXT(s.data(), p, static_cast<int32_t>(end), next);
      if (next < 0 || u_getCombiningClass(next) == 0) break;
      i = static_cast<std::size_t>(p);
    }
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data() + start, static_cast<int32_t>(i - start)));
    icu::UnicodeString normal = U_SUCCESS(status) ? nfkc->normalize(source, status) : source;
    std::string text;
    normal.toUTF8String(text);
    // a normalised form may itself contain typographic characters (e.g. a fullwidth dash)
    std::string mapped;
    for (int32_t k = 0; k < normal.length();) {
      UChar32 ch = normal.char32At(k);
      const char* r = typographic(ch);
      mapped += r ? std::string(r) : utf8_of(ch);
      k += U16_LENGTH(ch);
    }
    out.push_back({mapped, start, i, c});
  }
}

/// What an ASCII byte becomes in clean text (the ASCII cases of `typographic`).
char plain_ascii(char c) {
  switch (c) {
    case '\n': case '\r': case '\t': case '\v': case '\f':
      return ' ';
    case '`':
      return '\'';
    default:
      return c;
  }
}

bool is_latin_letter(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(c) && uscript_getScript(c, &status) == USCRIPT_LATIN;
}

/// The ICU skeleton of one code point (look-alikes share it: Cyrillic "с" and Latin "c" both have "c").
std::string skeleton_of(const USpoofChecker* checker, UChar32 c) {
  char out[16];
  UErrorCode status = U_ZERO_ERROR;
  std::string one = utf8_of(c);
  int32_t n =
      uspoof_getSkeletonUTF8(checker, 0, one.c_str(), static_cast<int32_t>(one.size()), out, sizeof out, &status);
  return U_SUCCESS(status) ? std::string(out, static_cast<std::size_t>(n)) : std::string();
}

/// The ASCII letter that `c` looks like: the one of the same case with the same skeleton, or 0. A skeleton
/// is not always that letter: Latin "I" and Greek capital iota both have the skeleton "l".
char latin_look_alike(const USpoofChecker* checker, UChar32 c) {
  std::string skeleton = skeleton_of(checker, c);
  if (skeleton.size() != 1 || !std::isalpha(static_cast<unsigned char>(skeleton[0]))) return 0;
  const char* candidates = u_isupper(c)   ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                           : u_islower(c) ? "abcdefghijklmnopqrstuvwxyz"
                                          : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const char* p = candidates; *p; ++p) {
    if (skeleton_of(checker, static_cast<UChar32>(*p)) == skeleton) return *p;
  }
  return 0;
}

/// In a word that is mostly Latin, letters of other scripts that look like Latin letters are replaced
/// by those letters ("Kazakhstаn" with a Cyrillic а reads as the English word; a letter without a Latin
/// look-alike, such as Cyrillic н, stays).
void replace_confusables(std::vector<Segment>& segments) {
  // the checker is costly to open: only a word that mixes scripts needs it
  std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker(nullptr, &uspoof_close);
  std::size_t i = 0;
  while (i < segments.size()) {
    if (!u_isalpha(segments[i].first)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::size_t latin = 0, other = 0;
    while (j < segments.size() && u_isalpha(segments[j].first)) {
      (is_latin_letter(segments[j].first) ? latin : other) += 1;
      ++j;
    }
    if (latin > 0 && other > 0 && latin >= other && !checker) {
      UErrorCode status = U_ZERO_ERROR;
      checker.reset(uspoof_open(&status));
      if (U_FAILURE(status)) return;
    }
    if (latin > 0 && other > 0 && latin >= other) {
      for (std::size_t k = i; k < j; ++k) {
        if (is_latin_letter(segments[k].first)) continue;
        if (char letter = latin_look_alike(checker.get(), segments[k].first)) segments[k].out = std::string(1, letter);
      }
    }
    i = j;
  }
}

/// Takes [at, stop) of the original: plain ASCII words go straight to `copy` (they need neither
/// normalisation nor confusable checks), the words around any other character become segments.
template <typename Copy, typename Flush>
void take_stretch(const std::string& original, std::size_t at, std::size_t stop, std::vector<Segment>& segments,
                  Copy& copy, Flush& flush) {
  auto ascii = [&](std::size_t k) { return static_cast<unsigned char>(original[k]) < 0x80; };
  while (at < stop) {
    std::size_t other = at;
    while (other < stop && ascii(other)) ++other;
    // the ASCII run up to the last space before the word that holds the other character
    std::size_t plain = other == stop ? stop : at;
    for (std::size_t k = other == stop ? at : other; k > at + 1 && plain == at; --k) {
      if (original[k - 2] == ' ') plain = k - 1;
    }
    if (plain > at) {
      flush();
      copy(at, plain);
    }
    if (other == stop) return;
    std::size_t word_end = other;
    while (word_end < stop && original[word_end] != ' ') ++word_end;
    segment_piece(original, plain, word_end, segments);
    at = word_end;
  }
}

}  // namespace

CleanText::CleanText(const std::string& original, const std::vector<TextPiece>& pieces) {
  text_.reserve(original.size());
  original_size_ = original.size();
  // segments are kept only until a word boundary after a block break or a few thousand of them, so
  // memory stays proportional to the output, not to a per-character record of the whole document
  std::vector<Segment> segments;
  auto flush = [&]() {
    replace_confusables(segments);
    for (const auto& seg : segments) append(seg.out, seg.from, seg.to);
    segments.clear();
  };
  auto copy = [&](std::size_t from, std::size_t to) {
    std::size_t k = from;
    while (k < to) {
      if (plain_ascii(original[k]) == ' ') {
        append_char(' ', k, k + 1);
        ++k;
        continue;
      }
      // a word: nothing to collapse inside it. Its first byte maps to its place in the original and the
      // others follow byte for byte, so they extend that copied run without being mapped one by one.
      std::size_t end = k + 1;
      while (end < to && plain_ascii(original[end]) != ' ') ++end;
      text_.push_back(plain_ascii(original[k]));
      map_last(k, k + 1);
      std::size_t rest = text_.size();
      text_.append(original, k + 1, end - k - 1);
      std::replace(text_.begin() + static_cast<std::ptrdiff_t>(rest), text_.end(), '`', '\'');  // as plain_ascii
      k = end;
    }
  };
  for (const auto& piece : pieces) {
    if (piece.block_break) {
      flush();
      append("\n", piece.begin, piece.begin);
    }
    // a long piece (a run-on line) is taken in stretches that end at a space, flushed one by one
    std::size_t at = piece.begin;
    while (at < piece.end) {
      std::size_t stop = piece.end;
      if (stop - at > 65536) {
        std::size_t space = original.find(' ', at + 65536);
        stop = space == std::string::npos || space >= piece.end ? piece.end : space + 1;
      }
      take_stretch(original, at, stop, segments, copy, flush);
      at = stop;
      if (segments.size() > 4096 && segments.back().out == " ") flush();
    }
  }
  flush();
}

void CleanText::append(const std::string& out, std::size_t from, std::size_t to) {
  for (char ch : out) append_char(ch, from, to);
}

void CleanText::append_char(char ch, std::size_t from, std::size_t to) {
  // collapse runs of spaces and drop spaces next to a block break
  if (ch == ' ' && (text_.empty() || text_.back() == ' ' || text_.back() == '\n')) return;
  if (ch == '\n') {
    while (!text_.empty() && text_.back() == ' ') {
      text_.pop_back();
      if (runs_.back().clean == text_.size()) runs_.pop_back();  // the run held only that space
    }
    if (text_.empty() || text_.back() == '\n') return;
  }
  text_.push_back(ch);
  map_last(from, to);
}

void CleanText::map_last(std::size_t from, std::size_t to) {
  const auto clean = static_cast<std::uint32_t>(text_.size() - 1);
  const auto f = static_cast<std::uint32_t>(from), t = static_cast<std::uint32_t>(to);
  if (!runs_.empty()) {
    const Run& last = runs_.back();
    if (last.copied && t == f + 1 && last.from + (clean - last.clean) == f) return;  // copying on
    if (!last.copied && last.from == f && last.to == t) return;  // more bytes of the same source
  }
  runs_.push_back({clean, f, t, t == f + 1});
}

const CleanText::Run& CleanText::run_of(std::size_t clean) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), clean, [](std::size_t c, const Run& r) { return c < r.clean; });
  return *(it - 1);
}

std::size_t CleanText::original_begin(std::size_t clean_begin) const {
  if (clean_begin >= text_.size()) return original_size_;
  const Run& r = run_of(clean_begin);
  return r.copied ? r.from + (clean_begin - r.clean) : r.from;
}

std::size_t CleanText::original_end(std::size_t clean_end) const {
  if (clean_end == 0) return text_.empty() ? original_size_ : original_begin(0);
  if (clean_end > text_.size()) return original_size_;
  const Run& r = run_of(clean_end - 1);
  return r.copied ? r.from + (clean_end - r.clean) : r.to;
}

}  // namespace factaudit
