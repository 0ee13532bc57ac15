// Gathering claims: documents are extracted, claim files loaded, all into one ClaimSet.
#include "factaudit/pipeline/audit.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <set>
#include <thread>

#include "factaudit/cache/extraction_entry.hpp"
#include "factaudit/cache/result_cache.hpp"
#include "factaudit/ingest/suppressions.hpp"
#include "factaudit/ingest/text_signature.hpp"
#include "factaudit/pipeline/check.hpp"

namespace factaudit {

namespace {

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

/// Reads and extracts one document; nothing when it was found while walking and cannot be used (a
/// warning says why). A document named on the command line that cannot be used throws.
/// With a cache, an extraction of the same document under the same rules is read from it instead.
std::optional<ExtractedDocument> extract_file(const InputFile& file, const Rulebook& rules, const Lexicon& lexicon,
                                              const ClaimValidator& validate, SourcesIndex& sources, Warnings& warnings,
                                              const ResultCache* cache) {
  Document document;
  std::vector<Suppression> suppressions;
  std::string key;
  try {
    document = read_document(file.path, sources);
    if (cache) {
      key = extraction_key(document, rules);
      if (std::optional<std::string> entry = cache->get("extract", key)) {
        std::optional<ExtractedDocument> out = read_extraction_entry(*entry, document, warnings);
        if (out) return out;
      }
    }
    suppressions = find_suppressions(document.path, document.bytes);
  } catch (const InputError& e) {
    if (file.named) throw;
    warnings.push_back({e.where(), "skipped: " + e.message()});
    return std::nullopt;
  }
  document.info.signature = text_signature(document.bytes);  // the whole file, as for a claim file's document
  ExtractedDocument out = extract_document(std::move(document), lexicon, validate);
  Warnings found;
  apply_suppressions(suppressions, rules, out, found);
  if (cache) cache->put("extract", key, extraction_entry(out, found));
  warnings.insert(warnings.end(), found.begin(), found.end());
  return out;
}

}  // namespace

namespace {

/// Claim files read on worker threads, each into a set of its own, in input order; `loaded[n]` holds
/// file n's documents and claims (or its error).
struct LoadedFile {
  ClaimSet set;
  Warnings warnings;
  std::exception_ptr error;
};

std::vector<LoadedFile> load_claim_files(const std::vector<InputFile>& files, const ClaimValidator& validate, std::size_t jobs) {
  std::vector<LoadedFile> loaded(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t n = next++; n < files.size(); n = next++) {
      if (files[n].kind != InputKind::claims) continue;
      try {
        load_claim_file(files[n].path, validate, loaded[n].set, loaded[n].warnings);
      } catch (...) {
        loaded[n].error = std::current_exception();
      }
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t j = 1; j < jobs; ++j) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();
  return loaded;
}

/// Appends one claim file's documents and claims to the run's set. A claim id another file already
/// uses is an error, located by reading the file again against the run's claims.
void append_loaded(LoadedFile& file, const std::string& path, const ClaimValidator& validate, ClaimSet& set,
                   Warnings& warnings) {
  if (file.error) std::rethrow_exception(file.error);
  std::size_t offset = set.documents.size();
  for (const auto& claim : file.set.claims) {
    if (set.claim_ids.count(claim.id)) {
      load_claim_file(path, validate, set, warnings);  // throws at the duplicate's position
      throw InputError({path}, "duplicate claim id '" + claim.id + "'");
    }
  }
  for (auto& d : file.set.documents) set.documents.push_back(std::move(d));
  for (auto& claim : file.set.claims) {
    claim.document += offset;
    set.claim_ids.insert(claim.id);
    set.claims.push_back(std::move(claim));
  }
  for (auto& w : file.warnings) warnings.push_back(std::move(w));
  file = LoadedFile{};
}

}  // namespace

GatheredClaims gather_claims(const std::vector<InputFile>& files, const Rulebook& rules, const Lexicon& lexicon,
                             Warnings& warnings, const std::function<void(std::size_t, std::size_t)>& progress,
                             std::size_t jobs, const ResultCache* cache) {
  GatheredClaims out;
  ClaimValidator validate = claim_validator(rules);
  SourcesIndex sources;
  // claim files are parsed in parallel; documents are extracted in input order on this thread
  std::vector<LoadedFile> loaded = load_claim_files(files, validate, std::max<std::size_t>(1, jobs));
  for (std::size_t n = 0; n < files.size(); ++n) {
    if (progress) progress(n, files.size());
    const InputFile& file = files[n];
    if (file.kind == InputKind::claims) {
      append_loaded(loaded[n], file.path, validate, out.set, warnings);
      continue;
    }
    std::optional<ExtractedDocument> extracted = extract_file(file, rules, lexicon, validate, sources, warnings, cache);
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
  sort_claims(out.set);
  return out;
}

void extract_each(const std::vector<InputFile>& files, const Rulebook& rules, const Lexicon& lexicon, Warnings& warnings,
                  const std::function<void(ExtractedDocument&)>& each, const ResultCache* cache) {
  ClaimValidator validate = claim_validator(rules);
  SourcesIndex sources;
  for (const auto& file : files) {
    if (file.kind != InputKind::document) continue;
    std::optional<ExtractedDocument> extracted = extract_file(file, rules, lexicon, validate, sources, warnings, cache);
    if (extracted) each(*extracted);
  }
}

}  // namespace factaudit
