#include "factaudit/encode/slot_keys.hpp"

#include <set>
#include <vector>

#include "factaudit/normalize/calendar.hpp"
#include "factaudit/normalize/interval.hpp"

namespace factaudit {

bool is_structural_slot_field(const std::string& name) {
  static const std::set<std::string> kStructural = {"subject", "measure", "period",  "unit",  "base_period", "whole",
                                                    "reference", "as_of", "office", "status", "among", "group", "event"};
  return kStructural.count(name) > 0;
}

std::string qualifier_text(const Json& slot, const std::string& skip) {
  std::vector<std::string> parts;
  for (const auto& [key, value] : slot.items()) {
    if (is_structural_slot_field(key) || key == skip || !value.is_string()) continue;
    parts.push_back(key + "=" + value.get<std::string>());
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& p : parts) out += p + ";";
  return out;
}

std::string canonical_period_field(const Json& slot, const char* field) {
  auto it = slot.find(field);
  if (it == slot.end() || it->is_null()) return "";
  if (!it->is_string()) throw ClaimValueError(std::string("slot/") + field, "expected a period string such as \"2023\" or \"2024-01..2024-08\"");
  std::string why;
  auto period = parse_period(it->get<std::string>(), &why);
  if (!period) throw ClaimValueError(std::string("slot/") + field, "expected a period (" + why + "), got \"" + it->get<std::string>() + "\"");
  return canonical_period(*period);
}

std::string numeric_key(const std::string& measure, const std::string& subject, const std::string& period,
                        const std::string& unit, const std::string& qualifiers) {
  return "num|" + measure + "|" + subject + "|" + period + "|" + unit + "|" + qualifiers;
}

std::string event_key(const std::string& subject, const std::string& measure) {
  return "event:" + subject + ":" + measure;
}

std::string status_key(const std::string& subject, const std::string& status) {
  return "status:" + subject + ":" + status;
}

std::string office_key(const std::string& office) { return "office:" + office; }

std::string tenure_start_key(const std::string& office, const std::string& holder) {
  return "tenure-start|" + office + "|" + holder;
}

std::string tenure_end_key(const std::string& office, const std::string& holder) {
  return "tenure-end|" + office + "|" + holder;
}

std::string office_holder(const Claim& claim) {
  std::string subject = claim.subject();
  if (subject == "?") return "?#" + claim.id;                                     // unnamed, this claim only
  if (subject[0] == '?') return subject + "@" + std::to_string(claim.document);  // unnamed, labelled in its document
  return subject;
}

bool is_unnamed_holder(const std::string& holder) { return !holder.empty() && holder[0] == '?'; }

CountSlot read_count_slot(const Json& slot, const std::string& skip_qualifier) {
  CountSlot out;
  auto text = [&](const char* key) {
    auto it = slot.find(key);
    if (it == slot.end() || !it->is_string() || it->get<std::string>().empty()) {
      throw ClaimValueError(std::string("slot/") + key, std::string("missing '") + key + "' (a non-empty string)");
    }
    return it->get<std::string>();
  };
  out.subject = text("subject");
  out.measure = text("measure");
  out.when_text = canonical_period_field(slot, "as_of");
  if (out.when_text.empty()) out.when_text = canonical_period_field(slot, "period");
  if (!out.when_text.empty()) {
    std::string raw = slot.contains("as_of") ? slot["as_of"].get<std::string>() : slot["period"].get<std::string>();
    out.when = parse_period(raw);
  }
  for (const auto& [key, value] : slot.items()) {
    if (!is_structural_slot_field(key) && key != skip_qualifier && value.is_string()) {
      out.qualifiers[key] = value.get<std::string>();
    }
  }
  std::string quals;
  for (const auto& [k, v] : out.qualifiers) quals += k + "=" + v + ";";
  out.key = "count|" + out.measure + "|" + out.subject + "|" + out.when_text + "|" + quals;
  return out;
}

std::string member_key(const std::string& count_key, const std::string& member) {
  return "member|" + count_key + "|" + member;
}

}  // namespace factaudit
