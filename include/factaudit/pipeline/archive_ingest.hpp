/// Filing documents and claim files into the archive, one transaction per document.
#pragma once

#include <cstddef>
#include <vector>

#include "factaudit/extract/lexicon.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/store/archive.hpp"

namespace factaudit {

struct IngestCounts {
  std::size_t added = 0, replaced = 0, unchanged = 0;  // documents
  std::size_t claims = 0;                              // claims written
};

/// Extracts each document (or loads each claim file) and puts it into the archive with its claims and
/// their related keys, each document in its own transaction, so that a crash keeps every document
/// before it. A document whose path is archived with the same content is skipped before extraction.
/// Unusable inputs behave as for gather_claims (named: InputError; walked: a warning); a claim file
/// whose document has changed (stale) is skipped with its warning.
IngestCounts ingest_inputs(Archive& archive, const std::vector<InputFile>& files, const Rulebook& rules,
                           const Lexicon& lexicon, Warnings& warnings, const Progress& progress = {});

}  // namespace factaudit
