/// One component's constraints: claims, assumptions and rule instances, each behind its own literal.
#pragma once

#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <z3++.h>

#include "factaudit/encode/slot_index.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/normalize/calendar.hpp"
#include "factaudit/normalize/interval.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

enum class ItemRole { claim, assumption, rule };

/// Something that can be switched on or off as a whole: a claim, an assumption (frame, fuzzy
/// identity) or a rule instance. Its constraints hold when its literal is true.
struct TrackedItem {
  ItemRole role = ItemRole::claim;
  std::size_t claim = std::numeric_limits<std::size_t>::max();  // ClaimSet index, for claims
  std::string id;    // claim id, assumption id, or rule id
  std::string text;  // what it says, for explanations (assumptions and rule instances)
  bool fuzzy = false;  // a fuzzy identity: conflicts depending on it are at most minor
  std::vector<z3::expr> constraints;
};

/// A same-person link between two entity ids, switched by `literal`.
struct IdentityLink {
  std::string a, b;
  z3::expr literal;
};

class Encoding {
 public:
  Encoding(z3::context& ctx, const Rulebook& rules, const ClaimSet& claims, const SlotIndex& index);

  z3::context& ctx() const { return ctx_; }
  const Rulebook& rules() const { return rules_; }
  const ClaimSet& claims() const { return claims_; }
  const SlotIndex& index() const { return index_; }

  z3::expr real(const std::string& key) const { return ctx_.real_const(("r|" + key).c_str()); }
  z3::expr integer(const std::string& key) const { return ctx_.int_const(("i|" + key).c_str()); }
  z3::expr boolean(const std::string& key) const { return ctx_.bool_const(("b|" + key).c_str()); }
  z3::expr number(const mpq_class& q) const;

  /// x within an interval (open/closed/unbounded sides).
  z3::expr within(const z3::expr& x, const NumericInterval& interval) const;
  /// Day variable `d` within one of the readings of a time value.
  z3::expr within_days(const z3::expr& d, const std::vector<struct DaySpan>& readings) const;

  /// Starts the item of claim `claim` (ClaimSet index) and returns its item index.
  std::size_t begin_claim(std::size_t claim);
  /// Adds a constraint to an item.
  void require(std::size_t item, const z3::expr& constraint);
  /// A tracked assumption (frame assumption, fuzzy identity); returns its item index.
  std::size_t assume(const std::string& id, const std::string& text, bool fuzzy = false);
  /// A rule instance (hard in every check; tracked to report which rules a conflict uses).
  std::size_t rule(const std::string& rule_id, const std::string& text);
  /// Background facts that need no explanation (non-negativity, start <= end).
  void background(const z3::expr& constraint) { background_.push_back(constraint); }

  z3::expr literal(std::size_t item) const;
  std::optional<std::size_t> item_of_claim(std::size_t claim) const;

  /// Latest day any claim of the component refers to (frame assumptions persist until it).
  void note_day(DayNumber day);
  std::optional<DayNumber> horizon() const { return horizon_; }

  void add_identity_link(const std::string& a, const std::string& b, const z3::expr& literal);
  const std::vector<IdentityLink>& identity_links() const { return links_; }

  const std::vector<TrackedItem>& items() const { return items_; }
  const std::vector<z3::expr>& background_facts() const { return background_; }

  /// The claims of this component (ClaimSet indices, in order).
  std::vector<std::size_t> component_claims;

 private:
  z3::context& ctx_;
  const Rulebook& rules_;
  const ClaimSet& claims_;
  const SlotIndex& index_;
  std::vector<TrackedItem> items_;
  std::vector<z3::expr> background_;
  std::map<std::size_t, std::size_t> claim_items_;
  std::optional<DayNumber> horizon_;
  std::vector<IdentityLink> links_;
};

}  // namespace factaudit
