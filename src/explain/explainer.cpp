#include "factaudit/explain/explainer.hpp"

#include <algorithm>
#include <set>

#include "factaudit/encode/family.hpp"
#include "factaudit/ingest/sha256.hpp"
#include "factaudit/normalize/decimal.hpp"
#include "factaudit/normalize/stated_value.hpp"

namespace factaudit {

namespace {

std::optional<mpq_class> numeral(const z3::expr& e) {
  if (e.is_numeral()) return mpq_class(Z3_get_numeral_string(e.ctx(), e));
  std::string text = e.to_string();
  if (text.find("oo") != std::string::npos) return std::nullopt;  // unbounded
  if (text.find("epsilon") != std::string::npos && e.is_app() && e.num_args() > 0 && e.arg(0).is_numeral()) {
    return mpq_class(Z3_get_numeral_string(e.ctx(), e.arg(0)));
  }
  return std::nullopt;
}

bool categorical(ClaimKind kind) {
  return kind == ClaimKind::count || kind == ClaimKind::office || kind == ClaimKind::status ||
         kind == ClaimKind::identity || kind == ClaimKind::rank;
}

std::string location(const Claim& claim, const ClaimSet& set) {
  return set.documents[claim.document].path + ":" + std::to_string(claim.span.line) + ":" + std::to_string(claim.span.column);
}

/// Divisor and unit words for printing a numeric claim's values ("million USD").
std::pair<mpq_class, std::string> display_scale(const Claim& claim, const Rulebook& rules) {
  if (claim.kind != ClaimKind::quantity) return {1, ""};
  StatedNumber stated = stated_number(claim.value, rules);
  std::string words = (stated.scale_id == "one" ? "" : stated.scale_id + " ") + stated.unit;
  return {stated.scale, words};
}

}  // namespace

std::string_view to_string(Severity s) { return s == Severity::minor ? "minor" : "major"; }

Explainer::Explainer(z3::context& ctx, const std::vector<int>& corroboration, unsigned rlimit)
    : ctx_(ctx), corroboration_(corroboration), rlimit_(rlimit) {}

void Explainer::assert_items(const Encoding& enc, z3::optimize& opt, const std::vector<std::size_t>& on,
                             std::optional<std::size_t> replaced) const {
  for (const auto& fact : enc.background_facts()) opt.add(fact);
  std::set<std::size_t> active(on.begin(), on.end());
  for (std::size_t i = 0; i < enc.items().size(); ++i) {
    z3::expr lit = enc.literal(i);
    if (!active.count(i)) {
      opt.add(!lit);
      continue;
    }
    opt.add(lit);
    if (replaced && *replaced == i) continue;
    for (const auto& c : enc.items()[i].constraints) opt.add(c);
  }
}

std::optional<Explainer::Option> Explainer::cheapest_change(const Encoding& enc, const MinimalConflict& conflict,
                                                             std::size_t item) const {
  std::size_t claim_index = enc.items()[item].claim;
  const Claim& claim = enc.claims().claims[claim_index];
  const ClaimFamily& family = family_of(claim.kind);
  Relaxation how = family.relaxation(claim);
  if (how == Relaxation::none) return std::nullopt;
  z3::expr delta = how == Relaxation::days ? ctx_.int_const("delta|days") : ctx_.real_const("delta|relative");
  Encoding scratch(enc.ctx(), enc.rules(), enc.claims(), enc.index());
  std::size_t relaxed = scratch.begin_claim(claim_index);
  family.encode(claim_index, scratch, relaxed, &delta);

  z3::optimize opt(ctx_);
  z3::params p(ctx_);
  p.set("rlimit", rlimit_);
  opt.set(p);
  std::vector<std::size_t> on = conflict.items;
  on.insert(on.end(), conflict.rules.begin(), conflict.rules.end());
  assert_items(enc, opt, on, item);
  for (const auto& c : scratch.items()[relaxed].constraints) opt.add(c);
  for (const auto& fact : scratch.background_facts()) opt.add(fact);
  opt.add(delta >= 0);
  opt.minimize(delta);
  if (opt.check() != z3::sat) return std::nullopt;
  auto value = numeral(opt.get_model().eval(delta, true));
  if (!value) return std::nullopt;
  Option out{item, *value, 0};
  const Tolerances& t = enc.rules().tolerances;
  if (how == Relaxation::relative) {
    out.cost = mpq_class(*value / t.numeric_minor_relative).get_d();
  } else {
    long unit = family.severity_unit_days(claim, enc) * std::max(1, t.date_minor_units);
    out.cost = value->get_d() / static_cast<double>(unit);
  }
  return out;
}

std::string Explainer::implied_value(const Encoding& enc, const MinimalConflict& conflict, std::size_t item) const {
  std::size_t claim_index = enc.items()[item].claim;
  const Claim& claim = enc.claims().claims[claim_index];
  Encoding scratch(enc.ctx(), enc.rules(), enc.claims(), enc.index());
  auto term = family_of(claim.kind).primary_term(claim_index, scratch);
  if (!term) return "";
  std::vector<std::size_t> on;
  for (std::size_t i : conflict.items) {
    if (i != item) on.push_back(i);
  }
  on.insert(on.end(), conflict.rules.begin(), conflict.rules.end());
  // one optimisation per direction: objectives over the same term in one box-mode query can share a
  // bound in this Z3 version (a cumulative bound came out as [0, 0])
  auto bound = [&](bool maximize) -> std::optional<std::optional<mpq_class>> {
    z3::optimize opt(ctx_);
    z3::params p(ctx_);
    p.set("rlimit", rlimit_);
    opt.set(p);
    assert_items(enc, opt, on, std::nullopt);
    z3::optimize::handle h = maximize ? opt.maximize(*term) : opt.minimize(*term);
    if (opt.check() != z3::sat) return std::nullopt;
    return numeral(maximize ? opt.upper(h) : opt.lower(h));
  };
  auto lo_bound = bound(false);
  auto hi_bound = bound(true);
  if (!lo_bound || !hi_bound) return "";
  auto lo = *lo_bound;
  auto hi = *hi_bound;
  if (claim.kind == ClaimKind::date) {
    std::string a = lo ? format_day(lo->get_num().get_si() / std::max(1L, lo->get_den().get_si())) : "any earlier day";
    std::string b = hi ? format_day(hi->get_num().get_si() / std::max(1L, hi->get_den().get_si())) : "any later day";
    return lo && hi && *lo == *hi ? a : a + " .. " + b;
  }
  auto [divisor, words] = display_scale(claim, enc.rules());
  NumericInterval interval{{lo, false}, {hi, false}};
  return interval.describe(divisor, 2) + (words.empty() ? "" : " " + words);
}

Contradiction Explainer::explain(const Encoding& enc, const MinimalConflict& conflict, const Component& component) const {
  const ClaimSet& set = enc.claims();
  const Rulebook& rules = enc.rules();
  Contradiction out;
  out.component = component.id;
  std::vector<std::size_t> claim_items;
  bool fuzzy = false, is_categorical = false;
  for (std::size_t i : conflict.items) {
    const TrackedItem& item = enc.items()[i];
    if (item.role == ItemRole::assumption) {
      out.assumptions.push_back(item.text);
      fuzzy = fuzzy || item.fuzzy;
      continue;
    }
    claim_items.push_back(i);
    const Claim& c = set.claims[item.claim];
    out.claims.push_back(c.id);
    fuzzy = fuzzy || families::is_fuzzy_identity(c);
    is_categorical = is_categorical || categorical(c.kind);
  }
  std::sort(out.claims.begin(), out.claims.end());
  std::sort(out.assumptions.begin(), out.assumptions.end());
  std::string joined;
  for (const auto& id : out.claims) joined += id + "\n";
  out.id = "x" + sha256_hex(joined).substr(0, 12);
  // what the members say, not where: survives edits elsewhere in the documents and renamed claim ids
  std::vector<std::string> contents;
  for (std::size_t i : claim_items) {
    const Claim& c = set.claims[enc.items()[i].claim];
    contents.push_back(std::string(to_string(c.kind)) + "\x1f" + c.slot.dump() + "\x1f" + c.value.dump() + "\x1f" + c.span.text);
  }
  std::sort(contents.begin(), contents.end());
  std::string content;
  for (const auto& line : contents) content += line + "\n";
  out.fingerprint = sha256_hex(content).substr(0, 32);
  std::set<std::pair<std::string, std::string>> rule_lines;
  for (std::size_t r : conflict.rules) rule_lines.insert({enc.items()[r].id, enc.items()[r].text});
  std::set<std::string> rule_ids;
  for (const auto& [id, text] : rule_lines) {
    rule_ids.insert(id);
    out.rule_texts.push_back(text);
  }
  out.rules.assign(rule_ids.begin(), rule_ids.end());

  // the cheapest single change; ties go to the claim fewer documents state, then to the later id
  std::optional<Option> best;
  auto weaker = [&](std::size_t a, std::size_t b) {
    const Claim& ca = set.claims[enc.items()[a].claim];
    const Claim& cb = set.claims[enc.items()[b].claim];
    int wa = corroboration_[enc.items()[a].claim], wb = corroboration_[enc.items()[b].claim];
    return wa != wb ? wa < wb : ca.id > cb.id;
  };
  for (std::size_t i : claim_items) {
    auto option = cheapest_change(enc, conflict, i);
    if (!option) continue;
    if (!best || option->cost < best->cost - 1e-12 || (std::abs(option->cost - best->cost) <= 1e-12 && weaker(i, best->item))) {
      best = option;
    }
  }
  std::size_t primary_item = claim_items.front();
  for (std::size_t i : claim_items) {
    if (weaker(i, primary_item)) primary_item = i;
  }
  if (best) primary_item = best->item;
  const Claim& primary = set.claims[enc.items()[primary_item].claim];
  out.primary = primary.id;
  out.kind = std::string(to_string(primary.kind));

  if (fuzzy) out.severity = Severity::minor;
  else if (is_categorical) out.severity = Severity::major;
  else out.severity = best && best->cost <= 1.0 ? Severity::minor : Severity::major;

  const ClaimFamily& family = family_of(primary.kind);
  out.fix.claim = primary.id;
  out.fix.implied = implied_value(enc, conflict, primary_item);
  std::string stated = "\"" + primary.span.text + "\"";
  if (best && family.relaxation(primary) == Relaxation::relative) {
    out.fix.relative_change = best->delta.get_d();
    out.fix.description = stated + " would have to change by " + format_decimal(best->delta * 100, 3) + " %" +
                          (out.fix.implied.empty() ? "" : " to reach " + out.fix.implied);
  } else if (best) {
    out.fix.days = best->delta.get_num().get_si();
    out.fix.description = stated + " would have to move by " + std::to_string(*out.fix.days) + " day(s)" +
                          (out.fix.implied.empty() ? "" : " to reach " + out.fix.implied);
  } else {
    out.fix.description = "one of these statements is wrong" +
                          std::string(out.assumptions.empty() ? "" : ", or an assumption fails") + "; the least corroborated is " +
                          stated;
  }

  out.message = family.describe(primary, set, rules);
  if (!out.fix.implied.empty()) out.message += "; the other statements imply " + out.fix.implied;
  else out.message += "; it cannot hold together with " + std::to_string(out.claims.size() - 1) + " other statement(s)";
  for (std::size_t i : claim_items) {
    const Claim& c = set.claims[enc.items()[i].claim];
    std::string date = set.documents[c.document].published ? " (published " + *set.documents[c.document].published + ")" : "";
    out.derivation.push_back(location(c, set) + date + ": " + family_of(c.kind).describe(c, set, rules));
  }
  for (const auto& text : out.rule_texts) out.derivation.push_back("rule: " + text);
  for (const auto& text : out.assumptions) out.derivation.push_back("assuming " + text);
  out.derivation.push_back("fix: " + out.fix.description);
  return out;
}

}  // namespace factaudit
