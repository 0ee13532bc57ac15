// distinct-ranks axioms: two subjects of one ranking never hold the same place ("Kazakhstan is Central
// Asia's largest economy" and "Uzbekistan is the largest economy in Central Asia" cannot both hold).
#include "factaudit/encode/axiom.hpp"

namespace factaudit::axioms {

namespace {

class DistinctRanksAxiom final : public AxiomKind {
 public:
  std::string_view kind() const override { return "distinct-ranks"; }

  void instantiate(const AxiomRule& rule, const Rulebook&, SlotIndex& index, const ClaimSet&,
                   std::vector<AxiomInstance>& out) const override {
    for (const auto& [ranking, keys] : index.rankings()) {
      if (keys.size() < 2) continue;
      AxiomInstance instance;
      instance.rule = &rule;
      instance.subject = ranking;
      instance.keys.assign(keys.begin(), keys.end());
      instance.text = rule.says + ": " + ranking.substr(0, ranking.find('|'));
      out.push_back(instance);
    }
  }

  void encode(const AxiomInstance& instance, Encoding& enc) const override {
    std::size_t item = enc.rule(instance.rule->id, instance.text);
    for (std::size_t i = 0; i < instance.keys.size(); ++i) {
      for (std::size_t j = i + 1; j < instance.keys.size(); ++j) {
        enc.require(item, enc.integer(instance.keys[i]) != enc.integer(instance.keys[j]));
      }
    }
  }
};

}  // namespace

const AxiomKind& distinct_ranks_axiom() {
  static const DistinctRanksAxiom kind;
  return kind;
}

}  // namespace factaudit::axioms
