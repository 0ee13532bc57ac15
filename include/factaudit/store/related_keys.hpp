/// The keys that relate claims across documents: two claims are related when they share one.
#pragma once

#include <string>
#include <vector>

#include "factaudit/model/claim.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// Per claim of `set`, sorted: the slot keys its family indexes it under (the same figure, both years of
/// a change, an office, an event, a ranking as "ranking:…"); then, for a figure (quantity, change,
/// share), "figures:A+B@YEAR" for its subject's entities and each year its periods cover, and for any
/// other claim "entity:ID" for every entity its slot names (the countries of a subject, pair or
/// direction, of an office, a status, a set, a ranking's `among` or a reference; a person or
/// organisation). The domain's axioms only link figures of one subject within one year (sums, parts,
/// sub-periods; a change names both its years) and other claims through an entity they share (an
/// office and the set of countries it puts someone in, a person's identities).
std::vector<std::vector<std::string>> related_keys(const ClaimSet& set, const Rulebook& rules);

/// The entity ids named in one slot field value ("KZ>AF" → KZ, AF; "ambassador:CN>AF" → CN, AF;
/// "person:tokayev" → itself).
std::vector<std::string> entities_named(const std::string& text);

}  // namespace factaudit
