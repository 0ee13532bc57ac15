// MinHash signatures over anchor shingles. Anchors are numbers (separators dropped: "1,234.5" ->
// "12345") and capitalised words (lower-cased) — what survives synonym substitution — so that a
// reworded copy keeps most shingles while two articles on one subject share few (they repeat some
// names and figures, rarely three in the same order).
#include "factaudit/ingest/text_signature.hpp"

#include <algorithm>
#include <limits>
#include <string>

namespace factaudit {

namespace {

constexpr std::size_t kShingle = 3;
constexpr std::size_t kMinShingles = 12;

bool letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

/// An anchor: a stretch of the text, read as a number (its digits only) or as a word (lower-cased).
struct Anchor {
  std::size_t begin = 0, end = 0;
  bool number = false;
};

std::vector<Anchor> anchors(std::string_view text) {
  std::vector<Anchor> out;
  out.reserve(text.size() / 16);  // prose has a name or number every few words
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (digit(c)) {
      std::size_t start = i;
      while (i < text.size() && (digit(static_cast<unsigned char>(text[i])) ||
                                 ((text[i] == ',' || text[i] == '.') && i + 1 < text.size() &&
                                  digit(static_cast<unsigned char>(text[i + 1]))))) {
        ++i;
      }
      out.push_back({start, i, true});
    } else if (letter(c)) {
      std::size_t start = i;
      while (i < text.size() && letter(static_cast<unsigned char>(text[i]))) ++i;
      if (c >= 'A' && c <= 'Z' && i - start > 1) out.push_back({start, i, false});
    } else {
      ++i;
    }
  }
  return out;
}

std::uint64_t fnv1a_step(std::uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ULL; }

/// The FNV-1a hash `h` continued over an anchor as read (digits of a number, a word lower-cased) and a
/// separator.
std::uint64_t fnv1a(std::string_view text, const Anchor& a, std::uint64_t h) {
  for (std::size_t k = a.begin; k < a.end; ++k) {
    auto c = static_cast<unsigned char>(text[k]);
    if (a.number && !digit(c)) continue;  // digit group and decimal separators
    h = fnv1a_step(h, !a.number && c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c);
  }
  return fnv1a_step(h, 0x1f);
}

/// The i-th hash function: a seeded mix of the shingle's hash (splitmix64 finaliser).
std::uint32_t permuted(std::uint64_t h, std::size_t i) {
  std::uint64_t x = h + 0x9E3779B97F4A7C15ULL * (i + 1);
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return static_cast<std::uint32_t>((x ^ (x >> 31)) >> 32);
}

}  // namespace

std::vector<std::uint32_t> text_signature(std::string_view text) {
  std::vector<Anchor> words = anchors(text);
  if (words.size() < kShingle) return {};
  std::vector<std::uint64_t> shingles;
  shingles.reserve(words.size());
  for (std::size_t i = 0; i + kShingle <= words.size(); ++i) {
    std::uint64_t h = 1469598103934665603ULL;
    for (std::size_t k = 0; k < kShingle; ++k) h = fnv1a(text, words[i + k], h);
    shingles.push_back(h);
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  if (shingles.size() < kMinShingles) return {};
  std::vector<std::uint32_t> signature(kSignatureSize, std::numeric_limits<std::uint32_t>::max());
  for (std::uint64_t h : shingles) {
    for (std::size_t i = 0; i < kSignatureSize; ++i) signature[i] = std::min(signature[i], permuted(h, i));
  }
  return signature;
}

double signature_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

}  // namespace factaudit
