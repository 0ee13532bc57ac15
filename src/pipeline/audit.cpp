// Gathering claims: documents are extracted, claim files loaded, all into one ClaimSet.
#include "factaudit/pipeline/audit.hpp"

#include <optional>

#include "factaudit/pipeline/check.hpp"

namespace factaudit {

namespace {

/// Reads and extracts one document; nothing when it was found while walking and cannot be used (a
/// warning says why). A document named on the command line that cannot be used throws.
std::optional<ExtractedDocument> extract_file(const InputFile& file, const Lexicon& lexicon, const ClaimValidator& validate,
                                              SourcesIndex& sources, Warnings& warnings) {
  Document document;
  try {
    document = read_document(file.path, sources);
  } catch (const InputError& e) {
    if (file.named) throw;
    warnings.push_back({e.where(), "skipped: " + e.message()});
    return std::nullopt;
  }
  return extract_document(std::move(document), lexicon, validate);
}

}  // namespace

GatheredClaims gather_claims(const std::vector<InputFile>& files, const Rulebook& rules, const Lexicon& lexicon,
                             Warnings& warnings) {
  GatheredClaims out;
  ClaimValidator validate = claim_validator(rules);
  SourcesIndex sources;
  for (const auto& file : files) {
    if (file.kind == InputKind::claims) {
      load_claim_file(file.path, validate, out.set, warnings);
      continue;
    }
    std::optional<ExtractedDocument> extracted = extract_file(file, lexicon, validate, sources, warnings);
    if (!extracted) continue;
    std::size_t index = out.set.documents.size();
    out.set.documents.push_back(std::move(extracted->document.info));
    for (Claim& claim : extracted->claims) {
      claim.document = index;
      if (!out.set.claim_ids.insert(claim.id).second) {
        throw InputError({file.path}, "claim id '" + claim.id + "' is also used by another input (two documents with "
                                      "the same file name and content?)");
      }
      out.set.claims.push_back(std::move(claim));
    }
    for (UnresolvedStatement& u : extracted->unresolved) {
      u.document = index;
      out.set.unresolved.push_back(std::move(u));
    }
  }
  return out;
}

void extract_each(const std::vector<InputFile>& files, const Rulebook& rules, const Lexicon& lexicon, Warnings& warnings,
                  const std::function<void(ExtractedDocument&)>& each) {
  ClaimValidator validate = claim_validator(rules);
  SourcesIndex sources;
  for (const auto& file : files) {
    if (file.kind != InputKind::document) continue;
    std::optional<ExtractedDocument> extracted = extract_file(file, lexicon, validate, sources, warnings);
    if (extracted) each(*extracted);
  }
}

}  // namespace factaudit
