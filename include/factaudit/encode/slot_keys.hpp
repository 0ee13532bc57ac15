/// Canonical slot keys: two claims meet in a slot exactly when their keys are equal.
#pragma once

#include <string>

#include "factaudit/encode/slot_index.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

/// Slot fields with a role of their own; every other string field of a slot is a qualifier.
bool is_structural_slot_field(const std::string& name);

/// "k=v;..." over the qualifiers of a slot, sorted; `skip` names one qualifier to leave out.
std::string qualifier_text(const Json& slot, const std::string& skip = "");

/// The canonical text of a period qualifier ("2023" → "2023-01-01..2023-12-31"); "" when absent.
/// Throws ClaimValueError(field) when it is not a period.
std::string canonical_period_field(const Json& slot, const char* field);

/// A numeric slot: measure, subject, period (canonical), unit and qualifiers.
std::string numeric_key(const std::string& measure, const std::string& subject, const std::string& period,
                        const std::string& unit, const std::string& qualifiers);

std::string event_key(const std::string& subject, const std::string& measure);
std::string status_key(const std::string& subject, const std::string& status);
std::string office_key(const std::string& office);

/// Variables of one holder's (single) term in an office: first and last day in post.
std::string tenure_start_key(const std::string& office, const std::string& holder);
std::string tenure_end_key(const std::string& office, const std::string& holder);

/// The holder of an office claim: the entity id; for "?" a holder of its own; for "?label" one unnamed
/// person shared by the claims of the same document that use the label.
std::string office_holder(const Claim& claim);
bool is_unnamed_holder(const std::string& holder);

/// The count slot of a count claim (subject, measure, as_of/period, qualifiers).
struct CountSlot read_count_slot(const Json& slot, const std::string& skip_qualifier = "");

/// The key of a membership variable: entity `member` is in the set of count slot `count_key`.
std::string member_key(const std::string& count_key, const std::string& member);

}  // namespace factaudit
