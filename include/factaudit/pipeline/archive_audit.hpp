/// Auditing drafts against the archive: the archive claims related to the drafts join the run, and
/// only findings that involve a draft are reported.
#pragma once

#include <cstddef>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/model/diagnostic.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/store/archive.hpp"

namespace factaudit {

/// What an audit took from the archive.
struct ArchiveLoad {
  std::size_t draft_documents = 0;  // set.documents[0, draft_documents) are the drafts, the rest archived
  std::size_t draft_claims = 0;     // likewise for set.claims
  std::size_t rounds = 0;           // lookups of the key index until nothing new was related
  std::size_t keys = 0;             // keys looked up
  std::size_t claims_read = 0;      // archive claims read through them
  std::size_t claims_added = 0;     // of which joined the run: in a component with a draft claim
  std::size_t documents_added = 0;  // their documents
};

/// Adds to `set` (the drafts) the archive claims related to them, with their documents (archive
/// documents by path, each with its claims in order, after the drafts). Related: sharing a key
/// (related_keys) with a draft claim, then, until nothing new is found, with any claim of a component
/// that holds a draft claim; of those read, the claims that end up in such a component are added. An
/// archive document at the path of a draft is left out (the draft replaces it). An archived claim whose
/// id a draft already uses is renamed `ID@HASH` (a hash of its document's path). Archived claims the
/// current rules reject are left out with a warning.
ArchiveLoad add_related_claims(Archive& archive, ClaimSet& set, const Rulebook& rules, Warnings& warnings);

/// Drops the contradictions made of archive claims alone (known before the drafts), with the
/// corrections and undecided components that no longer concern a draft; returns how many were dropped.
std::size_t keep_findings_about_drafts(const ClaimSet& set, std::size_t draft_documents, CheckResult& result);

}  // namespace factaudit
