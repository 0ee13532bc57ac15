// Ingest: claim files and named documents checked first (a bad one leaves the archive as it was), then one
// input at a time, hashed first, extracted or loaded only when the archive lacks it.
#include "factaudit/pipeline/archive_ingest.hpp"

#include <filesystem>

#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/ingest/document.hpp"
#include "factaudit/ingest/sha256.hpp"
#include "factaudit/ingest/suppressions.hpp"
#include "factaudit/ingest/text_position.hpp"
#include "factaudit/pipeline/audit.hpp"
#include "factaudit/store/related_keys.hpp"

namespace factaudit {

namespace {

/// The archive entry for the one document of `set` (claims and keys), with `bytes` as its original.
ArchivedDocument entry_of(ClaimSet& set, std::string bytes, const Rulebook& rules) {
  ArchivedDocument out;
  out.keys = related_keys(set, rules);
  out.info = std::move(set.documents.front());
  out.bytes = std::move(bytes);
  out.claims = std::move(set.claims);
  return out;
}

void count(PutOutcome outcome, std::size_t claims, IngestCounts& counts) {
  switch (outcome) {
    case PutOutcome::added: ++counts.added; break;
    case PutOutcome::replaced: ++counts.replaced; break;
    case PutOutcome::unchanged: ++counts.unchanged; return;
  }
  counts.claims += claims;
}

void ingest_claim_file(Archive& archive, const InputFile& file, const Rulebook& rules, Warnings& warnings,
                       IngestCounts& counts) {
  std::string text = read_file(file.path);
  ClaimSet set;
  load_claim_text(file.path, text, claim_validator(rules), set, warnings);
  const DocumentInfo& info = set.documents.front();
  if (info.stale) return;  // the loader has said why
  std::string digest = sha256_hex(text);
  if (archive.holds(info.path, info.sha256, digest)) {
    ++counts.unchanged;
    return;
  }
  std::string bytes = info.present ? read_file(info.path) : std::string();
  ArchivedDocument entry = entry_of(set, std::move(bytes), rules);
  entry.claim_file_sha256 = digest;
  count(archive.put(entry), entry.claims.size(), counts);
}

void ingest_document(Archive& archive, const InputFile& file, const Rulebook& rules, const Lexicon& lexicon,
                     Warnings& warnings, IngestCounts& counts) {
  std::string sha;
  try {
    sha = sha256_hex(read_file(file.path));
  } catch (const InputError& e) {
    if (file.named) throw;
    warnings.push_back({e.where(), "skipped: " + e.message()});
    return;
  }
  if (archive.holds(file.path, sha, "")) {
    ++counts.unchanged;
    return;
  }
  extract_each({file}, rules, lexicon, warnings, [&](ExtractedDocument& extracted) {
    ClaimSet set;
    set.documents.push_back(std::move(extracted.document.info));
    set.documents.front().path = file.path;
    set.claims = std::move(extracted.claims);
    for (Claim& c : set.claims) c.document = 0;
    ArchivedDocument entry = entry_of(set, std::move(extracted.document.bytes), rules);
    count(archive.put(entry), entry.claims.size(), counts);
  });
}

/// Every claim file and every document named on the command line is read and checked before anything
/// is written: one that cannot be used is an error while the archive is still as it was.
void require_usable(const std::vector<InputFile>& files, const Rulebook& rules) {
  SourcesIndex sources;
  ClaimValidator validate = claim_validator(rules);
  for (const InputFile& file : files) {
    if (file.kind == InputKind::claims) {
      ClaimSet set;
      Warnings ignored;  // said again when the file is ingested
      load_claim_text(file.path, read_file(file.path), validate, set, ignored);
    } else if (file.named) {
      Document document = read_document(file.path, sources);
      find_suppressions(document.path, document.bytes);
    }
  }
}

}  // namespace

IngestCounts ingest_inputs(Archive& archive, const std::vector<InputFile>& files, const Rulebook& rules,
                           const Lexicon& lexicon, Warnings& warnings, const Progress& progress) {
  require_usable(files, rules);
  IngestCounts counts;
  for (std::size_t n = 0; n < files.size(); ++n) {
    if (progress) progress(n, files.size());
    if (files[n].kind == InputKind::claims) ingest_claim_file(archive, files[n], rules, warnings, counts);
    else ingest_document(archive, files[n], rules, lexicon, warnings, counts);
  }
  return counts;
}

}  // namespace factaudit
