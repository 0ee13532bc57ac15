/// The claim archive: documents and their claims in one SQLite file, with the keys that relate claims.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factaudit/model/claim.hpp"

namespace factaudit {

namespace sqlite {
class Database;
class Statement;
}

/// `read` needs an existing archive and never writes; `write` creates one when missing.
enum class ArchiveAccess { read, write };

/// One document with its claims, as it goes into the archive or comes out of it.
struct ArchivedDocument {
  std::int64_t row = 0;            // its row in the archive (0 before it is written)
  DocumentInfo info;               // path as given, size, sha256, metadata, signature, suppressed rules
  std::string bytes;               // the original file ("" when unknown or not asked for)
  std::string claim_file_sha256;   // for a document given by its claim file: that file's hash; "" when extracted
  std::size_t claim_count = 0;     // claims written with it
  std::vector<Claim> claims;       // by ordinal; `document` fields are not used
  std::vector<std::vector<std::string>> keys;  // per claim: the keys relating it to other claims
};

/// What `put` did with a document.
enum class PutOutcome { added, replaced, unchanged };

/// `factaudit store stats`.
struct ArchiveStats {
  int schema_version = 0;
  std::size_t documents = 0, claims = 0, keys = 0;
  std::map<std::string, std::size_t> claims_by_kind;
  std::uintmax_t file_bytes = 0;  // the database file
  std::uintmax_t wal_bytes = 0;   // its write-ahead log, not yet copied into it
};

/// A claim of the archive found through one of its keys.
struct ArchiveClaim {
  std::int64_t serial = 0;    // its row
  std::int64_t document = 0;  // its document's row
  Claim claim;                // `document` is 0
  std::vector<std::string> keys;
};

class Archive {
 public:
  /// Opens the archive at `path`; `write` creates it when missing and brings its schema up to date
  /// (WAL journal, foreign keys on). Throws InputError naming `path` for a missing archive (read), a file
  /// that is not a factaudit archive or is damaged, a schema newer than this factaudit reads, or a
  /// lock held by another process longer than `busy_timeout_ms`. Nothing is written before these checks.
  Archive(const std::string& path, ArchiveAccess access, int busy_timeout_ms = 5000);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  const std::string& path() const { return path_; }
  int schema_version() const { return version_; }

  /// True when `path` is archived with exactly this content (nothing to do).
  bool holds(const std::string& path, const std::string& sha256, const std::string& claim_file_sha256);
  /// Adds a document with its claims and keys in one transaction, replacing what its path had before;
  /// nothing is written when the archived content is the same.
  PutOutcome put(const ArchivedDocument& document);

  ArchiveStats stats();

  /// Every document by path with its claims by (start, id) and their keys, one at a time, without bytes.
  void each_document(const std::function<void(const ArchivedDocument&)>& each);

  /// The claims filed under `key`, by serial.
  std::vector<std::int64_t> claims_under(const std::string& key);
  ArchiveClaim claim(std::int64_t serial);
  /// A document's row without its claims; its bytes when asked.
  ArchivedDocument document(std::int64_t row, bool with_bytes);
  /// The row of the document archived at `path`, if any.
  std::optional<std::int64_t> document_at(const std::string& path);

  /// Claims read through claim() since opening (what an audit loaded).
  std::size_t claims_read() const { return claims_read_; }

 private:
  void open_schema(ArchiveAccess access);
  void migrate();

  /// A statement prepared once and kept for the archive's lifetime (lookups run once per claim).
  sqlite::Statement& kept(std::unique_ptr<sqlite::Statement>& slot, const std::string& sql);

  std::string path_;
  std::unique_ptr<sqlite::Database> db_;
  std::unique_ptr<sqlite::Statement> under_query_, claim_query_, keys_query_;
  int version_ = 0;
  bool reading_ = false;  // a read transaction is open (read access: one snapshot for the whole run)
  std::size_t claims_read_ = 0;
};

/// The document path as the archive records it: as given, with "." and ".." steps resolved.
std::string archive_path(const std::string& path);

}  // namespace factaudit
