// Copy groups by MinHash with locality-sensitive hashing: 32 bands of 2 positions propose candidate
// pairs (a pair at similarity 0.4 shares a band with probability > 0.99, at 0.03 with about 0.03),
// and the signature similarity decides. Linear in the documents, not quadratic.
#include "factaudit/sources/copies.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "factaudit/ingest/text_signature.hpp"

namespace factaudit {

namespace {

constexpr std::size_t kRowsPerBand = 2;

std::size_t root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

/// True when document a should be the original rather than b.
bool earlier(const ClaimSet& set, std::size_t a, std::size_t b) {
  const auto& pa = set.documents[a].published;
  const auto& pb = set.documents[b].published;
  if (pa && pb && *pa != *pb) return *pa < *pb;
  if (pa.has_value() != pb.has_value()) return pa.has_value();
  return a < b;
}

}  // namespace

std::vector<CopyGroup> find_copies(const ClaimSet& set) {
  std::size_t n = set.documents.size();
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  std::map<std::tuple<std::size_t, std::uint32_t, std::uint32_t>, std::vector<std::size_t>> buckets;
  for (std::size_t d = 0; d < n; ++d) {
    const auto& sig = set.documents[d].signature;
    if (sig.size() != kSignatureSize) continue;
    for (std::size_t band = 0; band * kRowsPerBand < sig.size(); ++band) {
      auto& bucket = buckets[{band, sig[band * kRowsPerBand], sig[band * kRowsPerBand + 1]}];
      for (std::size_t other : bucket) {
        if (root(parent, other) == root(parent, d)) continue;
        if (signature_similarity(set.documents[other].signature, sig) >= kCopySimilarity) {
          parent[root(parent, d)] = root(parent, other);
        }
      }
      bucket.push_back(d);
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t d = 0; d < n; ++d) members[root(parent, d)].push_back(d);
  std::vector<CopyGroup> out;
  for (auto& [r, docs] : members) {
    if (docs.size() < 2) continue;
    std::size_t original = docs.front();
    for (std::size_t d : docs) {
      if (earlier(set, d, original)) original = d;
    }
    CopyGroup group{original, {}, {}};
    for (std::size_t d : docs) {
      if (d != original) group.copies.push_back(d);
    }
    out.push_back(std::move(group));
  }
  std::sort(out.begin(), out.end(), [](const CopyGroup& a, const CopyGroup& b) { return a.original < b.original; });
  return out;
}

std::vector<std::size_t> independent_sources(std::size_t documents, const std::vector<CopyGroup>& groups) {
  std::vector<std::size_t> out(documents);
  std::iota(out.begin(), out.end(), 0);
  for (const auto& g : groups) {
    for (std::size_t d : g.copies) out[d] = g.original;
  }
  return out;
}

}  // namespace factaudit
