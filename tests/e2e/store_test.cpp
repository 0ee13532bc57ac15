// The claim archive on the real binary: ingest, store stats and export, audit --store, and archives
// that must be refused untouched.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "run_binary.hpp"

using namespace factaudit::testing;
using JsonDoc = nlohmann::json;

namespace {

void write(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// Short articles of our own: two outlets give different totals for Chile–Peru trade in 2022; a third
/// is about another pair of countries altogether.
const char* kAndesArchived = R"(---
title: "Chile and Peru trade climbs"
source: "Pacific Ledger"
published: 2023-03-02
---
Trade between Chile and Peru reached $4.1 billion in 2022, according to customs figures released this week.
)";
const char* kAndesDraft = R"(---
title: "A look back at Andean commerce"
source: "Coastal Review"
published: 2024-01-15
---
In 2022, trade between Chile and Peru totalled $3.2 billion, the ministry said.
)";
const char* kEastAfrica = R"(---
title: "Kenya and Tanzania widen their trade"
source: "Lakes Business Weekly"
published: 2023-05-20
---
Trade between Kenya and Tanzania reached $1.2 billion in 2022. In 2021 it stood at $1.1 billion.
)";

/// The `n` in "...: <n> <label>" of a summary line.
long count_before(const std::string& text, const std::string& label) {
  std::smatch m;
  if (!std::regex_search(text, m, std::regex("(\\d+) " + label))) return -1;
  return std::stol(m[1]);
}

JsonDoc export_of(const std::string& folder, const std::string& store) {
  RunResult run = run_factaudit_in(folder, "store export --store '" + store + "'");
  REQUIRE(run.exit_code == 0);
  return JsonDoc::parse(run.out);
}

std::vector<std::string> texts_of(const JsonDoc& exported) {
  std::vector<std::string> out;
  for (const auto& c : exported["claims"]) out.push_back(c["text"]);
  return out;
}

}  // namespace

TEST_CASE("ingest then export gives every claim audit extracts, byte for byte", "[e2e][store]") {
  std::string dir = temp_folder("store-roundtrip");
  std::string store = dir + "/archive.db";
  RunResult ingest = run_factaudit("ingest examples/articles --store '" + store + "'");
  REQUIRE(ingest.exit_code == 0);
  RunResult audit = run_factaudit("audit examples/articles --format json --fail-on never");
  REQUIRE(audit.exit_code == 0);
  JsonDoc report = JsonDoc::parse(audit.out);
  CHECK(ingest.err == "factaudit: " + store + ": 5 added, 0 replaced, 0 unchanged of 5 documents; " +
                          std::to_string(report["claims"].size()) + " claims written\n");

  RunResult exported = run_factaudit("store export --store '" + store + "' -o '" + dir + "/export.json'");
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.out.empty());
  JsonDoc archive = JsonDoc::parse(slurp(dir + "/export.json"));
  CHECK(archive["version"] == 1);
  REQUIRE(!report["claims"].empty());
  for (auto& claim : report["claims"]) claim.erase("sources");  // a finding of the run, not archived
  CHECK(archive["claims"] == report["claims"]);
  REQUIRE(archive["documents"].size() == report["documents"].size());
  for (std::size_t i = 0; i < archive["documents"].size(); ++i) {
    for (const char* key : {"path", "published", "title", "sha256"}) {
      CHECK(archive["documents"][i][key] == report["documents"][i][key]);
    }
  }
  // the same archive exports the same bytes, to a file or to stdout
  CHECK(run_factaudit("store export --store '" + store + "'").out == slurp(dir + "/export.json"));
}

TEST_CASE("re-ingest skips an unchanged document and replaces a changed one's claims", "[e2e][store]") {
  std::string dir = temp_folder("store-reingest");
  write(dir + "/news/andes.md", kAndesArchived);
  write(dir + "/news/east-africa.md", kEastAfrica);
  RunResult first = run_factaudit_in(dir, "ingest news --store archive.db");
  REQUIRE(first.exit_code == 0);
  CHECK(count_before(first.err, "added") == 2);
  JsonDoc before = export_of(dir, "archive.db");
  std::vector<std::string> texts = texts_of(before);
  REQUIRE(std::find(texts.begin(), texts.end(), "$4.1 billion") != texts.end());
  auto modified = std::filesystem::last_write_time(dir + "/archive.db");

  RunResult again = run_factaudit_in(dir, "ingest news --store archive.db");
  REQUIRE(again.exit_code == 0);
  CHECK(again.err == "factaudit: archive.db: 0 added, 0 replaced, 2 unchanged of 2 documents; 0 claims written\n");
  CHECK(export_of(dir, "archive.db") == before);
  CHECK(std::filesystem::last_write_time(dir + "/archive.db") == modified);

  std::string edited = kAndesArchived;
  edited.replace(edited.find("$4.1 billion"), 12, "$4.4 billion");
  write(dir + "/news/andes.md", edited);
  RunResult third = run_factaudit_in(dir, "ingest news --store archive.db -q");
  REQUIRE(third.exit_code == 0);
  CHECK(third.err.empty());
  JsonDoc after = export_of(dir, "archive.db");
  texts = texts_of(after);
  CHECK(std::find(texts.begin(), texts.end(), "$4.1 billion") == texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "$4.4 billion") != texts.end());
  CHECK(after["claims"].size() == before["claims"].size());
  CHECK(after["documents"].size() == 2);

  RunResult stats = run_factaudit_in(dir, "store stats --store archive.db --format json");
  REQUIRE(stats.exit_code == 0);
  JsonDoc s = JsonDoc::parse(stats.out);
  CHECK(s["schema_version"] == 1);
  CHECK(s["documents"] == 2);
  CHECK(s["claims"] == after["claims"].size());
  CHECK(s["claims_by_kind"]["quantity"] == after["claims"].size());
  CHECK(s["file_bytes"].get<long>() > 0);
  RunResult text = run_factaudit_in(dir, "store stats --store archive.db");
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("schema version: 1\ndocuments: 2\nclaims: " + std::to_string(after["claims"].size())));
}

TEST_CASE("audit --store finds a draft's contradiction with an archived article and reads nothing unrelated",
          "[e2e][store]") {
  std::string dir = temp_folder("store-audit");
  write(dir + "/archive/andes.md", kAndesArchived);
  write(dir + "/archive/east-africa.md", kEastAfrica);
  write(dir + "/drafts/andes-review.md", kAndesDraft);
  REQUIRE(run_factaudit_in(dir, "ingest archive --store archive.db").exit_code == 0);
  JsonDoc archived = export_of(dir, "archive.db");
  std::size_t andes_claims = 0;
  for (const auto& c : archived["claims"]) andes_claims += c["document"] == "archive/andes.md";
  REQUIRE(andes_claims > 0);
  REQUIRE(andes_claims < archived["claims"].size());

  // alone, the draft is consistent
  CHECK(run_factaudit_in(dir, "audit drafts").exit_code == 0);

  RunResult run = run_factaudit_in(dir, "audit drafts --store archive.db --format json -v");
  REQUIRE(run.exit_code == 1);
  JsonDoc report = JsonDoc::parse(run.out);
  REQUIRE(report["contradictions"].size() == 1);
  std::map<std::string, JsonDoc> by_id;
  for (const auto& c : report["claims"]) by_id[c["id"]] = c;
  std::set<std::string> documents, texts;
  for (const auto& id : report["contradictions"][0]["claims"]) {
    documents.insert(by_id.at(id)["document"]);
    texts.insert(by_id.at(id)["text"]);
  }
  CHECK(documents == std::set<std::string>{"archive/andes.md", "drafts/andes-review.md"});
  CHECK(texts == std::set<std::string>{"$3.2 billion", "$4.1 billion"});
  for (const auto& c : report["claims"]) CHECK(c["document"] != "archive/east-africa.md");
  CHECK(report["summary"]["documents"] == 2);
  // only the Andean article's claims were read from the archive
  CHECK_THAT(run.err, Catch::Contains("archive archive.db: " + std::to_string(andes_claims) + " claim(s) read"));

  // the text report shows the archived passage, read from the archive even when the file is gone
  std::filesystem::remove(dir + "/archive/andes.md");
  RunResult text = run_factaudit_in(dir, "explain " + report["contradictions"][0]["id"].get<std::string>() +
                                             " drafts --store archive.db");
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("Trade between Chile and Peru reached »$4.1 billion« in 2022"));
}

TEST_CASE("audit --store of an archived document stands the draft in for it", "[e2e][store]") {
  std::string dir = temp_folder("store-same-path");
  write(dir + "/news/andes.md", kAndesArchived);
  REQUIRE(run_factaudit_in(dir, "ingest news --store archive.db").exit_code == 0);
  // the draft revises the archived article: its old figure is not held against it
  write(dir + "/news/andes.md", kAndesDraft);
  RunResult run = run_factaudit_in(dir, "audit news/andes.md --store archive.db --format json");
  CHECK(run.exit_code == 0);
  JsonDoc report = JsonDoc::parse(run.out);
  CHECK(report["documents"].size() == 1);
  for (const auto& c : report["claims"]) CHECK(c["text"] != "$4.1 billion");
}

TEST_CASE("archives that cannot be used: exit 2 naming the file, which is left as it was", "[e2e][store][bad-input]") {
  std::string dir = temp_folder("store-bad");
  write(dir + "/news/andes.md", kAndesArchived);

  SECTION("a newer schema") {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir + "/newer.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE documents (id INTEGER PRIMARY KEY); PRAGMA application_id = 1178689906; "
                             "PRAGMA user_version = 7;", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    std::string before = slurp(dir + "/newer.db");
    for (const char* command : {"ingest news --store newer.db", "store stats --store newer.db",
                                "store export --store newer.db", "audit news --store newer.db"}) {
      INFO(command);
      RunResult run = run_factaudit_in(dir, command);
      CHECK(run.exit_code == 2);
      CHECK_THAT(run.err, Catch::StartsWith("newer.db: error: the archive has schema version 7, written by a newer factaudit"));
      CHECK(run.out.empty());
    }
    CHECK(slurp(dir + "/newer.db") == before);
  }
  SECTION("a text file named as the archive") {
    write(dir + "/notes.db", "not a database\n");
    for (const char* command : {"ingest news --store notes.db", "store stats --store notes.db", "audit news --store notes.db"}) {
      INFO(command);
      RunResult run = run_factaudit_in(dir, command);
      CHECK(run.exit_code == 2);
      CHECK(run.err == "notes.db: error: not a factaudit archive: the file is not an SQLite database\n");
    }
    CHECK(slurp(dir + "/notes.db") == "not a database\n");
  }
  SECTION("a missing archive is created by ingest only") {
    for (const char* command : {"store stats --store missing.db", "store export --store missing.db", "audit news --store missing.db"}) {
      INFO(command);
      RunResult run = run_factaudit_in(dir, command);
      CHECK(run.exit_code == 2);
      CHECK_THAT(run.err, Catch::StartsWith("missing.db: error: no archive here"));
      CHECK_FALSE(std::filesystem::exists(dir + "/missing.db"));
    }
    CHECK(run_factaudit_in(dir, "ingest news --store missing.db").exit_code == 0);
    CHECK(run_factaudit_in(dir, "store stats --store missing.db").exit_code == 0);
  }
  SECTION("an archive another process is writing") {
    REQUIRE(run_factaudit_in(dir, "ingest news --store archive.db").exit_code == 0);
    write(dir + "/more/east-africa.md", kEastAfrica);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir + "/archive.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "BEGIN IMMEDIATE; DELETE FROM claim_keys;", nullptr, nullptr, nullptr) == SQLITE_OK);
    RunResult run = run_factaudit_in(dir, "ingest more --store archive.db --busy-timeout 200");
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::StartsWith("archive.db: error: the archive is locked by another process (gave up after "
                                          "waiting 200 ms"));
    // readers are not blocked by the writer: they see the last committed state
    RunResult stats = run_factaudit_in(dir, "store stats --store archive.db --format json");
    CHECK(stats.exit_code == 0);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    CHECK(JsonDoc::parse(stats.out)["documents"] == 1);
    CHECK(JsonDoc::parse(run_factaudit_in(dir, "store stats --store archive.db --format json").out)["documents"] == 1);
  }
}

TEST_CASE("the README's archive example: a draft against the sample corpus", "[e2e][store]") {
  std::string store = temp_folder("store-readme") + "/archive.db";
  REQUIRE(run_factaudit("ingest examples/articles --store '" + store + "'").exit_code == 0);
  CHECK(run_factaudit("audit examples/drafts").exit_code == 0);  // alone, the draft holds together
  RunResult run = run_factaudit("audit examples/drafts --store '" + store + "' --format json");
  REQUIRE(run.exit_code == 1);
  JsonDoc report = JsonDoc::parse(run.out);
  std::map<std::string, JsonDoc> by_id;
  for (const auto& c : report["claims"]) by_id[c["id"]] = c;
  std::set<std::string> archived_texts;
  for (const auto& contradiction : report["contradictions"]) {
    bool with_draft = false;
    for (const auto& id : contradiction["claims"]) {
      const JsonDoc& claim = by_id.at(id);
      if (claim["document"] == "examples/drafts/half-year-trade-draft.md") with_draft = true;
      else archived_texts.insert(claim["text"]);
    }
    CHECK(with_draft);  // contradictions among archived articles alone are not the draft's
  }
  // the draft's half-year total against the press release's, and against the ledger's two flows
  CHECK(archived_texts.count("USD 1,612.3 million") == 1);
  CHECK(archived_texts.count("$1,031.8 million") == 1);
  // the ledger's first-half figures for 2022 have nothing to do with the draft
  for (const auto& c : report["claims"]) CHECK(c["text"] != "$1.21 billion");
}

TEST_CASE("claim files ingest as they are checked: the seed claims export as check reads them", "[e2e][store]") {
  std::string store = temp_folder("store-claim-files") + "/archive.db";
  RunResult ingest = run_factaudit("ingest claims --store '" + store + "' -q");
  REQUIRE(ingest.exit_code == 0);
  RunResult check = run_factaudit("check claims --format json --fail-on never");
  REQUIRE(check.exit_code == 0);
  JsonDoc archive = JsonDoc::parse(run_factaudit("store export --store '" + store + "'").out);
  JsonDoc checked = JsonDoc::parse(check.out);
  for (auto& claim : archive["claims"]) claim.erase("suppressed");
  for (auto& claim : checked["claims"]) claim.erase("sources");  // a finding of the run, not archived
  REQUIRE(checked["claims"].size() == 193);
  CHECK(archive["claims"] == checked["claims"]);
  for (const auto& document : archive["documents"]) CHECK_THAT(document["claim_file"].get<std::string>(), Catch::StartsWith("claims/"));
}

TEST_CASE("an edited claim file replaces its document's claims, though the document is the same", "[e2e][store]") {
  std::string claim_file = R"({"factaudit": "claims", "version": 1,
  "document": {"path": "missing.txt", "size": 100, "sha256": "0000000000000000000000000000000000000000000000000000000000000000"},
  "claims": [{"id": "t.one", "kind": "quantity",
    "slot": {"subject": "AF-KZ", "measure": "trade.turnover", "period": "2023", "unit": "USD"},
    "value": {"literal": "636.5", "scale": "million", "unit": "USD"},
    "span": {"start": 10, "end": 24, "line": 1, "column": 11, "text": "$636.5 million"}}]})";
  std::string dir = temp_folder("store-claim-edit");
  write(dir + "/c/trade.claims.json", claim_file);
  REQUIRE(run_factaudit_in(dir, "ingest c --store archive.db").exit_code == 0);
  CHECK(run_factaudit_in(dir, "ingest c --store archive.db").err ==
        "factaudit: archive.db: 0 added, 0 replaced, 1 unchanged of 1 document; 0 claims written\n");
  write(dir + "/c/trade.claims.json", claim_file.replace(claim_file.find("\"636.5\""), 7, "\"637.5\""));
  CHECK(run_factaudit_in(dir, "ingest c --store archive.db").err ==
        "factaudit: archive.db: 0 added, 1 replaced, 0 unchanged of 1 document; 1 claim written\n");
  JsonDoc archive = export_of(dir, "archive.db");
  REQUIRE(archive["claims"].size() == 1);
  CHECK(archive["claims"][0]["value"]["literal"] == "637.5");
  CHECK(archive["documents"][0]["path"] == "c/missing.txt");
  CHECK(archive["documents"][0]["claim_file"] == "c/trade.claims.json");
}
