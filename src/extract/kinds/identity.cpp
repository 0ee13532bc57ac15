// Identity claims: a name written in another spelling than the entity's first ("Kassym-Zhomart
// Tokayev" for Kassym-Jomart Tokayev, "M.Gani" for Ghani) is the same person; a name the rules mark as
// possibly the same as another ("Yasin Gildayev" / "Yessengeldiyev") is a fuzzy identity, so conflicts
// that depend on it are reported as such. Told once per spelling and document.
#include <sstream>

#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

namespace {

std::vector<std::string> words_of(const std::string& name) {
  std::istringstream in(name);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

/// A spelling of its own: not the first name and not a shorter form of it ("Ashraf Ghani", "Ghani").
bool other_spelling(const std::string& written, const std::string& first) {
  auto a = words_of(written), b = words_of(first);
  if (a.size() > b.size()) return true;
  return !std::equal(a.rbegin(), a.rend(), b.rbegin());
}

class IdentityBuilder final : public ClaimBuilder {
 public:
  ClaimKind kind() const override { return ClaimKind::identity; }

  void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
             std::vector<DraftClaim>& out) const override {
    for (const Mention& m : view.mentions) {
      if (m.kind != MentionKind::entity) continue;
      const EntityRule* e = lexicon.rules().entity(m.id);
      if (!e || e->type != "person" || e->names.empty()) continue;
      std::string written;
      std::size_t last = m.last;
      if (last > m.first + 1 && view.tokens[last - 1].is("'s")) --last;  // "Tokayev's"
      for (std::size_t k = m.first; k < last; ++k) {
        written += (k > m.first && view.tokens[k].space_before ? " " : "") + std::string(view.tokens[k].text());
      }
      auto tell = [&](const std::string& other, const char* confidence) {
        if (!context.identities_told.insert(m.id + "|" + other + "|" + written).second) return;
        DraftClaim draft;
        draft.kind = ClaimKind::identity;
        draft.first = m.first;
        draft.last = last;
        draft.slot = Json{{"subject", m.id}, {"measure", "identity"}};
        draft.value = Json{{"same_as", other}, {"confidence", confidence}};
        out.push_back(std::move(draft));
      };
      if (other_spelling(written, e->names.front())) tell(m.id, "certain");
      for (const auto& other : e->possibly_same_as) tell(other, "fuzzy");
    }
  }
};

}  // namespace

const ClaimBuilder& identity_builder() {
  static const IdentityBuilder builder;
  return builder;
}

}  // namespace factaudit
