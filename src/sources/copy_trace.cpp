// Tracing a copy's claims: the copy's and the original's claims, each in text order, are aligned as two
// sequences (weighted longest common subsequence). A machine rewording keeps the order of statements,
// their figures and names, while it swaps the words around them, so a pair must agree on kind, digits
// and subject, and the alignment prefers, in this order, claims saying the same thing, claims of the
// same slot, of the same measure, and of the same subject with the same figures.
#include "factaudit/sources/copy_trace.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace factaudit {

namespace {

/// The runs of digits in a claim's text, in order: what a rewording keeps ("May 2023" → "Could 2023").
std::vector<std::string> digit_runs(const std::string& text) {
  std::vector<std::string> out;
  std::string run;
  for (char ch : text) {
    if (ch >= '0' && ch <= '9') {
      run += ch;
    } else if (!run.empty()) {
      out.push_back(std::move(run));
      run.clear();
    }
  }
  if (!run.empty()) out.push_back(std::move(run));
  return out;
}

struct Statement {
  std::size_t claim;
  std::vector<std::string> digits;
};

std::vector<Statement> statements_of(const ClaimSet& set, std::size_t document) {
  std::vector<Statement> out;
  for (std::size_t i = 0; i < set.claims.size(); ++i) {
    if (set.claims[i].document == document) out.push_back({i, digit_runs(set.claims[i].span.text)});
  }
  std::stable_sort(out.begin(), out.end(), [&](const Statement& a, const Statement& b) {
    return set.claims[a.claim].span.start < set.claims[b.claim].span.start;
  });
  return out;
}

/// How well the copy's claim `c` restates the original's `o`: 0 when it cannot.
int affinity(const ClaimSet& set, const Statement& c, const Statement& o) {
  const Claim& a = set.claims[c.claim];
  const Claim& b = set.claims[o.claim];
  if (a.kind != b.kind || c.digits != o.digits || a.subject() != b.subject()) return 0;
  int same_words = a.span.text == b.span.text ? 1 : 0;  // between equal readings, the same words win
  if (a.slot == b.slot) return (a.value == b.value ? 8 : 6) + same_words;
  // a status claim's measure is only "status": what it says is held or not is its `status`
  if (a.measure() == b.measure() && a.slot_field("status") == b.slot_field("status")) return 4 + same_words;
  return c.digits.empty() ? 0 : 2 + same_words;
}

/// The pairs (copy statement, original statement) of the best order-keeping alignment.
std::vector<std::pair<std::size_t, std::size_t>> align(const ClaimSet& set, const std::vector<Statement>& copy,
                                                       const std::vector<Statement>& original) {
  std::size_t n = copy.size(), m = original.size();
  std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      int pair = affinity(set, copy[i - 1], original[j - 1]);
      best[i][j] = std::max({best[i - 1][j], best[i][j - 1], pair > 0 ? best[i - 1][j - 1] + pair : 0});
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = n, j = m; i > 0 && j > 0;) {
    int pair = affinity(set, copy[i - 1], original[j - 1]);
    if (pair > 0 && best[i][j] == best[i - 1][j - 1] + pair) {
      out.emplace_back(i - 1, j - 1);
      --i;
      --j;
    } else if (best[i][j] == best[i - 1][j]) {
      --i;
    } else {
      --j;
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

void trace_copies(const ClaimSet& set, std::vector<CopyGroup>& groups) {
  for (auto& group : groups) {
    group.traced.clear();
    std::vector<Statement> original = statements_of(set, group.original);
    std::map<std::size_t, TracedClaim> by_claim;  // by the copy claim's index: set order
    for (std::size_t d : group.copies) {
      std::vector<Statement> copy = statements_of(set, d);
      for (auto [i, j] : align(set, copy, original)) {
        const Claim& a = set.claims[copy[i].claim];
        const Claim& b = set.claims[original[j].claim];
        by_claim[copy[i].claim] = TracedClaim{a.id, b.id, a.slot != b.slot || a.value != b.value};
      }
    }
    for (auto& [claim, trace] : by_claim) group.traced.push_back(std::move(trace));
  }
}

std::vector<bool> traced_claims(const ClaimSet& set, const std::vector<CopyGroup>& groups) {
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < set.claims.size(); ++i) index_of.emplace(set.claims[i].id, i);
  std::vector<bool> out(set.claims.size(), false);
  for (const auto& group : groups) {
    for (const auto& trace : group.traced) {
      auto it = index_of.find(trace.claim);
      if (it != index_of.end()) out[it->second] = true;
    }
  }
  return out;
}

}  // namespace factaudit
