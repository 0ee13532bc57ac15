// one-holder axioms: two different named holders of one office never overlap in post.
#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/slot_keys.hpp"

namespace factaudit::axioms {

namespace {

class OneHolderAxiom final : public AxiomKind {
 public:
  std::string_view kind() const override { return "one-holder"; }

  void instantiate(const AxiomRule& rule, const Rulebook& rules, SlotIndex& index, const ClaimSet&,
                   std::vector<AxiomInstance>& out) const override {
    for (const auto& [office, holders] : index.offices()) {
      if (!rules.office_has_one_seat(office)) continue;  // several deputy prime ministers at once
      std::size_t named = 0;
      for (const auto& h : holders) named += is_unnamed_holder(h) ? 0 : 1;
      if (named < 2) continue;
      AxiomInstance instance;
      instance.rule = &rule;
      instance.subject = office;
      instance.keys = {office_key(office)};
      instance.text = rule.says + ": " + rules.describe_office(office);
      out.push_back(instance);
    }
  }

  void encode(const AxiomInstance& instance, Encoding& enc) const override {
    const auto& holders = enc.index().offices().at(instance.subject);
    std::vector<std::string> named;
    for (const auto& h : holders) {
      if (!is_unnamed_holder(h)) named.push_back(h);
    }
    std::size_t item = enc.rule(instance.rule->id, instance.text);
    const std::string& office = instance.subject;
    for (std::size_t i = 0; i < named.size(); ++i) {
      for (std::size_t j = i + 1; j < named.size(); ++j) {
        z3::expr s1 = enc.integer(tenure_start_key(office, named[i])), e1 = enc.integer(tenure_end_key(office, named[i]));
        z3::expr s2 = enc.integer(tenure_start_key(office, named[j])), e2 = enc.integer(tenure_end_key(office, named[j]));
        z3::expr apart = e1 <= s2 || e2 <= s1;
        for (const auto& link : enc.identity_links()) {
          bool same_pair = (link.a == named[i] && link.b == named[j]) || (link.a == named[j] && link.b == named[i]);
          if (same_pair) apart = apart || link.literal;
        }
        enc.require(item, apart);
      }
    }
  }
};

}  // namespace

const AxiomKind& one_holder_axiom() {
  static const OneHolderAxiom kind;
  return kind;
}

}  // namespace factaudit::axioms
