// One component at a time: encode its claims and axiom instances, enumerate its minimal conflicts,
// explain each, and keep the findings a reader needs (minimal sets of claims, once each).
#include "factaudit/pipeline/component_check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "factaudit/encode/family.hpp"
#include "factaudit/explain/correction.hpp"
#include "factaudit/explain/explainer.hpp"

namespace factaudit {

struct ComponentChecker::Solver {
  z3::context ctx;
  SolverSession session;
  Explainer explainer;
  Solver(const CheckInputs& in)
      : session(ctx, in.budget), explainer(ctx, in.weights, in.budget.rlimit_per_check) {}
};

namespace {

/// What a claim says, with the source that says it: equal keys are one statement restated.
std::string statement_key(const Claim& claim, std::size_t source) {
  return std::to_string(source) + "|" + std::string(to_string(claim.kind)) + "|" + claim.slot.dump() + "|" +
         claim.value.dump();
}

/// Minimal sets with the same claims and different assumptions are one contradiction (the one needing
/// the fewest assumptions is kept); a set whose claims include another set's claims is not a minimal
/// set of claims.
void keep_minimal_sets_of_claims(std::vector<Contradiction>& found) {
  std::sort(found.begin(), found.end(), [](const Contradiction& a, const Contradiction& b) {
    return a.id != b.id ? a.id < b.id
                        : a.assumptions.size() != b.assumptions.size() ? a.assumptions.size() < b.assumptions.size()
                                                                        : a.assumptions < b.assumptions;
  });
  found.erase(std::unique(found.begin(), found.end(), [](const Contradiction& a, const Contradiction& b) { return a.id == b.id; }),
              found.end());
  std::vector<Contradiction> minimal;
  for (const auto& c : found) {
    bool covers_another = std::any_of(found.begin(), found.end(), [&](const Contradiction& o) {
      return o.claims.size() < c.claims.size() && std::includes(c.claims.begin(), c.claims.end(), o.claims.begin(), o.claims.end());
    });
    if (!covers_another) minimal.push_back(c);
  }
  found = std::move(minimal);
}

/// A contradiction whose members a copy restates (the same source, kind, slot and value for each) is
/// the same contradiction: the one whose members stand in originals is kept (then the smaller id).
std::size_t drop_copy_restatements(const CheckInputs& in, const std::map<std::string, std::size_t>& claim_of,
                                   std::vector<Contradiction>& found) {
  auto key_of = [&](const Contradiction& c) {
    std::vector<std::string> members;
    for (const auto& id : c.claims) {
      const Claim& claim = in.set.claims[claim_of.at(id)];
      members.push_back(statement_key(claim, in.sources[claim.document]));
    }
    std::sort(members.begin(), members.end());
    std::string key;
    for (const auto& m : members) key += m + "\n";
    return key;
  };
  auto copies_in = [&](const Contradiction& c) {
    std::size_t n = 0;
    for (const auto& id : c.claims) {
      std::size_t document = in.set.claims[claim_of.at(id)].document;
      n += in.sources[document] != document;
    }
    return n;
  };
  std::map<std::string, std::size_t> best;  // statement key -> index into found
  for (std::size_t i = 0; i < found.size(); ++i) {
    auto [it, fresh] = best.emplace(key_of(found[i]), i);
    if (fresh) continue;
    const Contradiction& a = found[it->second];
    const Contradiction& b = found[i];
    if (copies_in(b) != copies_in(a) ? copies_in(b) < copies_in(a) : b.id < a.id) it->second = i;
  }
  std::set<std::size_t> kept;
  for (const auto& [key, i] : best) kept.insert(i);
  std::vector<Contradiction> out;
  for (std::size_t i : kept) out.push_back(std::move(found[i]));
  std::size_t dropped = found.size() - out.size();
  found = std::move(out);
  return dropped;
}

}  // namespace

ComponentChecker::ComponentChecker(const CheckInputs& inputs) : in_(inputs) {}
ComponentChecker::~ComponentChecker() = default;

void ComponentChecker::restart() {
  solver_.reset();
  checked_ = 0;
}

ComponentOutcome ComponentChecker::check(const Component& component) {
  // a Z3 context grows with every term it has seen: a fresh one every so many components keeps each
  // check cheap, at fixed points of the sequence so that the outcome does not depend on the run
  if (!solver_ || checked_ == kComponentsPerContext) {
    solver_.reset();
    solver_ = std::make_unique<Solver>(in_);
    checked_ = 0;
  }
  ++checked_;
  z3::context& ctx = solver_->ctx;
  const ClaimSet& set = in_.set;
  Encoding enc(ctx, in_.rules, set, in_.index);
  enc.component_claims = component.claims;
  for (std::size_t claim : component.claims) {
    std::size_t item = enc.begin_claim(claim);
    family_of(set.claims[claim].kind).encode(claim, enc, item, nullptr);
  }
  for (const ClaimFamily* family : all_families()) family->finish(enc);
  for (std::size_t i : component.instances) axiom_kind(in_.instances[i].rule->kind)->encode(in_.instances[i], enc);

  ComponentOutcome out;
  ComponentVerdict verdict = solver_->session.solve(enc);
  out.checks = verdict.checks;
  if (verdict.verdict == Verdict::unknown || (verdict.truncated && !verdict.reason.empty())) {
    UnknownComponent unknown{component.id, {}, verdict.reason};
    for (std::size_t c : component.claims) unknown.claims.push_back(set.claims[c].id);
    std::sort(unknown.claims.begin(), unknown.claims.end());
    out.unknown = std::move(unknown);
  }
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
      ++out.suppressed;
      continue;
    }
    Contradiction c = solver_->explainer.explain(enc, conflict, component);
    c.truncated = verdict.truncated;
    out.contradictions.push_back(std::move(c));
  }
  if (out.contradictions.empty()) return out;
  keep_minimal_sets_of_claims(out.contradictions);
  std::map<std::string, std::size_t> claim_of;
  for (std::size_t c : component.claims) claim_of[set.claims[c].id] = c;
  out.copy_duplicates = drop_copy_restatements(in_, claim_of, out.contradictions);
  std::sort(out.contradictions.begin(), out.contradictions.end(),
            [](const Contradiction& a, const Contradiction& b) { return a.id < b.id; });
  out.correction = cheapest_correction(ctx, enc, in_.weights, in_.budget.rlimit_per_check, component.id);
  return out;
}

}  // namespace factaudit
