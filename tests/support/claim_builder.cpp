#include "claim_builder.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

namespace factaudit::testing {

const Rulebook& shipped_rules() {
  static const Rulebook rules = load_rulebook({FACTAUDIT_SOURCE_DIR "/rules"});
  return rules;
}

ClaimSet build_claims(const std::vector<DocumentClaims>& documents) {
  ClaimSet set;
  ClaimValidator validate = claim_validator(shipped_rules());
  for (const auto& d : documents) {
    DocumentInfo info;
    info.path = d.name;
    info.size = 100000;
    info.sha256 = std::string(64, '0');
    if (!d.published.empty()) info.published = d.published;
    set.documents.push_back(info);
    std::size_t offset = 0;
    for (const auto& text : d.claims) {
      Json j = Json::parse(text);
      Claim c;
      c.id = j.at("id").get<std::string>();
      c.kind = *claim_kind_from(j.at("kind").get<std::string>());
      c.slot = j.at("slot");
      c.value = j.at("value");
      c.span = {offset, offset + 1, 1, offset + 1, "x"};
      c.document = set.documents.size() - 1;
      c.ordinal = offset;
      offset += 2;
      validate(c, info);
      set.claims.push_back(c);
    }
  }
  return set;
}

CheckResult check(const ClaimSet& set, SolveBudget budget) {
  CheckOptions options;
  options.budget = budget;
  return check_claims(set, shipped_rules(), options);
}

const Contradiction* find_contradiction(const CheckResult& result, std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  for (const auto& c : result.contradictions) {
    if (c.claims == ids) return &c;
  }
  return nullptr;
}

ClaimSet only_claims(const ClaimSet& set, const std::vector<std::string>& ids) {
  ClaimSet out;
  out.documents = set.documents;
  for (const auto& c : set.claims) {
    if (std::find(ids.begin(), ids.end(), c.id) != ids.end()) out.claims.push_back(c);
  }
  return out;
}

void check_each_contradiction_minimal(const ClaimSet& set, const CheckResult& result) {
  for (const auto& c : result.contradictions) {
    INFO(c.id << ": " << c.message);
    CHECK_FALSE(check(only_claims(set, c.claims)).contradictions.empty());
    for (std::size_t drop = 0; drop < c.claims.size(); ++drop) {
      std::vector<std::string> rest = c.claims;
      rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(drop));
      INFO("without " << c.claims[drop]);
      CHECK(check(only_claims(set, rest)).contradictions.empty());
    }
  }
}

}  // namespace factaudit::testing
