// The archive file: schema and pragmas, one transaction per document, and files it must refuse untouched.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "../unit_support.hpp"
#include "claim_builder.hpp"
#include "factaudit/store/archive.hpp"
#include "factaudit/store/related_keys.hpp"
#include "factaudit/store/schema.hpp"

using namespace factaudit;
using factaudit::unit::TempDir;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// Runs `sql` on a raw connection to `path` (created when missing) and returns the first column of the
/// last row it produced, as text.
std::string raw_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  std::string last;
  auto keep = [](void* out, int n, char** values, char**) {
    if (n > 0 && values[0]) *static_cast<std::string*>(out) = values[0];
    return 0;
  };
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), keep, &last, &error);
  std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  INFO(message);
  REQUIRE(rc == SQLITE_OK);
  return last;
}

/// One document of quantity claims, as ingest files it.
ArchivedDocument document_of(const std::string& path, const std::string& sha_digit, const std::vector<std::string>& claims) {
  ClaimSet set = testing::build_claims({{path, "2024-01", claims}});
  ArchivedDocument out;
  out.keys = related_keys(set, testing::shipped_rules());
  out.info = set.documents.front();
  out.info.sha256 = std::string(64, sha_digit.front());
  out.info.title = "A test document";
  out.info.signature = {1, 2, 0xfffffffe};
  out.info.suppressed_rules["trade.turnover-sum"] = "checked by hand";
  out.bytes = "the original bytes";
  out.claims = set.claims;
  return out;
}

std::string turnover(const std::string& id, const std::string& literal, const std::string& period = "2022") {
  return R"({"id": ")" + id + R"(", "kind": "quantity", "slot": {"subject": "CL-PE", "measure": "trade.turnover", "period": ")" +
         period + R"(", "unit": "USD"}, "value": {"literal": ")" + literal + R"(", "scale": "billion", "unit": "USD"}})";
}

std::string error_of(const std::function<void()>& body) {
  try {
    body();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a new archive has the latest schema, a write-ahead log, foreign keys and its application id", "[store]") {
  TempDir dir;
  std::string path = dir.str() + "/archive.db";
  {
    Archive archive(path, ArchiveAccess::write);
    CHECK(archive.schema_version() == latest_archive_version());
  }
  CHECK(raw_sql(path, "PRAGMA journal_mode") == "wal");
  CHECK(raw_sql(path, "PRAGMA user_version") == std::to_string(latest_archive_version()));
  CHECK(raw_sql(path, "PRAGMA application_id") == std::to_string(kArchiveApplicationId));
  CHECK(raw_sql(path, "SELECT count(*) FROM sqlite_master WHERE name IN ('documents', 'claims', 'claim_keys')") == "3");
  Archive reopened(path, ArchiveAccess::read);
  CHECK(reopened.stats().documents == 0);
}

TEST_CASE("put adds a document, skips the same content and replaces a changed one with its claims and keys", "[store]") {
  TempDir dir;
  std::string path = dir.str() + "/archive.db";
  Archive archive(path, ArchiveAccess::write);
  ArchivedDocument first = document_of("news/trade.md", "a", {turnover("t.1", "4.1"), turnover("t.2", "3.9", "2021")});
  CHECK(archive.put(first) == PutOutcome::added);
  CHECK(archive.holds("news/trade.md", first.info.sha256, ""));
  CHECK(archive.holds("news/./trade.md", first.info.sha256, ""));  // the same path, spelled otherwise
  CHECK_FALSE(archive.holds("news/trade.md", std::string(64, 'b'), ""));
  CHECK(archive.put(first) == PutOutcome::unchanged);
  CHECK(archive.stats().claims == 2);

  ArchivedDocument second = document_of("news/trade.md", "b", {turnover("t.3", "4.2", "2023")});
  CHECK(archive.put(second) == PutOutcome::replaced);
  ArchiveStats stats = archive.stats();
  CHECK(stats.documents == 1);
  CHECK(stats.claims == 1);
  CHECK(stats.claims_by_kind == std::map<std::string, std::size_t>{{"quantity", 1}});
  std::vector<ArchivedDocument> all;
  archive.each_document([&](const ArchivedDocument& d) { all.push_back(d); });
  REQUIRE(all.size() == 1);
  const ArchivedDocument& back = all.front();
  CHECK(back.info.path == "news/trade.md");
  CHECK(back.info.sha256 == std::string(64, 'b'));
  CHECK(back.info.published == "2024-01");
  CHECK(back.info.title == "A test document");
  CHECK(back.info.signature == std::vector<std::uint32_t>{1, 2, 0xfffffffe});
  CHECK(back.info.suppressed_rules.at("trade.turnover-sum") == "checked by hand");
  CHECK(back.claim_count == 1);
  REQUIRE(back.claims.size() == 1);
  CHECK(back.claims[0].id == "t.3");
  CHECK(back.claims[0].slot == second.claims[0].slot);
  CHECK(back.claims[0].value == second.claims[0].value);
  CHECK(back.keys[0] == second.keys[0]);
  CHECK(archive.document(back.row, true).bytes == "the original bytes");
  // the replaced claims' keys went with them: only the new claim's keys remain
  CHECK(raw_sql(path, "SELECT count(*) FROM claim_keys") == std::to_string(second.keys[0].size()));
  CHECK(raw_sql(path, "PRAGMA foreign_key_check") == "");
}

TEST_CASE("an archive of a newer schema is refused and left byte for byte as it was", "[store]") {
  TempDir dir;
  std::string path = dir.str() + "/newer.db";
  raw_sql(path, "CREATE TABLE documents (id INTEGER PRIMARY KEY); PRAGMA application_id = " +
                    std::to_string(kArchiveApplicationId) + "; PRAGMA user_version = 99;");
  std::string before = slurp(path);
  for (ArchiveAccess access : {ArchiveAccess::write, ArchiveAccess::read}) {
    std::string error = error_of([&] { Archive archive(path, access); });
    CHECK_THAT(error, Catch::Contains(path + ": error: ") && Catch::Contains("schema version 99") &&
                          Catch::Contains("newer factaudit"));
  }
  CHECK(slurp(path) == before);
}

TEST_CASE("a file that is not an archive is refused and left as it was", "[store]") {
  TempDir dir;
  std::string text = dir.write("notes.db", "These are notes, not a database.\n").string();
  std::string error = error_of([&] { Archive archive(text, ArchiveAccess::write); });
  CHECK_THAT(error, Catch::Contains(text + ": error: not a factaudit archive: the file is not an SQLite database"));
  CHECK(slurp(text) == "These are notes, not a database.\n");

  std::string other = dir.str() + "/other.db";
  raw_sql(other, "CREATE TABLE songs (title TEXT)");
  std::string before = slurp(other);
  CHECK_THAT(error_of([&] { Archive archive(other, ArchiveAccess::write); }),
             Catch::Contains("not a factaudit archive (an SQLite database of another application)"));
  CHECK(slurp(other) == before);
}

TEST_CASE("reading needs an existing archive and never creates one", "[store]") {
  TempDir dir;
  std::string path = dir.str() + "/missing.db";
  CHECK_THAT(error_of([&] { Archive archive(path, ArchiveAccess::read); }), Catch::Contains("no archive here"));
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("a write lock held past the busy timeout fails the put and changes nothing", "[store]") {
  TempDir dir;
  std::string path = dir.str() + "/archive.db";
  Archive archive(path, ArchiveAccess::write, 100);
  REQUIRE(archive.put(document_of("a.md", "a", {turnover("a.1", "4.1")})) == PutOutcome::added);
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE; DELETE FROM claim_keys;", nullptr, nullptr, nullptr) == SQLITE_OK);
  std::string error = error_of([&] { archive.put(document_of("b.md", "b", {turnover("b.1", "4.2")})); });
  CHECK_THAT(error, Catch::Contains(path + ": error: the archive is locked by another process") &&
                        Catch::Contains("100 ms"));
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  CHECK(archive.stats().documents == 1);
  CHECK(archive.put(document_of("b.md", "b", {turnover("b.1", "4.2")})) == PutOutcome::added);
}
