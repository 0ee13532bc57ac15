/// Gathering a run's claims from documents (extracted) and claim files (loaded) into one ClaimSet.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "factaudit/extract/extractor.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

class ResultCache;

struct GatheredClaims {
  ClaimSet set;
};

/// Extracts every document and loads every claim file, in input order. A document named on the command
/// line that cannot be used throws InputError; one found while walking is skipped with a warning.
/// `progress`, when set, hears of each input before it is read. Claim files are parsed on `jobs` threads;
/// the result does not depend on it. With a `cache`, a document extracted before with the same path,
/// bytes, metadata and rules is taken from it instead; the result is the same.
GatheredClaims gather_claims(const std::vector<InputFile>& files, const Rulebook& rules, const Lexicon& lexicon,
                             Warnings& warnings, const std::function<void(std::size_t, std::size_t)>& progress = {},
                             std::size_t jobs = 1, const ResultCache* cache = nullptr);

/// Extracts the documents among `files` one at a time, in input order, handing each to `each` (errors
/// and cache as for gather_claims); nothing of a document is kept after `each` returns.
void extract_each(const std::vector<InputFile>& files, const Rulebook& rules, const Lexicon& lexicon, Warnings& warnings,
                  const std::function<void(ExtractedDocument&)>& each, const ResultCache* cache = nullptr);

}  // namespace factaudit
