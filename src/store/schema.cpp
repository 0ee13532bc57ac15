// The archive's migrations. Never edit one that has shipped: add the next version instead.
#include "factaudit/store/schema.hpp"

namespace factaudit {

const std::vector<Migration>& archive_migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "documents, their claims and the keys that relate claims", R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,          -- as given on the command line or found by walking
  sha256 TEXT NOT NULL,               -- of the document's bytes
  size INTEGER NOT NULL,
  published TEXT,                     -- YYYY, YYYY-MM or YYYY-MM-DD
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  bytes BLOB,                         -- the original file, for passages; NULL when only its claim file was given
  signature BLOB,                     -- MinHash values, 4 bytes little-endian each; NULL when unknown
  suppressed_rules TEXT NOT NULL,     -- JSON object: rule id -> reason
  claim_file TEXT,                    -- the claim file it came from; NULL when extracted
  claim_file_sha256 TEXT,             -- that file's SHA-256: a changed claim file replaces the claims
  claim_count INTEGER NOT NULL        -- claims written with the document, to check the archive against
);
CREATE TABLE claims (
  serial INTEGER PRIMARY KEY,
  id TEXT NOT NULL,                   -- the claim id (unique within its document)
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,           -- its place among the document's claims
  kind TEXT NOT NULL,
  slot TEXT NOT NULL,                 -- JSON, as in a claim file
  value TEXT NOT NULL,                -- JSON, as in a claim file
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  span_line INTEGER NOT NULL,
  span_column INTEGER NOT NULL,
  span_text TEXT NOT NULL,
  suppressed TEXT,                    -- the reason, when the claim is suppressed
  UNIQUE (document, id)
);
CREATE INDEX claims_by_document ON claims(document);
CREATE TABLE claim_keys (
  key TEXT NOT NULL,                  -- a slot key or an entity: claims sharing one are related
  claim INTEGER NOT NULL REFERENCES claims(serial) ON DELETE CASCADE,
  PRIMARY KEY (key, claim)
) WITHOUT ROWID;
CREATE INDEX claim_keys_by_claim ON claim_keys(claim);
)sql"},
  };
  return kMigrations;
}

int latest_archive_version() { return archive_migrations().back().version; }

}  // namespace factaudit
