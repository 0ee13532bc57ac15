#include "numeric_slot.hpp"

#include "factaudit/encode/encoding.hpp"
#include "factaudit/encode/slot_keys.hpp"

namespace factaudit::families {

namespace {
std::string required_text(const Json& obj, const std::string& path, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string() || it->get<std::string>().empty()) {
    throw ClaimValueError(path + "/" + key, std::string("missing '") + key + "' (a non-empty string)");
  }
  return it->get<std::string>();
}

void check_subject(const std::string& subject, const MeasureRule& measure, const std::string& path) {
  bool pair = subject.find('-') != std::string::npos && subject.find('>') == std::string::npos;
  bool directed = subject.find('>') != std::string::npos;
  if (measure.subject == SubjectShape::directed && !directed) {
    throw ClaimValueError(path, "measure '" + measure.id + "' needs a direction as subject, e.g. \"KZ>AF\"");
  }
  if (measure.subject == SubjectShape::pair) {
    auto dash = subject.find('-');
    if (!pair || subject.substr(0, dash) >= subject.substr(dash + 1)) {
      throw ClaimValueError(path, "measure '" + measure.id + "' needs a pair in sorted order as subject, e.g. \"AF-KZ\"");
    }
  }
}

NumericSlot build(const Json& slot, const std::string& path, const std::string& measure_id, const std::string& subject,
                  const std::string& unit, const std::string& period_text, const Json& qualifier_source,
                  const Rulebook& rules) {
  const MeasureRule* measure = rules.measure(measure_id);
  if (!measure) throw ClaimValueError(path + "/measure", "unknown measure '" + measure_id + "' (see rules/measures.yaml)");
  check_subject(subject, *measure, path + "/subject");
  auto unit_rule = rules.units.find(unit);
  if (!unit.empty() && unit_rule == rules.units.end()) throw ClaimValueError(path + "/unit", "unknown unit '" + unit + "'");
  bool ratio = unit.empty() || unit_rule->second.dimension == "ratio";
  if (!ratio && unit_rule->second.dimension != measure->dimension) {
    throw ClaimValueError(path + "/unit", "unit '" + unit + "' measures " + unit_rule->second.dimension + ", but '" +
                                              measure_id + "' is " + measure->dimension);
  }
  NumericSlot out;
  out.measure = measure_id;
  out.subject = subject;
  out.unit = unit;
  out.period_text = period_text;
  if (!period_text.empty()) out.period = parse_period(period_text);
  for (const auto& [key, value] : qualifier_source.items()) {
    if (!is_structural_slot_field(key) && value.is_string()) out.qualifiers[key] = value.get<std::string>();
  }
  (void)slot;
  std::string quals;
  for (const auto& [k, v] : out.qualifiers) quals += k + "=" + v + ";";
  out.key = numeric_key(out.measure, out.subject, out.period_text, out.unit, quals);
  return out;
}
}  // namespace

NumericSlot read_numeric_slot(const Json& slot, const char* period_field, const Rulebook& rules, bool unit_required) {
  std::string period = canonical_period_field(slot, period_field);
  if (period.empty()) period = canonical_period_field(slot, "as_of");
  std::string unit = unit_required || slot.contains("unit") ? required_text(slot, "slot", "unit") : "";
  return build(slot, "slot", required_text(slot, "slot", "measure"), required_text(slot, "slot", "subject"), unit, period,
               slot, rules);
}

NumericSlot read_nested_slot(const Json& outer, const char* nested_field, const Rulebook& rules, bool unit_required) {
  auto it = outer.find(nested_field);
  std::string path = std::string("slot/") + nested_field;
  if (it == outer.end() || !it->is_object()) throw ClaimValueError(path, "expected an object {measure, subject}");
  const Json& inner = *it;
  std::string period = inner.contains("period") ? canonical_period_field(inner, "period") : canonical_period_field(outer, "period");
  if (period.empty()) period = canonical_period_field(outer, "as_of");
  std::string unit = inner.contains("unit")                           ? required_text(inner, path, "unit")
                     : (unit_required || outer.contains("unit")) ? required_text(outer, "slot", "unit")
                                                                  : "";
  // qualifiers: the nested slot's own when it states any, else none (a whole has no product)
  return build(inner, path, required_text(inner, path, "measure"), required_text(inner, path, "subject"), unit, period,
               inner, rules);
}

std::string describe_subject(const std::string& subject, const Rulebook& rules) {
  auto arrow = subject.find('>');
  if (arrow != std::string::npos) {
    return rules.name_of(subject.substr(0, arrow)) + " → " + rules.name_of(subject.substr(arrow + 1));
  }
  auto dash = subject.find('-');
  if (dash != std::string::npos && rules.entity(subject.substr(0, dash))) {
    return rules.name_of(subject.substr(0, dash)) + "–" + rules.name_of(subject.substr(dash + 1));
  }
  return rules.name_of(subject);
}

std::string describe_slot(const NumericSlot& slot, const Rulebook& rules) {
  const MeasureRule* m = rules.measure(slot.measure);
  std::string out = (m ? m->says : slot.measure) + " " + describe_subject(slot.subject, rules);
  if (slot.period && slot.period->open_end) {
    out += ", since " + format_range(slot.period->from.first, slot.period->from.last);
  } else if (slot.period) {
    out += ", " + format_range(slot.period->first(), slot.period->last());
  }
  for (const auto& [k, v] : slot.qualifiers) out += " (" + v + ")";
  return out;
}

void numeric_background(const NumericSlot& slot, const z3::expr& var, Encoding& enc) {
  const MeasureRule* m = enc.rules().measure(slot.measure);
  if (m && m->nonnegative) enc.background(var >= 0);
}

}  // namespace factaudit::families
