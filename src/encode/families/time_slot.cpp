#include "time_slot.hpp"

#include "numeric_slot.hpp"

namespace factaudit::families {

const std::optional<std::string>& published_of(const Claim& claim, const ClaimSet& set) {
  return set.documents[claim.document].published;
}

ResolvedTime claim_time(const Claim& claim, const ClaimSet& set, const Rulebook& rules, const char* field) {
  auto it = claim.value.find(field);
  if (it == claim.value.end()) return {};
  return resolve_time(*it, published_of(claim, set), rules, std::string("value/") + field);
}

z3::expr within_readings(const z3::expr& d, const ResolvedTime& time, Encoding& enc, const z3::expr* delta) {
  if (!delta) return enc.within_days(d, time.readings);
  if (time.readings.empty()) return enc.ctx().bool_val(true);
  z3::expr_vector options(enc.ctx());
  for (const auto& r : time.readings) {
    z3::expr one = enc.ctx().bool_val(true);
    if (r.first) one = one && d >= enc.ctx().int_val(static_cast<int64_t>(*r.first)) - *delta;
    if (r.last) one = one && d <= enc.ctx().int_val(static_cast<int64_t>(*r.last)) + *delta;
    options.push_back(one);
  }
  return z3::mk_or(options);
}

void note_readings(const ResolvedTime& time, Encoding& enc) {
  for (const auto& r : time.readings) {
    if (r.last) enc.note_day(*r.last);
    else if (r.first) enc.note_day(*r.first);
  }
}

std::string required_string(const Json& obj, const std::string& path, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string() || it->get<std::string>().empty()) {
    throw ClaimValueError(path.empty() ? key : path + "/" + key, std::string("missing '") + key + "' (a non-empty string)");
  }
  return it->get<std::string>();
}

std::string describe_event(const std::string& subject, const std::string& measure, const Rulebook& rules) {
  std::string name = measure;
  auto dot = name.find('.');
  if (dot != std::string::npos) name = name.substr(dot + 1);
  auto at = name.find('@');  // "stage-2@report": a name used inside one document
  if (at != std::string::npos) name = name.substr(0, at);
  for (char& c : name) {
    if (c == '-' || c == '.') c = ' ';
  }
  return name + " (" + describe_subject(subject, rules) + ")";
}

}  // namespace factaudit::families
