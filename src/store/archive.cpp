#include "factaudit/store/archive.hpp"

#include <filesystem>

#include "factaudit/model/diagnostic.hpp"
#include "factaudit/store/schema.hpp"
#include "sqlite.hpp"

namespace factaudit {

namespace fs = std::filesystem;

namespace {

std::string signature_bytes(const std::vector<std::uint32_t>& signature) {
  std::string out;
  out.reserve(4 * signature.size());
  for (std::uint32_t v : signature) {
    for (int b = 0; b < 4; ++b) out += static_cast<char>((v >> (8 * b)) & 0xff);
  }
  return out;
}

std::vector<std::uint32_t> signature_values(const std::string& bytes) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4) {
    std::uint32_t v = 0;
    for (int b = 0; b < 4; ++b) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + b])) << (8 * b);
    out.push_back(v);
  }
  return out;
}

std::string rules_json(const std::map<std::string, std::string>& rules) {
  Json out = Json::object();
  for (const auto& [rule, reason] : rules) out[rule] = reason;
  return out.dump();
}

/// A transaction that rolls back unless committed (an exception leaves the archive as it was).
class Transaction {
 public:
  explicit Transaction(sqlite::Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (!done_) rollback();
  }
  void commit() {
    db_.exec("COMMIT");
    done_ = true;
  }
  void rollback() {
    done_ = true;
    try {
      db_.exec("ROLLBACK");
    } catch (const std::exception&) {  // a failed statement may have ended the transaction already
    }
  }

 private:
  sqlite::Database& db_;
  bool done_ = false;
};

constexpr const char* kDocumentColumns =
    "id, path, sha256, size, published, title, source, signature, suppressed_rules, claim_file, claim_file_sha256, "
    "claim_count";
constexpr const char* kClaimColumns =
    "serial, document, id, ordinal, kind, slot, value, span_start, span_end, span_line, span_column, span_text, suppressed";

ArchivedDocument read_document_row(const sqlite::Statement& row) {
  ArchivedDocument out;
  out.row = row.integer(0);
  out.info.path = row.text(1);
  out.info.sha256 = row.text(2);
  out.info.size = static_cast<std::uint64_t>(row.integer(3));
  if (!row.is_null(4)) out.info.published = row.text(4);
  out.info.title = row.text(5);
  out.info.source = row.text(6);
  out.info.signature = signature_values(row.blob(7));
  Json rules = Json::parse(row.text(8));
  for (const auto& [rule, reason] : rules.items()) out.info.suppressed_rules[rule] = reason.get<std::string>();
  if (!row.is_null(9)) out.info.claim_file = row.text(9);
  if (!row.is_null(10)) out.claim_file_sha256 = row.text(10);
  out.claim_count = static_cast<std::size_t>(row.integer(11));
  return out;
}

Claim read_claim_row(const sqlite::Statement& row) {
  Claim claim;
  claim.id = row.text(2);
  claim.ordinal = static_cast<std::size_t>(row.integer(3));
  auto kind = claim_kind_from(row.text(4));
  if (!kind) throw std::runtime_error("unknown claim kind '" + row.text(4) + "'");
  claim.kind = *kind;
  claim.slot = Json::parse(row.text(5));
  claim.value = Json::parse(row.text(6));
  claim.span.start = static_cast<std::size_t>(row.integer(7));
  claim.span.end = static_cast<std::size_t>(row.integer(8));
  claim.span.line = static_cast<std::size_t>(row.integer(9));
  claim.span.column = static_cast<std::size_t>(row.integer(10));
  claim.span.text = row.text(11);
  if (!row.is_null(12)) claim.suppressed = row.text(12);
  return claim;
}

}  // namespace

std::string archive_path(const std::string& path) { return fs::path(path).lexically_normal().generic_string(); }

Archive::Archive(const std::string& path, ArchiveAccess access, int busy_timeout_ms) : path_(path) {
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (access == ArchiveAccess::read && !exists) {
    throw InputError({path}, "no archive here (factaudit ingest creates one)");
  }
  if (exists && fs::is_directory(path, ec)) throw InputError({path}, "is a folder, not an archive file");
  db_ = std::make_unique<sqlite::Database>(path, access == ArchiveAccess::write, access == ArchiveAccess::write,
                                           busy_timeout_ms);
  open_schema(access);
}

Archive::~Archive() {
  under_query_.reset();  // statements go before their connection
  claim_query_.reset();
  keys_query_.reset();
  if (reading_) {
    try {
      db_->exec("COMMIT");
    } catch (const std::exception&) {  // a read transaction has nothing to lose
    }
  }
}

void Archive::open_schema(ArchiveAccess access) {
  db_->exec("PRAGMA foreign_keys = ON");
  if (access == ArchiveAccess::read) {
    db_->exec("BEGIN");  // one snapshot for the whole run
    reading_ = true;
  }
  // the first reads: a file that is not a database fails here, before anything is written
  std::int64_t application = db_->integer("PRAGMA application_id");
  version_ = static_cast<int>(db_->integer("PRAGMA user_version"));
  bool empty = db_->integer("SELECT count(*) FROM sqlite_master") == 0;
  if (application != kArchiveApplicationId && !(version_ == 0 && empty)) {
    throw InputError({path_}, "not a factaudit archive (an SQLite database of another application)");
  }
  if (version_ > latest_archive_version()) {
    throw InputError({path_}, "the archive has schema version " + std::to_string(version_) +
                                  ", written by a newer factaudit; this one reads versions up to " +
                                  std::to_string(latest_archive_version()) + " (nothing was changed)");
  }
  if (access == ArchiveAccess::read) {
    if (version_ == 0) throw InputError({path_}, "an empty file, not an archive yet (factaudit ingest creates one)");
    if (version_ < latest_archive_version()) {
      throw InputError({path_}, "the archive has schema version " + std::to_string(version_) + "; run factaudit ingest "
                                    "on it once to bring it to version " + std::to_string(latest_archive_version()));
    }
    return;
  }
  // WAL: readers never wait for the writer, and a crash leaves the last committed transaction
  {
    sqlite::Statement journal = db_->prepare("PRAGMA journal_mode = WAL");
    if (!journal.step() || journal.text(0) != "wal") {
      throw InputError({path_}, "cannot switch the archive to write-ahead logging (journal mode " + journal.text(0) + ")");
    }
  }
  db_->exec("PRAGMA synchronous = NORMAL");  // in WAL mode: a process crash loses no committed transaction
  migrate();
}

void Archive::migrate() {
  if (version_ == latest_archive_version()) return;
  Transaction transaction(*db_);
  version_ = static_cast<int>(db_->integer("PRAGMA user_version"));  // another process may have done it meanwhile
  for (const Migration& m : archive_migrations()) {
    if (m.version <= version_) continue;
    db_->exec(m.sql);
    version_ = m.version;
  }
  db_->exec(("PRAGMA application_id = " + std::to_string(kArchiveApplicationId)).c_str());
  db_->exec(("PRAGMA user_version = " + std::to_string(version_)).c_str());
  transaction.commit();
}

bool Archive::holds(const std::string& path, const std::string& sha256, const std::string& claim_file_sha256) {
  sqlite::Statement find = db_->prepare("SELECT sha256, coalesce(claim_file_sha256, '') FROM documents WHERE path = ?");
  find.bind(1, archive_path(path));
  return find.step() && find.text(0) == sha256 && find.text(1) == claim_file_sha256;
}

PutOutcome Archive::put(const ArchivedDocument& document) {
  const DocumentInfo& info = document.info;
  std::string path = archive_path(info.path);
  Transaction transaction(*db_);
  sqlite::Statement find =
      db_->prepare("SELECT id, sha256, coalesce(claim_file_sha256, '') FROM documents WHERE path = ?");
  find.bind(1, path);
  std::optional<std::int64_t> row;
  if (find.step()) {
    if (find.text(1) == info.sha256 && find.text(2) == document.claim_file_sha256) {
      transaction.rollback();
      return PutOutcome::unchanged;
    }
    row = find.integer(0);
  }
  find.reset();
  if (row) {
    sqlite::Statement drop = db_->prepare("DELETE FROM claims WHERE document = ?");  // and their keys (cascade)
    drop.bind(1, *row).run();
  }
  sqlite::Statement write = db_->prepare(
      row ? "UPDATE documents SET path = ?1, sha256 = ?2, size = ?3, published = ?4, title = ?5, source = ?6, bytes = ?7, "
            "signature = ?8, suppressed_rules = ?9, claim_file = ?10, claim_file_sha256 = ?11, claim_count = ?12 WHERE id = ?13"
          : "INSERT INTO documents (path, sha256, size, published, title, source, bytes, signature, suppressed_rules, "
            "claim_file, claim_file_sha256, claim_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  write.bind(1, path).bind(2, info.sha256).bind(3, static_cast<std::int64_t>(info.size));
  if (info.published) write.bind(4, *info.published);
  else write.bind_null(4);
  write.bind(5, info.title).bind(6, info.source).bind_blob(7, document.bytes);
  write.bind_blob(8, signature_bytes(info.signature)).bind(9, rules_json(info.suppressed_rules));
  if (info.claim_file.empty()) write.bind_null(10);
  else write.bind(10, info.claim_file);
  if (document.claim_file_sha256.empty()) write.bind_null(11);
  else write.bind(11, document.claim_file_sha256);
  write.bind(12, static_cast<std::int64_t>(document.claims.size()));
  if (row) write.bind(13, *row);
  write.run();
  std::int64_t id = row ? *row : db_->last_insert_row();

  sqlite::Statement add_claim = db_->prepare(
      "INSERT INTO claims (id, document, ordinal, kind, slot, value, span_start, span_end, span_line, span_column, "
      "span_text, suppressed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  sqlite::Statement add_key = db_->prepare("INSERT OR IGNORE INTO claim_keys (key, claim) VALUES (?1, ?2)");
  for (std::size_t i = 0; i < document.claims.size(); ++i) {
    const Claim& c = document.claims[i];
    add_claim.bind(1, c.id).bind(2, id).bind(3, static_cast<std::int64_t>(i)).bind(4, to_string(c.kind));
    add_claim.bind(5, c.slot.dump()).bind(6, c.value.dump());
    add_claim.bind(7, static_cast<std::int64_t>(c.span.start)).bind(8, static_cast<std::int64_t>(c.span.end));
    add_claim.bind(9, static_cast<std::int64_t>(c.span.line)).bind(10, static_cast<std::int64_t>(c.span.column));
    add_claim.bind(11, c.span.text);
    if (c.suppressed) add_claim.bind(12, *c.suppressed);
    else add_claim.bind_null(12);
    add_claim.run();
    std::int64_t serial = db_->last_insert_row();
    if (i < document.keys.size()) {
      for (const auto& key : document.keys[i]) add_key.bind(1, key).bind(2, serial).run();
    }
  }
  transaction.commit();
  return row ? PutOutcome::replaced : PutOutcome::added;
}

ArchiveStats Archive::stats() {
  ArchiveStats out;
  out.schema_version = version_;
  out.documents = static_cast<std::size_t>(db_->integer("SELECT count(*) FROM documents"));
  out.claims = static_cast<std::size_t>(db_->integer("SELECT count(*) FROM claims"));
  out.keys = static_cast<std::size_t>(db_->integer("SELECT count(DISTINCT key) FROM claim_keys"));
  sqlite::Statement kinds = db_->prepare("SELECT kind, count(*) FROM claims GROUP BY kind ORDER BY kind");
  while (kinds.step()) out.claims_by_kind[kinds.text(0)] = static_cast<std::size_t>(kinds.integer(1));
  std::error_code ec;
  out.file_bytes = fs::file_size(path_, ec);
  if (ec) out.file_bytes = 0;
  out.wal_bytes = fs::file_size(path_ + "-wal", ec);
  if (ec) out.wal_bytes = 0;
  return out;
}

void Archive::each_document(const std::function<void(const ArchivedDocument&)>& each) {
  sqlite::Statement documents = db_->prepare(std::string("SELECT ") + kDocumentColumns + " FROM documents ORDER BY path");
  sqlite::Statement claims = db_->prepare(std::string("SELECT ") + kClaimColumns +
                                          " FROM claims WHERE document = ? ORDER BY span_start, id");
  sqlite::Statement keys = db_->prepare("SELECT key FROM claim_keys WHERE claim = ? ORDER BY key");
  while (documents.step()) {
    ArchivedDocument document = read_document_row(documents);
    claims.bind(1, document.row);
    while (claims.step()) {
      document.claims.push_back(read_claim_row(claims));
      keys.bind(1, claims.integer(0));
      document.keys.emplace_back();
      while (keys.step()) document.keys.back().push_back(keys.text(0));
      keys.reset();
    }
    claims.reset();
    each(document);
  }
}

sqlite::Statement& Archive::kept(std::unique_ptr<sqlite::Statement>& slot, const std::string& sql) {
  if (!slot) slot = std::make_unique<sqlite::Statement>(db_->prepare(sql));
  return *slot;
}

std::vector<std::int64_t> Archive::claims_under(const std::string& key) {
  sqlite::Statement& find = kept(under_query_, "SELECT claim FROM claim_keys WHERE key = ? ORDER BY claim");
  find.bind(1, key);
  std::vector<std::int64_t> out;
  while (find.step()) out.push_back(find.integer(0));
  find.reset();
  return out;
}

ArchiveClaim Archive::claim(std::int64_t serial) {
  sqlite::Statement& find = kept(claim_query_, std::string("SELECT ") + kClaimColumns + " FROM claims WHERE serial = ?");
  find.bind(1, serial);
  if (!find.step()) throw InputError({path_}, "claim " + std::to_string(serial) + " is missing from the archive");
  ArchiveClaim out;
  out.serial = serial;
  out.document = find.integer(1);
  out.claim = read_claim_row(find);
  find.reset();
  sqlite::Statement& keys = kept(keys_query_, "SELECT key FROM claim_keys WHERE claim = ? ORDER BY key");
  keys.bind(1, serial);
  while (keys.step()) out.keys.push_back(keys.text(0));
  keys.reset();
  ++claims_read_;
  return out;
}

ArchivedDocument Archive::document(std::int64_t row, bool with_bytes) {
  sqlite::Statement find = db_->prepare(std::string("SELECT ") + kDocumentColumns + ", bytes FROM documents WHERE id = ?");
  find.bind(1, row);
  if (!find.step()) throw InputError({path_}, "document " + std::to_string(row) + " is missing from the archive");
  ArchivedDocument out = read_document_row(find);
  if (with_bytes) out.bytes = find.blob(12);
  return out;
}

std::optional<std::int64_t> Archive::document_at(const std::string& path) {
  sqlite::Statement find = db_->prepare("SELECT id FROM documents WHERE path = ?");
  find.bind(1, archive_path(path));
  if (!find.step()) return std::nullopt;
  return find.integer(0);
}

}  // namespace factaudit
