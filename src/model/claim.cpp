#include "factaudit/model/claim.hpp"

#include <algorithm>
#include <array>

namespace factaudit {

namespace {
const std::vector<std::string_view> kKindNames = {"quantity", "change", "share",  "date",   "ordering",
                                                  "count",    "rank",   "office", "status", "identity"};
}

std::string_view to_string(ClaimKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<ClaimKind> claim_kind_from(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<ClaimKind>(i);
  }
  return std::nullopt;
}

const std::vector<std::string_view>& claim_kind_names() { return kKindNames; }

std::string Claim::slot_field(std::string_view name) const {
  auto it = slot.find(std::string(name));
  if (it == slot.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::string Claim::subject() const { return slot_field("subject"); }
std::string Claim::measure() const { return slot_field("measure"); }

void sort_claims(ClaimSet& set) {
  std::sort(set.claims.begin(), set.claims.end(), [](const Claim& a, const Claim& b) {
    if (a.document != b.document) return a.document < b.document;
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    return a.id < b.id;
  });
}

}  // namespace factaudit
