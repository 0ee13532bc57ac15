#include "factaudit/pipeline/check.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <spdlog/spdlog.h>

#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/components.hpp"
#include "factaudit/encode/family.hpp"
#include "factaudit/explain/correction.hpp"
#include "factaudit/explain/explainer.hpp"
#include "factaudit/sources/copies.hpp"

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

/// A contradiction whose members a copy restates (the same source, kind, slot and value for each) is
/// the same contradiction: keep the one that names the originals' statements (the smallest id among
/// equals), and count the others.
void drop_copy_restatements(const ClaimSet& set, const std::vector<std::size_t>& sources, CheckResult& result) {
  if (result.copies.empty()) return;
  std::map<std::string, const Claim*> by_id;
  for (const auto& c : set.claims) by_id[c.id] = &c;
  auto key_of = [&](const Contradiction& c) {
    std::vector<std::string> members;
    for (const auto& id : c.claims) {
      const Claim& claim = *by_id.at(id);
      members.push_back(std::to_string(sources[claim.document]) + "|" + std::string(to_string(claim.kind)) + "|" +
                        claim.slot.dump() + "|" + claim.value.dump());
    }
    std::sort(members.begin(), members.end());
    std::string key;
    for (const auto& m : members) key += m + "\n";
    return key;
  };
  // prefer the contradiction whose members stand in originals, then the smaller id
  auto copies_in = [&](const Contradiction& c) {
    std::size_t n = 0;
    for (const auto& id : c.claims) n += sources[by_id.at(id)->document] != by_id.at(id)->document;
    return n;
  };
  std::map<std::string, std::size_t> kept;  // key -> index into result.contradictions
  std::vector<bool> drop(result.contradictions.size(), false);
  for (std::size_t i = 0; i < result.contradictions.size(); ++i) {
    auto [it, fresh] = kept.emplace(key_of(result.contradictions[i]), i);
    if (fresh) continue;
    const Contradiction& a = result.contradictions[it->second];
    const Contradiction& b = result.contradictions[i];
    bool b_better = copies_in(b) != copies_in(a) ? copies_in(b) < copies_in(a) : b.id < a.id;
    drop[b_better ? it->second : i] = true;
    if (b_better) it->second = i;
  }
  std::vector<Contradiction> out;
  for (std::size_t i = 0; i < result.contradictions.size(); ++i) {
    if (drop[i]) ++result.copy_duplicates;
    else out.push_back(std::move(result.contradictions[i]));
  }
  result.contradictions = std::move(out);
  // a component left without a contradiction needs no correction
  std::set<std::string> open_components;
  for (const auto& c : result.contradictions) open_components.insert(c.component);
  std::erase_if(result.corrections, [&](const Correction& k) { return !open_components.count(k.component); });
}

}  // namespace

CheckResult check_claims(const ClaimSet& set, const Rulebook& rules, const CheckOptions& options) {
  CheckResult result;
  SlotIndex index;
  std::vector<std::size_t> usable;
  for (std::size_t i = 0; i < set.claims.size(); ++i) {
    family_of(set.claims[i].kind).index(i, set, rules, index);
    usable.push_back(i);
  }
  std::vector<AxiomInstance> instances = instantiate_axioms(rules, index, set);
  for (const auto& instance : instances) spdlog::trace("axiom instance: {}", instance.text);
  std::vector<Component> components = build_components(set, usable, index, instances);
  result.components = components.size();
  spdlog::debug("{} claims, {} axiom instances, {} components", set.claims.size(), instances.size(), components.size());

  result.copies = find_copies(set);
  std::vector<std::size_t> sources = independent_sources(set.documents.size(), result.copies);
  std::vector<int> weights = corroboration(set, sources);
  // a Z3 context grows with every term it has seen; a fresh one per batch of components keeps each check
  // cheap, and fixed batch boundaries keep the run deterministic
  constexpr std::size_t kComponentsPerContext = 256;
  std::unique_ptr<z3::context> ctx_holder;
  std::unique_ptr<SolverSession> session_holder;
  std::unique_ptr<Explainer> explainer_holder;
  for (std::size_t n = 0; n < components.size(); ++n) {
    if (options.progress) options.progress(n, components.size());
    const Component& component = components[n];
    if (n % kComponentsPerContext == 0) {
      explainer_holder.reset();
      session_holder.reset();
      ctx_holder = std::make_unique<z3::context>();
      session_holder = std::make_unique<SolverSession>(*ctx_holder, options.budget);
      explainer_holder = std::make_unique<Explainer>(*ctx_holder, weights, options.budget.rlimit_per_check);
    }
    z3::context& ctx = *ctx_holder;
    SolverSession& session = *session_holder;
    Explainer& explainer = *explainer_holder;
    Encoding enc(ctx, rules, set, index);
    enc.component_claims = component.claims;
    for (std::size_t claim : component.claims) {
      std::size_t item = enc.begin_claim(claim);
      family_of(set.claims[claim].kind).encode(claim, enc, item, nullptr);
    }
    for (const ClaimFamily* family : all_families()) family->finish(enc);
    for (std::size_t i : component.instances) axiom_kind(instances[i].rule->kind)->encode(instances[i], enc);

    ComponentVerdict verdict = session.solve(enc);
    result.solver_checks += verdict.checks;
    if (verdict.verdict == Verdict::unknown || (verdict.truncated && !verdict.reason.empty())) {
      UnknownComponent unknown{component.id, {}, verdict.reason};
      for (std::size_t c : component.claims) unknown.claims.push_back(set.claims[c].id);
      std::sort(unknown.claims.begin(), unknown.claims.end());
      result.unknown.push_back(unknown);
    }
    bool reported = false;
    for (const MinimalConflict& conflict : verdict.conflicts) {
      bool suppressed = false, any_claim = false;
      for (std::size_t i : conflict.items) {
        const TrackedItem& item = enc.items()[i];
        if (item.role != ItemRole::claim) continue;
        any_claim = true;
        const Claim& claim = set.claims[item.claim];
        suppressed = suppressed || claim.suppressed.has_value();
        const auto& rule_suppressions = set.documents[claim.document].suppressed_rules;
        for (std::size_t r : conflict.rules) suppressed = suppressed || rule_suppressions.count(enc.items()[r].id);
      }
      if (!any_claim) continue;
      if (suppressed) {
        ++result.suppressed;
        continue;
      }
      Contradiction c = explainer.explain(enc, conflict, component);
      c.truncated = verdict.truncated;
      result.contradictions.push_back(std::move(c));
      reported = true;
    }
    if (reported) {
      auto correction = cheapest_correction(ctx, enc, weights, options.budget.rlimit_per_check, component.id);
      if (correction) result.corrections.push_back(std::move(*correction));
    }
  }
  // minimal sets with the same claims and different assumptions are one contradiction: keep the one
  // that needs the fewest assumptions
  std::sort(result.contradictions.begin(), result.contradictions.end(), [](const Contradiction& a, const Contradiction& b) {
    return a.id != b.id ? a.id < b.id
                        : a.assumptions.size() != b.assumptions.size() ? a.assumptions.size() < b.assumptions.size()
                                                                        : a.assumptions < b.assumptions;
  });
  result.contradictions.erase(std::unique(result.contradictions.begin(), result.contradictions.end(),
                                          [](const Contradiction& a, const Contradiction& b) { return a.id == b.id; }),
                              result.contradictions.end());
  // claim-level minimality: a set whose claims include another set's claims (it differs only by which
  // assumptions it needs) is not a minimal set of claims
  std::vector<Contradiction> minimal;
  for (const auto& c : result.contradictions) {
    bool covers_another = std::any_of(result.contradictions.begin(), result.contradictions.end(), [&](const Contradiction& o) {
      return o.claims.size() < c.claims.size() && std::includes(c.claims.begin(), c.claims.end(), o.claims.begin(), o.claims.end());
    });
    if (!covers_another) minimal.push_back(c);
  }
  result.contradictions = std::move(minimal);
  drop_copy_restatements(set, sources, result);
  std::sort(result.corrections.begin(), result.corrections.end(),
            [](const Correction& a, const Correction& b) { return a.component < b.component; });
  // report order: by where the claim most likely wrong is stated, then by id
  std::map<std::string, std::size_t> order;
  for (std::size_t i = 0; i < set.claims.size(); ++i) order[set.claims[i].id] = i;
  std::sort(result.contradictions.begin(), result.contradictions.end(), [&](const Contradiction& a, const Contradiction& b) {
    return order[a.primary] != order[b.primary] ? order[a.primary] < order[b.primary] : a.id < b.id;
  });
  return result;
}

}  // namespace factaudit
