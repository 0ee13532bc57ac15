// date: when an event happened ("in September 2002", "late October 2024", "last year"), or the span of
// a named period ("the second stage, 2004-2014").
#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_keys.hpp"
#include "time_slot.hpp"

namespace factaudit::families {

namespace {

bool is_span(const Claim& claim) { return claim.value.contains("from") || claim.value.contains("to"); }

std::string key_of(const Claim& claim) {
  return event_key(required_string(claim.slot, "slot", "subject"), required_string(claim.slot, "slot", "measure"));
}

class DateFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::date; }

  void validate(const Claim& claim, const DocumentInfo& doc, const Rulebook& rules) const override {
    key_of(claim);
    if (is_span(claim)) {
      for (const char* side : {"from", "to"}) {
        if (!claim.value.contains(side)) throw ClaimValueError("value", std::string("a span needs '") + side + "'");
        resolve_time(claim.value[side], doc.published, rules, std::string("value/") + side);
      }
    } else {
      resolve_time(claim.value, doc.published, rules, "value");
    }
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook&, SlotIndex& index) const override {
    std::string key = key_of(set.claims[claim]);
    index.add_event(key);
    index.touch(claim, key);
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr* delta) const override {
    const Claim& c = enc.claims().claims[claim];
    std::string key = key_of(c);
    if (is_span(c)) {
      ResolvedTime from = claim_time(c, enc.claims(), enc.rules(), "from");
      ResolvedTime to = claim_time(c, enc.claims(), enc.rules(), "to");
      z3::expr start = enc.integer(key + "#start"), end = enc.integer(key + "#end");
      enc.background(start <= end);
      enc.require(item, within_readings(start, from, enc, delta));
      enc.require(item, within_readings(end, to, enc, delta));
      note_readings(to, enc);
      return;
    }
    ResolvedTime when = resolve_time(c.value, published_of(c, enc.claims()), enc.rules(), "value");
    enc.require(item, within_readings(enc.integer(key), when, enc, delta));
    note_readings(when, enc);
  }

  Relaxation relaxation(const Claim&) const override { return Relaxation::days; }

  long severity_unit_days(const Claim& claim, const Encoding& enc) const override {
    const Json& time = is_span(claim) ? claim.value["from"] : claim.value;
    ResolvedTime when = resolve_time(time, published_of(claim, enc.claims()), enc.rules(), "value");
    return when.readings.empty() ? 1 : days_per_unit(when.readings.front().granularity);
  }

  std::optional<z3::expr> primary_term(std::size_t claim, Encoding& enc) const override {
    const Claim& c = enc.claims().claims[claim];
    if (is_span(c)) return std::nullopt;
    return enc.integer(key_of(c));
  }

  std::string describe(const Claim& claim, const ClaimSet& set, const Rulebook& rules) const override {
    std::string event = describe_event(claim.subject(), claim.measure(), rules);
    if (is_span(claim)) {
      return event + ": \"" + claim.span.text + "\" = from " + claim_time(claim, set, rules, "from").describe() +
             " to " + claim_time(claim, set, rules, "to").describe();
    }
    ResolvedTime when = resolve_time(claim.value, published_of(claim, set), rules, "value");
    return event + ": \"" + claim.span.text + "\" = " + when.describe();
  }
};

}  // namespace

const ClaimFamily& date_family() {
  static const DateFamily family;
  return family;
}

}  // namespace factaudit::families
