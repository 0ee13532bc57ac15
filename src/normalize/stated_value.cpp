#include "factaudit/normalize/stated_value.hpp"

#include <algorithm>

#include "factaudit/normalize/decimal.hpp"

namespace factaudit {

namespace {

template <typename Map>
std::string known_ids(const Map& map) {
  std::string out;
  for (const auto& [id, rule] : map) out += (out.empty() ? "" : ", ") + id;
  return out;
}

std::string optional_text(const Json& value, const char* key, const std::string& fallback) {
  auto it = value.find(key);
  if (it == value.end() || it->is_null()) return fallback;
  if (!it->is_string()) throw ClaimValueError(std::string("value/") + key, std::string("expected a string for '") + key + "'");
  return it->get<std::string>();
}

void widen_to(NumericInterval& interval, const mpq_class& a, const mpq_class& b) {
  mpq_class low = std::min(a, b), high = std::max(a, b);
  if (interval.lo.value && low < *interval.lo.value) interval.lo = {low, false};
  if (interval.hi.value && high > *interval.hi.value) interval.hi = {high, false};
}

}  // namespace

NumericInterval precision_interval(const mpq_class& value, const DecimalLiteral& literal, const mpq_class& scale,
                                   bool scale_word, const std::string& unit, const Rulebook& rules) {
  const Tolerances& t = rules.tolerances;
  mpq_class half = literal.half_unit * scale;
  NumericInterval out{{value - half, false}, {value + half, false}};
  // a round figure ("$1 billion", "500") is approximate by convention: the round tolerance replaces
  // the precision of its last digit (which would make "$1 billion" mean 0.5 to 1.5 billion)
  bool round = literal.significant_digits <= t.round_max_significant_digits && (scale_word || literal.trailing_zeros);
  if (round) {
    mpq_class a = value * (1 - t.round_relative), b = value * (1 + t.round_relative);
    out = {{std::min(a, b), false}, {std::max(a, b), false}};
  }
  // units whose figures are words ("twice", "three times"): the unit's tolerance replaces the precision
  auto unit_tolerance = t.unit_relative.find(unit);
  if (unit_tolerance != t.unit_relative.end()) {
    mpq_class a = value * (1 - unit_tolerance->second), b = value * (1 + unit_tolerance->second);
    out = {{std::min(a, b), false}, {std::max(a, b), false}};
  }
  return out;
}

StatedNumber stated_number(const Json& value, const Rulebook& rules, bool literal_required) {
  if (!value.is_object()) throw ClaimValueError("value", "expected an object with literal, unit, scale and hedge");
  StatedNumber out;
  out.unit = optional_text(value, "unit", "");
  if (out.unit.empty()) throw ClaimValueError("value", "missing 'unit' (one of: " + known_ids(rules.units) + ")");
  if (!rules.units.count(out.unit)) {
    throw ClaimValueError("value/unit", "unknown unit '" + out.unit + "' (expected one of: " + known_ids(rules.units) + ")");
  }
  out.scale_id = optional_text(value, "scale", "one");
  auto scale = rules.scales.find(out.scale_id);
  if (scale == rules.scales.end()) {
    throw ClaimValueError("value/scale", "unknown scale '" + out.scale_id + "' (expected one of: " + known_ids(rules.scales) + ")");
  }
  out.scale = scale->second.factor;
  out.hedge = optional_text(value, "hedge", "");
  const HedgeRule* hedge = nullptr;
  if (!out.hedge.empty()) {
    hedge = rules.hedge(out.hedge);
    if (!hedge) throw ClaimValueError("value/hedge", "unknown hedge '" + out.hedge + "' (expected one of: " + known_ids(rules.hedges) + ")");
  }

  auto literal_it = value.find("literal");
  bool has_literal = literal_it != value.end() && !literal_it->is_null();
  if (!has_literal) {
    if (hedge && hedge->shape == HedgeShape::share) {
      out.has_literal = false;
      out.interval = {{hedge->low, true}, {hedge->high, false}};
      return out;
    }
    if (literal_required) throw ClaimValueError("value", "missing 'literal' (the number as stated, e.g. \"636.5\")");
    out.has_literal = false;
    return out;
  }
  if (!literal_it->is_string()) {
    throw ClaimValueError("value/literal", "expected the literal as a decimal string, e.g. \"636.5\"");
  }
  auto literal = parse_decimal(literal_it->get<std::string>());
  if (!literal) {
    throw ClaimValueError("value/literal", "expected a decimal number without digit grouping (e.g. \"545700\" or \"636.5\"), got \"" +
                                               literal_it->get<std::string>() + "\"");
  }
  out.value = literal->value * out.scale;
  NumericInterval base = precision_interval(out.value, *literal, out.scale, out.scale_id != "one", out.unit, rules);
  out.interval = base;
  if (!hedge) return out;
  switch (hedge->shape) {
    case HedgeShape::widen:
      widen_to(out.interval, hedge->low * out.value, hedge->high * out.value);
      break;
    // a bound is the figure at its precision ("more than 636.5" is (636.45, inf); a round figure's
    // precision is its round tolerance): conservative, so that a hedge alone never makes a conflict
    case HedgeShape::above:
      out.interval = {{base.lo.value, hedge->open}, {std::nullopt, false}};
      break;
    case HedgeShape::below:
      out.interval = {{std::nullopt, false}, {base.hi.value, hedge->open}};
      break;
    case HedgeShape::share:
      out.interval = {{hedge->low, true}, {hedge->high, false}};
      break;
    case HedgeShape::neutral:
      break;
  }
  return out;
}

}  // namespace factaudit
