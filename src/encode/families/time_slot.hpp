/// Shared by the time families (date, ordering, office, status): reading time values of claims.
#pragma once

#include <string>

#include "factaudit/encode/encoding.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/normalize/time_value.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit::families {

/// The claim's document publication date, the reference for relative time.
const std::optional<std::string>& published_of(const Claim& claim, const ClaimSet& set);

/// Resolves value[field] (a time value) for a claim.
ResolvedTime claim_time(const Claim& claim, const ClaimSet& set, const Rulebook& rules, const char* field);

/// `d` within one of the readings, each widened by `delta` days when given.
z3::expr within_readings(const z3::expr& d, const ResolvedTime& time, Encoding& enc, const z3::expr* delta);

/// Tells the encoding the latest day the readings mention (frame assumptions run until then).
void note_readings(const ResolvedTime& time, Encoding& enc);

/// A required non-empty string field of a JSON object.
std::string required_string(const Json& obj, const std::string& path, const char* key);

/// "opening of the Kazakh embassy in Kabul" from "event.kz-embassy-kabul-opened" (dashes to spaces).
std::string describe_event(const std::string& subject, const std::string& measure, const Rulebook& rules);

}  // namespace factaudit::families
