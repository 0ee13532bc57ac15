/// Copies among a run's documents: republished and machine-reworded texts, grouped under the original
/// so that a copy counts as one source with it.
#pragma once

#include <vector>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

/// Documents whose signatures agree on at least this share of positions are copies of each other.
inline constexpr double kCopySimilarity = 0.25;

/// Groups of copies (documents without a signature are never grouped). The original of a group is its
/// earliest published document (unknown dates count as latest), then the first in input order; groups
/// are sorted by original.
std::vector<CopyGroup> find_copies(const ClaimSet& set);

/// For each document, the original it copies, or itself.
std::vector<std::size_t> independent_sources(std::size_t documents, const std::vector<CopyGroup>& groups);

}  // namespace factaudit
