#include "factaudit/pipeline/check.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>

#include <spdlog/spdlog.h>

#include "factaudit/cache/outcome_entry.hpp"
#include "factaudit/cache/result_cache.hpp"
#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/components.hpp"
#include "factaudit/encode/family.hpp"
#include "factaudit/pipeline/component_check.hpp"
#include "factaudit/sources/copies.hpp"
#include "factaudit/sources/copy_trace.hpp"

namespace factaudit {

ClaimValidator claim_validator(const Rulebook& rules) {
  return [&rules](const Claim& claim, const DocumentInfo& doc) { family_of(claim.kind).validate(claim, doc, rules); };
}

std::vector<int> corroboration(const ClaimSet& set, const std::vector<std::size_t>& sources) {
  std::map<std::string, std::set<std::size_t>> documents;
  std::vector<std::string> keys;
  for (const auto& c : set.claims) {
    keys.push_back(std::string(to_string(c.kind)) + c.slot.dump() + c.value.dump());
    documents[keys.back()].insert(sources[c.document]);
  }
  std::vector<int> out;
  for (const auto& key : keys) out.push_back(static_cast<int>(documents[key].size()));
  return out;
}

namespace {

/// How many buckets the components are dealt into: a power of two with about 128 components or more
/// in each, at most 512. It depends on the run's size alone, so a component lands in the same bucket
/// whatever --jobs or --shard is.
std::size_t bucket_count(std::size_t components) {
  std::size_t buckets = 1;
  while (buckets * 2 <= components / 128 && buckets < 512) buckets *= 2;
  return buckets;
}

/// The bucket of a component: a hash of its slot keys (FNV-1a), stable across runs and machines.
std::size_t bucket_of(const Component& component, std::size_t buckets) {
  std::uint64_t h = 1469598103934665603ull;
  for (const auto& key : component.slot_keys) {
    for (unsigned char ch : key) h = (h ^ ch) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
  }
  return static_cast<std::size_t>(h % buckets);
}

/// The outcomes of a bucket checked before, when the cache holds an intact entry for its key.
std::optional<std::vector<ComponentOutcome>> read_cached_outcomes(const ResultCache& cache, const std::string& key,
                                                                  std::size_t components) {
  std::optional<std::string> entry = cache.get("solve", key);
  return entry ? read_outcomes_entry(*entry, components) : std::nullopt;
}

}  // namespace

CheckResult check_claims(const ClaimSet& set, const Rulebook& rules, const CheckOptions& options) {
  CheckResult result;
  // a copy's claims traced to its original's are checked once, as the original states them
  result.copies = find_copies(set);
  trace_copies(set, result.copies);
  std::vector<bool> traced = traced_claims(set, result.copies);
  ClaimGraph graph = build_claim_graph(set, rules, traced);
  for (const auto& instance : graph.instances) spdlog::trace("axiom instance: {}", instance.text);
  const std::vector<Component>& components = graph.components;
  spdlog::debug("{} claims, {} axiom instances, {} components", set.claims.size(), graph.instances.size(), components.size());

  std::vector<std::size_t> sources = independent_sources(set.documents.size(), result.copies);
  std::vector<int> weights = corroboration(set, sources);
  result.sources = weights;
  CheckInputs inputs{set, rules, graph.index, graph.instances, weights, sources, options.budget};

  // each bucket is checked as one sequence in its own contexts, so its outcomes are the same whichever
  // worker takes it and whichever other buckets run; so they are when read from the cache
  std::size_t buckets = bucket_count(components.size());
  std::vector<std::vector<std::size_t>> bucket_members(buckets);
  for (std::size_t n = 0; n < components.size(); ++n) {
    std::size_t b = bucket_of(components[n], buckets);
    if (options.shard && b % options.shard->count != options.shard->index - 1) continue;
    bucket_members[b].push_back(n);
  }
  std::erase_if(bucket_members, [](const auto& members) { return members.empty(); });
  std::size_t selected = 0;
  for (const auto& members : bucket_members) selected += members.size();
  result.components = selected;
  if (options.shard) {
    std::vector<std::size_t> claims;
    for (const auto& members : bucket_members) {
      for (std::size_t n : members) claims.insert(claims.end(), components[n].claims.begin(), components[n].claims.end());
    }
    // the claims in no component (traced to an original's) are listed by the first shard
    for (std::size_t c = 0; c < traced.size() && options.shard->index == 1; ++c) {
      if (traced[c]) claims.push_back(c);
    }
    std::sort(claims.begin(), claims.end());
    result.shard_claims = std::move(claims);
  }

  std::vector<ComponentOutcome> outcomes(components.size());
  std::atomic<std::size_t> next_bucket{0}, done{0};
  std::mutex progress_mutex;
  std::exception_ptr failure;
  auto work = [&] {
    ComponentChecker checker(inputs);
    try {
      auto count_done = [&](std::size_t components_done) {
        std::size_t finished = done += components_done;
        if (options.progress) {
          std::lock_guard<std::mutex> lock(progress_mutex);
          options.progress(finished, selected);
        }
      };
      for (std::size_t b = next_bucket++; b < bucket_members.size(); b = next_bucket++) {
        const std::vector<std::size_t>& members = bucket_members[b];
        std::string key;
        if (options.cache) {
          key = bucket_key(inputs, components, members);
          if (std::optional<std::vector<ComponentOutcome>> cached = read_cached_outcomes(*options.cache, key, members.size())) {
            for (std::size_t i = 0; i < members.size(); ++i) outcomes[members[i]] = std::move((*cached)[i]);
            count_done(members.size());
            continue;
          }
        }
        checker.restart();
        for (std::size_t n : members) {
          outcomes[n] = checker.check(components[n]);
          count_done(1);
        }
        if (options.cache) options.cache->put("solve", key, outcomes_entry(outcomes, members));
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      if (!failure) failure = std::current_exception();
      next_bucket = bucket_members.size();
    }
  };
  std::size_t jobs = std::max<std::size_t>(1, std::min<std::size_t>(options.jobs, bucket_members.size()));
  std::vector<std::thread> workers;
  for (std::size_t j = 1; j < jobs; ++j) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();
  if (failure) std::rethrow_exception(failure);

  // a correction removes a claim with its copies' restatements of it (they say the same, and are free)
  std::map<std::string, std::vector<std::string>> restatements;
  for (const auto& group : result.copies) {
    for (const auto& t : group.traced) restatements[t.original].push_back(t.claim);
  }
  for (auto& outcome : outcomes) {
    for (auto& c : outcome.contradictions) result.contradictions.push_back(std::move(c));
    if (outcome.unknown) result.unknown.push_back(std::move(*outcome.unknown));
    if (outcome.correction) {
      std::vector<std::string>& claims = outcome.correction->claims;
      for (std::size_t i = 0, n = claims.size(); i < n; ++i) {
        auto it = restatements.find(claims[i]);
        if (it != restatements.end()) claims.insert(claims.end(), it->second.begin(), it->second.end());
      }
      std::sort(claims.begin(), claims.end());
      result.corrections.push_back(std::move(*outcome.correction));
    }
    result.suppressed += outcome.suppressed;
    result.copy_duplicates += outcome.copy_duplicates;
    result.solver_checks += outcome.checks;
  }
  order_findings(set, result);
  return result;
}

void order_findings(const ClaimSet& set, CheckResult& result) {
  std::sort(result.corrections.begin(), result.corrections.end(),
            [](const Correction& a, const Correction& b) { return a.component < b.component; });
  std::sort(result.unknown.begin(), result.unknown.end(),
            [](const UnknownComponent& a, const UnknownComponent& b) { return a.component < b.component; });
  // report order: by where the claim most likely wrong is stated (document, position), then by id
  std::map<std::string, const Claim*> claim_of;
  for (const auto& c : set.claims) claim_of[c.id] = &c;
  auto where = [&](const Contradiction& c) {
    const Claim* p = claim_of.count(c.primary) ? claim_of[c.primary] : nullptr;
    return p ? std::make_tuple(p->document, p->span.start, p->id) : std::make_tuple(std::size_t(-1), std::size_t(0), c.primary);
  };
  std::sort(result.contradictions.begin(), result.contradictions.end(), [&](const Contradiction& a, const Contradiction& b) {
    auto wa = where(a), wb = where(b);
    return wa != wb ? wa < wb : a.id < b.id;
  });
}

}  // namespace factaudit
