// The claim builders, one per claim kind; adding a kind adds one line here.
#include "factaudit/extract/claim_builder.hpp"

namespace factaudit {

const ClaimBuilder& quantity_builder();
const ClaimBuilder& change_builder();
const ClaimBuilder& office_builder();
const ClaimBuilder& date_builder();
const ClaimBuilder& rank_builder();
const ClaimBuilder& count_builder();
const ClaimBuilder& share_builder();
const ClaimBuilder& status_builder();
const ClaimBuilder& identity_builder();
const ClaimBuilder& named_period_builder();
const ClaimBuilder& ordering_builder();  // after date and named_period: places the events they found

const std::vector<const ClaimBuilder*>& all_claim_builders() {
  static const std::vector<const ClaimBuilder*> kBuilders = {
      &quantity_builder(),
      &change_builder(),
      &office_builder(),
      &date_builder(),
      &rank_builder(),
      &count_builder(),
      &share_builder(),
      &status_builder(),
      &identity_builder(),
      &named_period_builder(),
      &ordering_builder(),
  };
  return kBuilders;
}

}  // namespace factaudit
