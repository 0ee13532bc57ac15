/// Every slot the claims of a run touch, by kind, so that domain axioms can find the slots they link.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "factaudit/model/claim.hpp"
#include "factaudit/normalize/calendar.hpp"

namespace factaudit {

struct NumericSlot {
  std::string key, measure, subject, unit;
  std::string period_text;                       // canonical, "" when absent
  std::optional<Period> period;
  std::map<std::string, std::string> qualifiers;  // product, place, ...
};

struct CountSlot {
  std::string key, subject, measure, when_text;  // when_text: canonical as_of/period
  std::optional<Period> when;
  std::map<std::string, std::string> qualifiers;
};

class SlotIndex {
 public:
  void add_numeric(const NumericSlot& slot) { numeric_.emplace(slot.key, slot); }
  void add_count(const CountSlot& slot) { counts_.emplace(slot.key, slot); }
  void add_event(const std::string& key) { events_.insert(key); }
  void add_office_holder(const std::string& office, const std::string& holder) { offices_[office].insert(holder); }
  /// A rank slot in a ranking (one ordering: measure, among whom, when, qualifiers).
  void add_rank(const std::string& ranking, const std::string& key) { rankings_[ranking].insert(key); }

  /// A count claim says its total breaks down along `qualifier` (the parts add up to it).
  void add_breakdown(const std::string& total_key, const std::string& qualifier, std::size_t claim) {
    breakdowns_[total_key].push_back({qualifier, claim});
  }
  const std::map<std::string, std::vector<std::pair<std::string, std::size_t>>>& breakdowns() const { return breakdowns_; }

  /// Records that claim `claim` touches `key`.
  void touch(std::size_t claim, const std::string& key) { claim_keys_[claim].push_back(key); }

  const std::map<std::string, NumericSlot>& numeric() const { return numeric_; }
  const std::map<std::string, CountSlot>& counts() const { return counts_; }
  const std::set<std::string>& events() const { return events_; }
  const std::map<std::string, std::set<std::string>>& offices() const { return offices_; }
  const std::map<std::string, std::set<std::string>>& rankings() const { return rankings_; }
  const std::map<std::size_t, std::vector<std::string>>& claim_keys() const { return claim_keys_; }

 private:
  std::map<std::string, NumericSlot> numeric_;
  std::map<std::string, CountSlot> counts_;
  std::set<std::string> events_;
  std::map<std::string, std::set<std::string>> offices_;  // office id -> holders
  std::map<std::string, std::set<std::string>> rankings_;  // ranking -> the rank slots of its subjects
  std::map<std::size_t, std::vector<std::string>> claim_keys_;
  std::map<std::string, std::vector<std::pair<std::string, std::size_t>>> breakdowns_;
};

}  // namespace factaudit
