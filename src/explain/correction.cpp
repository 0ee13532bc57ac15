// The cheapest correction of a component: a weighted MaxSAT over the claims' tracking literals.
#include "factaudit/explain/correction.hpp"

#include <algorithm>

namespace factaudit {

std::optional<Correction> cheapest_correction(z3::context& ctx, const Encoding& enc, const std::vector<int>& corroboration,
                                              unsigned rlimit, const std::string& component) {
  z3::optimize opt(ctx);
  z3::params p(ctx);
  p.set("rlimit", rlimit);
  opt.set(p);
  for (const auto& fact : enc.background_facts()) opt.add(fact);
  for (std::size_t i = 0; i < enc.items().size(); ++i) {
    const TrackedItem& item = enc.items()[i];
    z3::expr lit = enc.literal(i);
    for (const auto& c : item.constraints) opt.add(z3::implies(lit, c));
    if (item.role == ItemRole::claim) opt.add_soft(lit, static_cast<unsigned>(std::max(1, corroboration[item.claim])));
    else opt.add(lit);
  }
  z3::check_result verdict = opt.check();
  if (verdict != z3::sat) return std::nullopt;
  z3::model model = opt.get_model();
  Correction out;
  out.component = component;
  for (std::size_t i = 0; i < enc.items().size(); ++i) {
    const TrackedItem& item = enc.items()[i];
    if (item.role != ItemRole::claim || model.eval(enc.literal(i), true).is_true()) continue;
    out.claims.push_back(enc.claims().claims[item.claim].id);
    out.weight += std::max(1, corroboration[item.claim]);
  }
  std::sort(out.claims.begin(), out.claims.end());
  if (out.claims.empty()) return std::nullopt;
  return out;
}

}  // namespace factaudit
