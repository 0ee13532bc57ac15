#include "factaudit/encode/encoding.hpp"

#include <algorithm>

#include "factaudit/normalize/time_value.hpp"

namespace factaudit {

Encoding::Encoding(z3::context& ctx, const Rulebook& rules, const ClaimSet& claims, const SlotIndex& index)
    : ctx_(ctx), rules_(rules), claims_(claims), index_(index) {}

z3::expr Encoding::number(const mpq_class& q) const {
  std::string text = q.get_num().get_str();
  if (q.get_den() != 1) text += "/" + q.get_den().get_str();
  return ctx_.real_val(text.c_str());
}

z3::expr Encoding::within(const z3::expr& x, const NumericInterval& interval) const {
  z3::expr out = ctx_.bool_val(true);
  if (interval.lo.value) out = out && (interval.lo.open ? x > number(*interval.lo.value) : x >= number(*interval.lo.value));
  if (interval.hi.value) out = out && (interval.hi.open ? x < number(*interval.hi.value) : x <= number(*interval.hi.value));
  return out;
}

z3::expr Encoding::within_days(const z3::expr& d, const std::vector<DaySpan>& readings) const {
  if (readings.empty()) return ctx_.bool_val(true);
  z3::expr_vector options(ctx_);
  for (const auto& r : readings) {
    z3::expr one = ctx_.bool_val(true);
    if (r.first) one = one && d >= ctx_.int_val(static_cast<int64_t>(*r.first));
    if (r.last) one = one && d <= ctx_.int_val(static_cast<int64_t>(*r.last));
    options.push_back(one);
  }
  return z3::mk_or(options);
}

std::size_t Encoding::begin_claim(std::size_t claim) {
  auto it = claim_items_.find(claim);
  if (it != claim_items_.end()) return it->second;
  TrackedItem item;
  item.role = ItemRole::claim;
  item.claim = claim;
  item.id = claims_.claims[claim].id;
  items_.push_back(item);
  claim_items_[claim] = items_.size() - 1;
  return items_.size() - 1;
}

void Encoding::require(std::size_t item, const z3::expr& constraint) { items_[item].constraints.push_back(constraint); }

std::size_t Encoding::assume(const std::string& id, const std::string& text, bool fuzzy) {
  TrackedItem item;
  item.role = ItemRole::assumption;
  item.id = id;
  item.text = text;
  item.fuzzy = fuzzy;
  items_.push_back(item);
  return items_.size() - 1;
}

std::size_t Encoding::rule(const std::string& rule_id, const std::string& text) {
  TrackedItem item;
  item.role = ItemRole::rule;
  item.id = rule_id;
  item.text = text;
  items_.push_back(item);
  return items_.size() - 1;
}

z3::expr Encoding::literal(std::size_t item) const {
  return ctx_.bool_const(("t|" + std::to_string(item)).c_str());
}

std::optional<std::size_t> Encoding::item_of_claim(std::size_t claim) const {
  auto it = claim_items_.find(claim);
  if (it == claim_items_.end()) return std::nullopt;
  return it->second;
}

void Encoding::note_day(DayNumber day) { horizon_ = horizon_ ? std::max(*horizon_, day) : day; }

void Encoding::add_identity_link(const std::string& a, const std::string& b, const z3::expr& literal) {
  links_.push_back({a, b, literal});
}

}  // namespace factaudit
