#include "factaudit/pipeline/audit.hpp"

#include "factaudit/pipeline/check.hpp"

namespace factaudit {

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
    Document document;
    try {
      document = read_document(file.path, sources);
    } catch (const InputError& e) {
      if (file.named) throw;
      warnings.push_back({e.where(), "skipped: " + e.message()});
      continue;
    }
    ExtractedDocument extracted = extract_document(std::move(document), lexicon, validate);
    std::size_t index = out.set.documents.size();
    out.set.documents.push_back(extracted.document.info);
    for (const Claim& c : extracted.claims) {
      Claim claim = c;
      claim.document = index;
      if (!out.set.claim_ids.insert(claim.id).second) {
        throw InputError({file.path}, "claim id '" + claim.id + "' is also used by another input (two documents with "
                                      "the same file name and content?)");
      }
      out.set.claims.push_back(std::move(claim));
    }
    for (UnresolvedStatement u : extracted.unresolved) {
      u.document = index;
      out.set.unresolved.push_back(std::move(u));
    }
    out.extracted.push_back(std::move(extracted));
  }
  return out;
}

}  // namespace factaudit
