/// A thin RAII layer over the SQLite C API, private to the archive: one connection, prepared statements,
/// and every failure turned into an InputError that names the archive file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace factaudit::sqlite {

class Statement;

/// One connection to one database file.
class Database {
 public:
  /// Opens `path`; `create` allows a new file. Nothing is read yet (SQLite opens lazily).
  Database(std::string path, bool writable, bool create, int busy_timeout_ms);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Runs statements that return no rows.
  void exec(const char* sql);
  Statement prepare(std::string_view sql);
  /// One integer from a query that returns one row (a pragma, a count).
  std::int64_t integer(const char* sql);
  std::int64_t last_insert_row() const { return sqlite3_last_insert_rowid(db_); }

  const std::string& path() const { return path_; }
  int busy_timeout_ms() const { return busy_timeout_ms_; }
  /// Throws the InputError for result code `rc` of the last call, saying what was being done.
  [[noreturn]] void fail(int rc, std::string_view doing) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  int busy_timeout_ms_;
};

/// A prepared statement: bind by 1-based position, step through rows, reset to run again.
class Statement {
 public:
  Statement(const Database& db, sqlite3_stmt* statement) : db_(&db), statement_(statement) {}
  ~Statement() { sqlite3_finalize(statement_); }
  Statement(Statement&& other) noexcept : db_(other.db_), statement_(other.statement_) { other.statement_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  Statement& bind(int at, std::string_view text);
  Statement& bind(int at, std::int64_t number);
  Statement& bind_blob(int at, std::string_view bytes);  // empty: NULL
  Statement& bind_null(int at);

  /// Runs to the next row: true when there is one, false when done.
  bool step();
  /// Runs a statement that returns no rows, then resets it.
  void run();
  void reset();

  std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
  std::string text(int column) const;
  std::string blob(int column) const;  // "" for NULL
  bool is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

 private:
  const Database* db_;
  sqlite3_stmt* statement_;
};

}  // namespace factaudit::sqlite
