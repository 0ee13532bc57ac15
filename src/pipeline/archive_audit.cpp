// Drafts against the archive: related claims found through the key index, grown to a fixpoint over the
// components that hold a draft claim, so the work follows the drafts and not the archive's size.
#include "factaudit/pipeline/archive_audit.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "factaudit/encode/components.hpp"
#include "factaudit/ingest/sha256.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/store/related_keys.hpp"

namespace factaudit {

namespace {

/// Which claims of `set` share a component with a draft claim (the first `draft_claims`).
std::vector<bool> near_drafts(const ClaimSet& set, std::size_t draft_claims, const Rulebook& rules) {
  std::vector<bool> out(set.claims.size(), false);
  for (const Component& component : build_claim_graph(set, rules).components) {
    bool with_draft = std::any_of(component.claims.begin(), component.claims.end(),
                                  [&](std::size_t c) { return c < draft_claims; });
    if (!with_draft) continue;
    for (std::size_t c : component.claims) out[c] = true;
  }
  return out;
}

/// The drafts, then the archive documents by path with their claims in order: only the claims marked
/// in `keep` (every draft claim is).
ClaimSet kept_claims(ClaimSet& set, std::size_t draft_documents, const std::vector<bool>& keep, ArchiveLoad& load) {
  ClaimSet out;
  out.unresolved = std::move(set.unresolved);
  std::vector<std::size_t> archived;  // indices of archive documents with a kept claim
  std::map<std::size_t, std::vector<std::size_t>> claims_of;
  for (std::size_t i = 0; i < set.claims.size(); ++i) {
    if (!keep[i]) continue;
    if (set.claims[i].document < draft_documents) out.claims.push_back(std::move(set.claims[i]));
    else claims_of[set.claims[i].document].push_back(i);
  }
  for (std::size_t d = 0; d < draft_documents; ++d) out.documents.push_back(std::move(set.documents[d]));
  for (const auto& [document, claims] : claims_of) archived.push_back(document);
  std::sort(archived.begin(), archived.end(),
            [&](std::size_t a, std::size_t b) { return set.documents[a].path < set.documents[b].path; });
  for (std::size_t document : archived) {
    std::vector<std::size_t> claims = claims_of[document];
    std::sort(claims.begin(), claims.end(),
              [&](std::size_t a, std::size_t b) { return set.claims[a].ordinal < set.claims[b].ordinal; });
    std::size_t index = out.documents.size();
    out.documents.push_back(std::move(set.documents[document]));
    for (std::size_t c : claims) {
      out.claims.push_back(std::move(set.claims[c]));
      out.claims.back().document = index;
    }
    load.claims_added += claims.size();
  }
  load.documents_added = archived.size();
  for (const auto& c : out.claims) out.claim_ids.insert(c.id);
  return out;
}

}  // namespace

ArchiveLoad add_related_claims(Archive& archive, ClaimSet& set, const Rulebook& rules, Warnings& warnings) {
  ArchiveLoad load;
  load.draft_documents = set.documents.size();
  load.draft_claims = set.claims.size();
  std::set<std::int64_t> replaced;  // archive documents a draft stands for in this run
  for (const auto& document : set.documents) {
    if (auto row = archive.document_at(document.path)) replaced.insert(*row);
  }
  set.claim_ids.clear();
  for (const auto& c : set.claims) set.claim_ids.insert(c.id);
  ClaimValidator validate = claim_validator(rules);
  std::vector<std::vector<std::string>> keys = related_keys(set, rules);  // per claim of `set`
  std::map<std::int64_t, std::size_t> document_of_row;                    // archive row -> index in `set`
  std::set<std::int64_t> seen;
  std::set<std::string> queried;
  std::set<std::string> frontier;
  for (const auto& claim_keys : keys) frontier.insert(claim_keys.begin(), claim_keys.end());
  for (;;) {
    std::vector<std::string> fresh;
    for (const auto& key : frontier) {
      if (!queried.count(key)) fresh.push_back(key);
    }
    if (fresh.empty()) break;
    ++load.rounds;
    bool grew = false;
    for (const auto& key : fresh) {
      queried.insert(key);
      ++load.keys;
      for (std::int64_t serial : archive.claims_under(key)) {
        if (!seen.insert(serial).second) continue;
        ArchiveClaim found = archive.claim(serial);
        if (replaced.count(found.document)) continue;
        ++load.claims_read;
        auto [at, fresh_document] = document_of_row.emplace(found.document, set.documents.size());
        if (fresh_document) set.documents.push_back(archive.document(found.document, false).info);
        Claim claim = std::move(found.claim);
        claim.document = at->second;
        const DocumentInfo& document = set.documents[claim.document];
        try {
          validate(claim, document);
        } catch (const std::exception& e) {
          warnings.push_back({{archive.path()}, "archived claim '" + claim.id + "' of " + document.path +
                                                    " is not valid under these rules (" + e.what() + "); not used"});
          continue;
        }
        if (set.claim_ids.count(claim.id)) claim.id += "@" + sha256_hex(document.path).substr(0, 8);
        set.claim_ids.insert(claim.id);
        set.claims.push_back(std::move(claim));
        keys.push_back(std::move(found.keys));
        grew = true;
      }
    }
    if (!grew) break;
    std::vector<bool> near = near_drafts(set, load.draft_claims, rules);
    frontier.clear();
    for (std::size_t i = 0; i < set.claims.size(); ++i) {
      if (near[i]) frontier.insert(keys[i].begin(), keys[i].end());
    }
  }
  std::vector<bool> keep = near_drafts(set, load.draft_claims, rules);
  std::map<std::string, std::int64_t> row_of_path;
  for (const auto& [row, index] : document_of_row) row_of_path[set.documents[index].path] = row;
  set = kept_claims(set, load.draft_documents, keep, load);
  // the original bytes of the documents that joined, for the passages of the report
  for (std::size_t d = load.draft_documents; d < set.documents.size(); ++d) {
    std::string bytes = archive.document(row_of_path.at(set.documents[d].path), true).bytes;
    if (!bytes.empty()) set.documents[d].archived_bytes = std::move(bytes);
  }
  return load;
}

std::size_t keep_findings_about_drafts(const ClaimSet& set, std::size_t draft_documents, CheckResult& result) {
  std::set<std::string> drafts;
  for (const auto& c : set.claims) {
    if (c.document < draft_documents) drafts.insert(c.id);
  }
  auto touches_draft = [&](const std::vector<std::string>& claims) {
    return std::any_of(claims.begin(), claims.end(), [&](const std::string& id) { return drafts.count(id) > 0; });
  };
  std::size_t before = result.contradictions.size();
  std::erase_if(result.contradictions, [&](const Contradiction& c) { return !touches_draft(c.claims); });
  std::erase_if(result.unknown, [&](const UnknownComponent& u) { return !touches_draft(u.claims); });
  std::set<std::string> open_components;
  for (const auto& c : result.contradictions) open_components.insert(c.component);
  std::erase_if(result.corrections, [&](const Correction& k) { return !open_components.count(k.component); });
  return before - result.contradictions.size();
}

}  // namespace factaudit
