// kill -9 during ingest: the archive keeps every document committed before the kill, each with exactly
// its claims, and a second ingest completes it.
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "run_binary.hpp"

extern char** environ;

using namespace factaudit::testing;

namespace {

/// The first column of every row `sql` returns, as text ("" for NULL); nullopt when the query fails.
std::optional<std::vector<std::string>> rows_of(const std::string& path, const std::string& sql, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return std::nullopt;
  }
  std::vector<std::string> out;
  auto keep = [](void* rows, int, char** values, char**) {
    static_cast<std::vector<std::string>*>(rows)->push_back(values[0] ? values[0] : "");
    return 0;
  };
  int rc = sqlite3_exec(db, sql.c_str(), keep, &out, nullptr);
  sqlite3_close(db);
  if (rc != SQLITE_OK) return std::nullopt;
  return out;
}

long number_of(const std::string& path, const std::string& sql) {
  auto rows = rows_of(path, sql, false);
  REQUIRE(rows);
  REQUIRE(rows->size() == 1);
  return std::stol(rows->front());
}

/// Generated articles: each states one to three yearly totals of one pair's trade, so documents differ
/// in their number of claims.
void write_articles(const std::string& folder, int count) {
  std::filesystem::create_directories(folder);
  for (int i = 0; i < count; ++i) {
    std::ofstream out(folder + "/article-" + std::to_string(1000 + i) + ".md");
    out << "---\ntitle: \"Trade note " << i << "\"\npublished: 2024-0" << 1 + i % 9 << "-15\n---\n";
    for (int year = 0; year <= i % 3; ++year) {
      out << "Trade between Chile and Peru reached $" << 3 + i % 5 << "." << i % 10 << year << " billion in "
          << 2010 + (i + year) % 12 << ". ";
    }
    out << "The figures come from note " << i << ".\n";
  }
}

}  // namespace

TEST_CASE("a kill -9 during ingest leaves the archive as of its last committed document", "[e2e][store][crash]") {
  constexpr int kDocuments = 1200;
  std::string dir = temp_folder("store-crash");
  write_articles(dir + "/articles", kDocuments);
  std::string store = dir + "/archive.db";

  std::string binary = FACTAUDIT_BINARY;
  std::vector<std::string> args = {binary, "ingest", dir + "/articles", "--store", store, "-q"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);

  // wait until some documents are in, then kill it wherever it is
  long committed = 0;
  bool exited = false;
  for (int tries = 0; tries < 6000 && committed < 40; ++tries) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    auto rows = rows_of(store, "SELECT count(*) FROM documents", true);
    if (rows && rows->size() == 1) committed = std::stol(rows->front());
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE_FALSE(exited);
  REQUIRE(::kill(pid, SIGKILL) == 0);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFSIGNALED(status));

  long documents = number_of(store, "SELECT count(*) FROM documents");
  INFO(documents << " documents committed when killed");
  REQUIRE(documents >= 40);
  REQUIRE(documents < kDocuments);  // killed mid-way, not after the end
  CHECK(rows_of(store, "PRAGMA integrity_check", false) == std::vector<std::string>{"ok"});
  CHECK(rows_of(store, "PRAGMA foreign_key_check", false) == std::vector<std::string>{});
  // every document has exactly the claims written with it, and every claim its keys
  CHECK(number_of(store, "SELECT count(*) FROM documents d WHERE claim_count != "
                         "(SELECT count(*) FROM claims c WHERE c.document = d.id)") == 0);
  CHECK(number_of(store, "SELECT count(*) FROM documents WHERE claim_count = 0") == 0);
  CHECK(number_of(store, "SELECT count(*) FROM claims WHERE serial NOT IN (SELECT claim FROM claim_keys)") == 0);
  // the articles are ingested in path order: what is in is a prefix of them
  auto paths = rows_of(store, "SELECT path FROM documents ORDER BY path", false);
  REQUIRE(paths);
  for (long i = 0; i < documents; ++i) {
    CHECK((*paths)[static_cast<std::size_t>(i)] == dir + "/articles/article-" + std::to_string(1000 + i) + ".md");
  }

  // a second run skips what is in and completes the rest
  RunResult rerun = run_factaudit("ingest '" + dir + "/articles' --store '" + store + "'");
  REQUIRE(rerun.exit_code == 0);
  std::smatch m;
  REQUIRE(std::regex_search(rerun.err, m, std::regex("(\\d+) added, 0 replaced, (\\d+) unchanged")));
  CHECK(std::stol(m[1]) == kDocuments - documents);
  CHECK(std::stol(m[2]) == documents);
  CHECK(number_of(store, "SELECT count(*) FROM documents") == kDocuments);
  CHECK(number_of(store, "SELECT count(*) FROM documents d WHERE claim_count != "
                         "(SELECT count(*) FROM claims c WHERE c.document = d.id)") == 0);
  CHECK(rows_of(store, "PRAGMA integrity_check", false) == std::vector<std::string>{"ok"});
  std::filesystem::remove_all(dir);
}
