/// The keys that relate claims across documents: two claims are related when they share one.
#pragma once

#include <string>
#include <vector>

#include "factaudit/model/claim.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// Per claim of `set`, sorted: the slot keys its family indexes it under (the same figure, both years of
/// a change, an office, a ranking) and "entity:ID" for every entity its slot names (the countries of a
/// subject, pair or direction, of an office, a status, a ranking's `among`, a reference or a whole; a
/// person or organisation). Axioms only link slots of the same entities, so a claim and the archive
/// claims an axiom could link it with always share an entity key.
std::vector<std::vector<std::string>> related_keys(const ClaimSet& set, const Rulebook& rules);

/// The entity ids named in one slot field value ("KZ>AF" → KZ, AF; "ambassador:CN>AF" → CN, AF;
/// "person:tokayev" → itself).
std::vector<std::string> entities_named(const std::string& text);

}  // namespace factaudit
