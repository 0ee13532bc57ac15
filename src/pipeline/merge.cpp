// Merging shards: every shard lists the run's documents and the claims and findings of its own
// components; together they are the whole run, put back in the order a single run reports.
#include "factaudit/pipeline/merge.hpp"

#include <algorithm>
#include <map>

#include "factaudit/pipeline/check.hpp"

namespace factaudit {

namespace {

bool same_documents(const ClaimSet& a, const ClaimSet& b) {
  if (a.documents.size() != b.documents.size() || a.unresolved.size() != b.unresolved.size()) return false;
  for (std::size_t i = 0; i < a.documents.size(); ++i) {
    const DocumentInfo &x = a.documents[i], &y = b.documents[i];
    if (x.path != y.path || x.sha256 != y.sha256 || x.size != y.size || x.published != y.published || x.title != y.title) return false;
  }
  return true;
}

}  // namespace

MergedRun merge_shard_reports(std::vector<ShardReport> reports) {
  if (reports.empty()) throw InputError({"merge"}, "expected the partial reports of every shard");
  std::sort(reports.begin(), reports.end(), [](const ShardReport& a, const ShardReport& b) { return a.index < b.index; });
  const ShardReport& first = reports.front();
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const ShardReport& r = reports[i];
    if (r.count != first.count) {
      throw InputError({r.path}, "is shard " + std::to_string(r.index) + "/" + std::to_string(r.count) + ", but " + first.path +
                                     " is one of " + std::to_string(first.count));
    }
    if (i > 0 && r.index == reports[i - 1].index) {
      throw InputError({r.path}, "shard " + std::to_string(r.index) + " is also given as " + reports[i - 1].path);
    }
    if (!same_documents(r.set, first.set)) {
      throw InputError({r.path}, "comes from a different run than " + first.path + " (its documents differ)");
    }
  }
  if (reports.size() != first.count) {
    std::string missing;
    std::size_t k = 0;
    for (std::size_t index = 1; index <= first.count; ++index) {
      if (k < reports.size() && reports[k].index == index) ++k;
      else missing += (missing.empty() ? "" : ", ") + std::to_string(index);
    }
    throw InputError({"merge"}, "shard(s) " + missing + " of " + std::to_string(first.count) + " missing");
  }

  MergedRun out;
  out.set.documents = first.set.documents;
  out.set.unresolved = first.set.unresolved;
  out.result.copies = first.result.copies;
  std::map<std::string, int> sources;  // by claim id: put back in the merged claims' order below
  for (ShardReport& r : reports) {
    for (std::size_t i = 0; i < r.set.claims.size(); ++i) {
      Claim& c = r.set.claims[i];
      if (!out.set.claim_ids.insert(c.id).second) {
        throw InputError({r.path}, "claim '" + c.id + "' is also in another shard (the reports come from different runs)");
      }
      if (i < r.result.sources.size()) sources[c.id] = r.result.sources[i];
      out.set.claims.push_back(std::move(c));
    }
    auto append = [](auto& to, auto& from) { std::move(from.begin(), from.end(), std::back_inserter(to)); };
    append(out.result.contradictions, r.result.contradictions);
    append(out.result.corrections, r.result.corrections);
    append(out.result.unknown, r.result.unknown);
    out.result.components += r.result.components;
    out.result.suppressed += r.result.suppressed;
    out.result.copy_duplicates += r.result.copy_duplicates;
  }
  sort_claims(out.set);
  for (const Claim& c : out.set.claims) out.result.sources.push_back(sources[c.id]);
  order_findings(out.set, out.result);
  return out;
}

}  // namespace factaudit
