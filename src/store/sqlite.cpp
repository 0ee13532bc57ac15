#include "sqlite.hpp"

#include "factaudit/model/diagnostic.hpp"

namespace factaudit::sqlite {

Database::Database(std::string path, bool writable, bool create, int busy_timeout_ms)
    : path_(std::move(path)), busy_timeout_ms_(busy_timeout_ms) {
  int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | (create ? SQLITE_OPEN_CREATE : 0) |
              SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw InputError({path_}, "cannot open the archive: " + why);
  }
  sqlite3_extended_result_codes(db_, 0);
  sqlite3_busy_timeout(db_, busy_timeout_ms_);
}

Database::~Database() { sqlite3_close(db_); }

void Database::fail(int rc, std::string_view doing) const {
  std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw InputError({path_}, "the archive is locked by another process (gave up after waiting " +
                                    std::to_string(busy_timeout_ms_) + " ms while " + std::string(doing) +
                                    "); nothing was changed, try again when it has finished");
    case SQLITE_NOTADB:
      throw InputError({path_}, "not a factaudit archive: the file is not an SQLite database");
    case SQLITE_CORRUPT:
      throw InputError({path_}, "the archive is damaged (" + detail + ") while " + std::string(doing));
    case SQLITE_READONLY:
      throw InputError({path_}, "cannot write the archive (" + detail + ")");
    case SQLITE_FULL:
      throw InputError({path_}, "the disk is full while " + std::string(doing) + "; the last document was not written");
    default:
      throw InputError({path_}, "archive error while " + std::string(doing) + ": " + detail);
  }
}

void Database::exec(const char* sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
  sqlite3_free(message);
  if (rc != SQLITE_OK) fail(rc, std::string("running ") + std::string(std::string_view(sql).substr(0, 40)));
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
  if (rc != SQLITE_OK) fail(rc, "reading the archive");
  return Statement(*this, statement);
}

std::int64_t Database::integer(const char* sql) {
  Statement statement = prepare(sql);
  if (!statement.step()) fail(SQLITE_ERROR, std::string("reading ") + sql);
  return statement.integer(0);
}

Statement& Statement::bind(int at, std::string_view text) {
  int rc = sqlite3_bind_text(statement_, at, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

Statement& Statement::bind(int at, std::int64_t number) {
  int rc = sqlite3_bind_int64(statement_, at, number);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

Statement& Statement::bind_blob(int at, std::string_view bytes) {
  if (bytes.empty()) return bind_null(at);
  int rc = sqlite3_bind_blob64(statement_, at, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

Statement& Statement::bind_null(int at) {
  int rc = sqlite3_bind_null(statement_, at);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(statement_);
  db_->fail(rc, "reading or writing the archive");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::string Statement::text(int column) const {
  const unsigned char* p = sqlite3_column_text(statement_, column);
  int n = sqlite3_column_bytes(statement_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::string Statement::blob(int column) const {
  const void* p = sqlite3_column_blob(statement_, column);
  int n = sqlite3_column_bytes(statement_, column);
  return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

}  // namespace factaudit::sqlite
