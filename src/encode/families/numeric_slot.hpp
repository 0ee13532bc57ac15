/// Shared by the numeric families (quantity, change, share): reading numeric slots and naming them.
#pragma once

#include <string>

#include "factaudit/encode/encoding.hpp"
#include "factaudit/encode/slot_index.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/normalize/stated_value.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit::families {

/// The numeric slot named by `slot` with its period taken from `period_field`; the unit is the
/// slot's `unit`. Throws ClaimValueError for unknown measures, units of the wrong dimension, bad periods.
NumericSlot read_numeric_slot(const Json& slot, const char* period_field, const Rulebook& rules,
                              bool unit_required = true);

/// Like read_numeric_slot, for a nested slot object ("whole" of a share) that inherits the period,
/// unit and qualifiers it does not state.
NumericSlot read_nested_slot(const Json& outer, const char* nested_field, const Rulebook& rules,
                             bool unit_required = true);

/// "Afghanistan–Kazakhstan", "Kazakhstan → Afghanistan", or the entity's name.
std::string describe_subject(const std::string& subject, const Rulebook& rules);

/// "trade turnover Afghanistan–Kazakhstan, 2023 (flour)".
std::string describe_slot(const NumericSlot& slot, const Rulebook& rules);

/// Constraints every numeric slot carries (non-negative measures).
void numeric_background(const NumericSlot& slot, const z3::expr& var, Encoding& enc);

}  // namespace factaudit::families
