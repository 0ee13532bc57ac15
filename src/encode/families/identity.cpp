// identity: two names for one entity ("Yessengeldiyev" / "Yasin Gildayev"). A same-as claim links the
// terms of office of the two ids; a fuzzy one makes any conflict that depends on it at most minor.
#include "factaudit/encode/family.hpp"
#include "time_slot.hpp"

namespace factaudit::families {

namespace {

std::string other_of(const Claim& claim) {
  if (claim.value.contains("same_as")) return required_string(claim.value, "value", "same_as");
  return required_string(claim.value, "value", "different_from");
}

class IdentityFamily final : public ClaimFamily {
 public:
  ClaimKind kind() const override { return ClaimKind::identity; }

  void validate(const Claim& claim, const DocumentInfo&, const Rulebook& rules) const override {
    std::string subject = required_string(claim.slot, "slot", "subject");
    std::string other = other_of(claim);
    for (const auto& id : {subject, other}) {
      if (!rules.entity(id)) throw ClaimValueError("value", "unknown entity '" + id + "' (see rules/entities.yaml)");
    }
    std::string confidence = claim.value.value("confidence", "certain");
    if (confidence != "certain" && confidence != "fuzzy") {
      throw ClaimValueError("value/confidence", "expected confidence 'certain' or 'fuzzy'");
    }
  }

  void index(std::size_t claim, const ClaimSet& set, const Rulebook&, SlotIndex& index) const override {
    const Claim& c = set.claims[claim];
    index.touch(claim, "entity:" + c.subject());
    index.touch(claim, "entity:" + other_of(c));
  }

  void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr*) const override {
    const Claim& c = enc.claims().claims[claim];
    enc.require(item, enc.ctx().bool_val(true));
    if (!c.value.contains("same_as") || c.subject() == other_of(c)) return;
    enc.add_identity_link(c.subject(), other_of(c), enc.literal(item));
  }

  std::string describe(const Claim& claim, const ClaimSet&, const Rulebook& rules) const override {
    bool same = claim.value.contains("same_as");
    bool fuzzy = claim.value.value("confidence", "certain") == "fuzzy";
    return "\"" + claim.span.text + "\" " + (same ? (fuzzy ? "is probably " : "is ") : "is not ") + rules.name_of(other_of(claim));
  }
};

}  // namespace

bool is_fuzzy_identity(const Claim& claim) {
  return claim.kind == ClaimKind::identity && claim.value.contains("same_as") &&
         claim.value.value("confidence", "certain") == "fuzzy";
}

const ClaimFamily& identity_family() {
  static const IdentityFamily family;
  return family;
}

}  // namespace factaudit::families
