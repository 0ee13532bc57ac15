// Solving entries in CBOR: per component its contradictions, unknown verdict, correction and counts.
#include "factaudit/cache/outcome_entry.hpp"

#include "factaudit/cache/cache_key.hpp"

namespace factaudit {

namespace {

void add_document(CacheKey& key, const DocumentInfo& d) {
  key.add(d.path).add(d.published ? "1" + *d.published : "0").add(d.title).add(d.source);
  key.add(d.suppressed_rules.size());
  for (const auto& [rule, reason] : d.suppressed_rules) key.add(rule).add(reason);
}

void add_claim(CacheKey& key, const CheckInputs& in, std::size_t index) {
  const Claim& c = in.set.claims[index];
  key.add(c.id).add(to_string(c.kind)).add(c.slot.dump()).add(c.value.dump());
  key.add(c.span.start).add(c.span.end).add(c.span.line).add(c.span.column).add(c.span.text);
  key.add(c.suppressed ? "1" + *c.suppressed : "0");
  add_document(key, in.set.documents[c.document]);
  std::size_t source = in.sources[c.document];
  key.add(source == c.document ? std::string("original") : "copy of " + in.set.documents[source].path);
  key.add(static_cast<std::size_t>(in.weights[index]));
}

void add_instance(CacheKey& key, const AxiomInstance& instance) {
  key.add(instance.rule ? instance.rule->id : "").add(instance.subject).add(instance.member).add(instance.text);
  for (const auto* list : {&instance.keys, &instance.left, &instance.right, &instance.exact}) {
    key.add(list->size());
    for (const auto& k : *list) key.add(k);
  }
}

Json strings(const std::vector<std::string>& list) { return Json(list); }
std::vector<std::string> strings_from(const Json& j) { return j.get<std::vector<std::string>>(); }

Json contradiction_json(const Contradiction& c) {
  const Fix& f = c.fix;
  Json fix = Json::array({f.claim, f.description, f.relative_change ? Json(*f.relative_change) : Json(),
                          f.days ? Json(*f.days) : Json(), f.implied});
  return Json::array({c.id, c.fingerprint, c.kind, c.severity == Severity::major, strings(c.claims), c.primary,
                      strings(c.rules), strings(c.rule_texts), strings(c.assumptions), c.message, strings(c.derivation),
                      fix, c.component, c.truncated});
}

Contradiction contradiction_from(const Json& j) {
  Contradiction c;
  c.id = j.at(0).get<std::string>();
  c.fingerprint = j.at(1).get<std::string>();
  c.kind = j.at(2).get<std::string>();
  c.severity = j.at(3).get<bool>() ? Severity::major : Severity::minor;
  c.claims = strings_from(j.at(4));
  c.primary = j.at(5).get<std::string>();
  c.rules = strings_from(j.at(6));
  c.rule_texts = strings_from(j.at(7));
  c.assumptions = strings_from(j.at(8));
  c.message = j.at(9).get<std::string>();
  c.derivation = strings_from(j.at(10));
  const Json& fix = j.at(11);
  c.fix.claim = fix.at(0).get<std::string>();
  c.fix.description = fix.at(1).get<std::string>();
  if (!fix.at(2).is_null()) c.fix.relative_change = fix.at(2).get<double>();
  if (!fix.at(3).is_null()) c.fix.days = fix.at(3).get<long>();
  c.fix.implied = fix.at(4).get<std::string>();
  c.component = j.at(12).get<std::string>();
  c.truncated = j.at(13).get<bool>();
  return c;
}

}  // namespace

std::string bucket_key(const CheckInputs& in, const std::vector<Component>& components,
                       const std::vector<std::size_t>& members) {
  CacheKey key("solve", in.rules);
  key.add(in.budget.rlimit_per_check).add(in.budget.max_conflicts).add(in.budget.max_checks);
  key.add(ComponentChecker::kComponentsPerContext).add(members.size());
  for (std::size_t n : members) {
    const Component& component = components[n];
    key.add(component.id).add(component.slot_keys.size());
    for (const auto& slot : component.slot_keys) key.add(slot);
    key.add(component.claims.size());
    for (std::size_t c : component.claims) add_claim(key, in, c);
    key.add(component.instances.size());
    for (std::size_t i : component.instances) add_instance(key, in.instances[i]);
  }
  return key.digest();
}

std::string outcomes_entry(const std::vector<ComponentOutcome>& outcomes, const std::vector<std::size_t>& members) {
  Json entry = Json::array();
  for (std::size_t n : members) {
    const ComponentOutcome& o = outcomes[n];
    Json contradictions = Json::array();
    for (const auto& c : o.contradictions) contradictions.push_back(contradiction_json(c));
    Json unknown = o.unknown ? Json::array({o.unknown->component, strings(o.unknown->claims), o.unknown->reason}) : Json();
    Json correction =
        o.correction ? Json::array({o.correction->component, strings(o.correction->claims), o.correction->weight}) : Json();
    entry.push_back(Json::array({contradictions, unknown, correction, o.suppressed, o.copy_duplicates, o.checks}));
  }
  std::vector<std::uint8_t> bytes = Json::to_cbor(entry);
  return std::string(bytes.begin(), bytes.end());
}

std::optional<std::vector<ComponentOutcome>> read_outcomes_entry(const std::string& entry, std::size_t count) {
  try {
    Json j = Json::from_cbor(entry);
    if (!j.is_array() || j.size() != count) return std::nullopt;
    std::vector<ComponentOutcome> out;
    for (const Json& o : j) {
      ComponentOutcome outcome;
      for (const Json& c : o.at(0)) outcome.contradictions.push_back(contradiction_from(c));
      if (!o.at(1).is_null()) {
        outcome.unknown = UnknownComponent{o.at(1).at(0).get<std::string>(), strings_from(o.at(1).at(1)),
                                           o.at(1).at(2).get<std::string>()};
      }
      if (!o.at(2).is_null()) {
        outcome.correction = Correction{o.at(2).at(0).get<std::string>(), strings_from(o.at(2).at(1)),
                                        o.at(2).at(2).get<int>()};
      }
      outcome.suppressed = o.at(3).get<std::size_t>();
      outcome.copy_duplicates = o.at(4).get<std::size_t>();
      outcome.checks = o.at(5).get<std::size_t>();
      out.push_back(std::move(outcome));
    }
    return out;
  } catch (const std::exception&) {
    return std::nullopt;  // not an entry this version wrote: check again
  }
}

}  // namespace factaudit
