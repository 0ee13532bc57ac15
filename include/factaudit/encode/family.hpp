/// A claim family: how one claim kind is validated, which slots it touches and how it is encoded.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factaudit/encode/encoding.hpp"
#include "factaudit/encode/slot_index.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// How a claim's value can be loosened to measure the smallest change that restores consistency.
enum class Relaxation {
  none,      // not a value that changes by degrees (offices, counts, status, identity)
  relative,  // numbers: widened by delta x |stated value|
  days,      // dates and durations: widened by delta days
};

class ClaimFamily {
 public:
  virtual ~ClaimFamily() = default;
  virtual ClaimKind kind() const = 0;
  /// Checks the kind-specific slot and value; throws ClaimValueError naming the field.
  virtual void validate(const Claim& claim, const DocumentInfo& doc, const Rulebook& rules) const = 0;
  /// Registers the slots the claim touches (index.touch + kind-specific entries).
  virtual void index(std::size_t claim, const ClaimSet& set, const Rulebook& rules, SlotIndex& index) const = 0;
  /// Adds the claim's constraints to its item. With `delta`, the relaxed form (see relaxation()).
  virtual void encode(std::size_t claim, Encoding& enc, std::size_t item, const z3::expr* delta) const = 0;
  /// Component-wide constraints once every claim is encoded (tenures, frame assumptions).
  virtual void finish(Encoding&) const {}
  virtual Relaxation relaxation(const Claim&) const { return Relaxation::none; }
  /// The unit of a one-step change for severity: 1 for relative (compared with the minor threshold),
  /// days of the stated granularity for dates.
  virtual long severity_unit_days(const Claim&, const Encoding&) const { return 1; }
  /// The term whose implied interval explains the conflict (the slot's value), when there is one.
  virtual std::optional<z3::expr> primary_term(std::size_t, Encoding&) const { return std::nullopt; }
  /// One line saying what the claim states, in the domain's words.
  virtual std::string describe(const Claim& claim, const ClaimSet& set, const Rulebook& rules) const = 0;
};

/// An identity claim that only says two names are probably one entity.
namespace families {
bool is_fuzzy_identity(const Claim& claim);
}

/// The registry: one family per claim kind.
const ClaimFamily& family_of(ClaimKind kind);
const std::vector<const ClaimFamily*>& all_families();

}  // namespace factaudit
