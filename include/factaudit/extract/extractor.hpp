/// Extraction: one document in, its claims out, each with its exact byte span in the original file.
#pragma once

#include <string>
#include <vector>

#include "factaudit/model/claim.hpp"

#include "factaudit/extract/lexicon.hpp"
#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/ingest/document.hpp"

namespace factaudit {

struct ExtractedDocument {
  Document document;
  std::vector<Claim> claims;  // `document` index fields are 0; the caller places them in a ClaimSet
  std::vector<UnresolvedStatement> unresolved;  // `document` fields are 0, as for claims
  std::string home, partner;  // the countries the document is about, as the extractor understood them
};

/// Extracts every claim of a document. `validate` checks each claim as the claim-file loader would;
/// a claim it rejects becomes unresolved with the reason.
ExtractedDocument extract_document(Document document, const Lexicon& lexicon, const ClaimValidator& validate);

/// The text of the claim file (format v1, two-space indented JSON) for an extracted document, to be
/// written in `output_folder`.
std::string claim_file_text(const ExtractedDocument& extracted, const std::string& output_folder);

}  // namespace factaudit
