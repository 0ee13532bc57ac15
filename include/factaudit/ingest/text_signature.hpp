/// A document's signature for finding copies: MinHash over shingles of its names and numbers, the words
/// a machine rewording keeps while it swaps the others for synonyms.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace factaudit {

inline constexpr std::size_t kSignatureSize = 64;

/// kSignatureSize minimum hashes of the text's anchor shingles (three consecutive names or numbers);
/// empty when the text has too few of them to tell a copy.
std::vector<std::uint32_t> text_signature(std::string_view text);

/// The share of equal positions in two signatures: an estimate of the Jaccard similarity of their
/// shingle sets (0 when either is empty).
double signature_similarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

}  // namespace factaudit
