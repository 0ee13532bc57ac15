// Gathering claims: documents are extracted, claim files loaded, all into one ClaimSet.
#include "factaudit/pipeline/audit.hpp"

#include <optional>
#include <set>

#include "factaudit/ingest/suppressions.hpp"
#include "factaudit/ingest/text_signature.hpp"
#include "factaudit/pipeline/check.hpp"

namespace factaudit {

namespace {

/// Reads and extracts one document; nothing when it was found while walking and cannot be used (a
/// warning says why). A document named on the command line that cannot be used throws.
/// Marks the claims each suppression covers; a rule suppression is kept with the document.
void apply_suppressions(const std::vector<Suppression>& suppressions, const Rulebook& rules, ExtractedDocument& out,
                        Warnings& warnings) {
  std::set<std::string> rule_ids;
  for (const auto& axiom : rules.axioms) rule_ids.insert(axiom.id);
  for (const Suppression& s : suppressions) {
    std::optional<ClaimKind> kind = claim_kind_from(s.target);
    bool any = false;
    for (Claim& claim : out.claims) {
      bool covered = s.target == "next" ? claim.span.start >= s.from && claim.span.start < s.to
                                        : kind ? claim.kind == *kind : claim.id == s.target;
      if (!covered) continue;
      claim.suppressed = s.reason;
      any = true;
    }
    if (!kind && s.target != "next" && rule_ids.count(s.target)) {
      out.document.info.suppressed_rules[s.target] = s.reason;
      any = true;
    }
    if (!any) {
      warnings.push_back({s.where, "this suppression names '" + s.target + "', which is no claim, claim kind or rule here"});
    }
  }
}

std::optional<ExtractedDocument> extract_file(const InputFile& file, const Rulebook& rules, const Lexicon& lexicon,
                                              const ClaimValidator& validate, SourcesIndex& sources, Warnings& warnings) {
  Document document;
  std::vector<Suppression> suppressions;
  try {
    document = read_document(file.path, sources);
    suppressions = find_suppressions(document.path, document.bytes);
  } catch (const InputError& e) {
    if (file.named) throw;
    warnings.push_back({e.where(), "skipped: " + e.message()});
    return std::nullopt;
  }
  document.info.signature = text_signature(document.bytes);  // the whole file, as for a claim file's document
  ExtractedDocument out = extract_document(std::move(document), lexicon, validate);
  apply_suppressions(suppressions, rules, out, warnings);
  return out;
}

}  // namespace

GatheredClaims gather_claims(const std::vector<InputFile>& files, const Rulebook& rules, const Lexicon& lexicon,
                             Warnings& warnings, const std::function<void(std::size_t, std::size_t)>& progress) {
  GatheredClaims out;
  ClaimValidator validate = claim_validator(rules);
  SourcesIndex sources;
  for (std::size_t n = 0; n < files.size(); ++n) {
    if (progress) progress(n, files.size());
    const InputFile& file = files[n];
    if (file.kind == InputKind::claims) {
      load_claim_file(file.path, validate, out.set, warnings);
      continue;
    }
    std::optional<ExtractedDocument> extracted = extract_file(file, rules, lexicon, validate, sources, warnings);
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
    std::optional<ExtractedDocument> extracted = extract_file(file, rules, lexicon, validate, sources, warnings);
    if (extracted) each(*extracted);
  }
}

}  // namespace factaudit
