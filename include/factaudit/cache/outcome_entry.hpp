/// A bucket's component outcomes as a cache entry, keyed by everything checking the bucket reads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "factaudit/encode/components.hpp"
#include "factaudit/pipeline/component_check.hpp"

namespace factaudit {

/// The key of a bucket: its components in order (ids, slot keys, axiom instances) and, for each claim,
/// what it states and where, its document's metadata and suppressions, its source and its weight, and
/// the budget. Claims are named by id and documents by path, never by index, so a bucket keeps its
/// key when other documents are added or change.
std::string bucket_key(const CheckInputs& in, const std::vector<Component>& components,
                       const std::vector<std::size_t>& members);

/// The entry for the outcomes of a bucket's components, in the bucket's order (plain data: claim ids).
std::string outcomes_entry(const std::vector<ComponentOutcome>& outcomes, const std::vector<std::size_t>& members);

/// The outcomes of `count` components from an entry; nothing when it cannot be read.
std::optional<std::vector<ComponentOutcome>> read_outcomes_entry(const std::string& entry, std::size_t count);

}  // namespace factaudit
