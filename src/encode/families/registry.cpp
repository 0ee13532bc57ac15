// The registry of claim families: one line per claim kind, in the order of ClaimKind.
#include <stdexcept>

#include "factaudit/encode/family.hpp"

namespace factaudit {

namespace families {
const ClaimFamily& quantity_family();
const ClaimFamily& change_family();
const ClaimFamily& share_family();
const ClaimFamily& date_family();
const ClaimFamily& ordering_family();
const ClaimFamily& count_family();
const ClaimFamily& rank_family();
const ClaimFamily& office_family();
const ClaimFamily& status_family();
const ClaimFamily& identity_family();
}  // namespace families

const std::vector<const ClaimFamily*>& all_families() {
  static const std::vector<const ClaimFamily*> kFamilies = {
      &families::quantity_family(), &families::change_family(), &families::share_family(),
      &families::date_family(),     &families::ordering_family(), &families::count_family(),
      &families::rank_family(),     &families::office_family(),   &families::status_family(),
      &families::identity_family(),
  };
  return kFamilies;
}

const ClaimFamily& family_of(ClaimKind kind) {
  const ClaimFamily& family = *all_families().at(static_cast<std::size_t>(kind));
  if (family.kind() != kind) throw std::logic_error("claim family registry out of order");
  return family;
}

}  // namespace factaudit
