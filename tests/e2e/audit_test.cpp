// `factaudit audit` and `factaudit extract` on the real binary: the bundled sample corpus, claim files
// that round-trip, and documents that cannot be used.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;
using JsonDoc = nlohmann::json;

namespace {

void write(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::vector<std::string> ids_of(const JsonDoc& report, const char* list) {
  std::vector<std::string> out;
  for (const auto& item : report[list]) out.push_back(item["id"]);
  return out;
}

}  // namespace

TEST_CASE("audit of the sample corpus finds the planted numeric conflicts and no look-alike", "[e2e][audit]") {
  RunResult run = run_factaudit("audit examples/articles --format json");
  REQUIRE(run.exit_code == 1);
  JsonDoc report = JsonDoc::parse(run.out);
  std::vector<std::string> texts;
  for (const auto& c : report["contradictions"]) {
    for (const auto& id : c["claims"]) {
      for (const auto& claim : report["claims"]) {
        if (claim["id"] == id) texts.push_back(claim["text"]);
      }
    }
  }
  auto has = [&](const std::string& t) { return std::find(texts.begin(), texts.end(), t) != texts.end(); };
  // the 2022 total against the 2023 total and its stated growth (minor); the half year's parts against
  // its total (major); a half-year figure above the full year (major)
  CHECK(has("$2.612 billion"));
  CHECK(has("18.4%"));
  CHECK(has("USD 1,612.3 million"));
  CHECK(has("$1,031.8 million"));
  CHECK(has("$1.21 billion"));
  CHECK(has("$1,102.5 million"));
  // look-alikes: rounded and hedged forms of the 2023 total are compatible with the exact one
  CHECK_FALSE(has("$3.1 billion"));
  CHECK_FALSE(has("almost $3.1 billion"));
  CHECK_FALSE(has("more than $1.7 billion"));
  // every claim span is exactly the bytes it names
  for (const auto& claim : report["claims"]) {
    std::ifstream in(std::string(FACTAUDIT_SOURCE_DIR) + "/" + claim["document"].get<std::string>(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t start = claim["start"], end = claim["end"];
    REQUIRE(end <= bytes.size());
    CHECK(bytes.substr(start, end - start) == claim["text"].get<std::string>());
  }
}

TEST_CASE("extracted claim files check to the same report as the audit", "[e2e][audit]") {
  std::string dir = temp_folder("extract-roundtrip");
  RunResult extract = run_factaudit("extract examples/articles -o '" + dir + "'");
  REQUIRE(extract.exit_code == 0);
  CHECK(std::filesystem::exists(dir + "/ledger-exporters-gain-ground.claims.json"));
  RunResult audit = run_factaudit("audit examples/articles --format json");
  RunResult check = run_factaudit("check '" + dir + "' --format json");
  REQUIRE(check.exit_code == audit.exit_code);
  JsonDoc a = JsonDoc::parse(audit.out), c = JsonDoc::parse(check.out);
  CHECK(ids_of(a, "contradictions") == ids_of(c, "contradictions"));
  CHECK(ids_of(a, "claims").size() == ids_of(c, "claims").size());
  CHECK(!a["contradictions"].empty());
}

TEST_CASE("a document that cannot be used: named is exit 2 with its position, walked is skipped", "[e2e][audit]") {
  std::string dir = temp_folder("bad-documents");
  write(dir + "/good/trade.md", "---\npublished: 2024-02\n---\nIn 2023 trade between Chile and Peru reached $4.1 billion.\n");
  write(dir + "/bad/binary.txt", std::string("Trade rose\0 sharply.\n", 21));
  write(dir + "/bad/latin1.txt", "Trade with Peru rose in 2023 \xE9t\xE9.\n");
  write(dir + "/bad/front.md", "---\ntitle: [unclosed\n---\nText.\n");
  write(dir + "/bad/date.md", "---\npublished: 2023-02-30\n---\nText.\n");
  write(dir + "/bad/empty.md", "---\ntitle: nothing\n---\n\n");
  struct Case {
    const char* file;
    const char* position;
    const char* message;
  };
  for (const Case& c : {Case{"binary.txt", "1:11", "NUL byte"}, Case{"latin1.txt", "1:30", "invalid UTF-8 byte 0xE9"},
                        Case{"front.md", "3:1", "invalid YAML"}, Case{"date.md", "2:12", "YYYY-MM-DD"},
                        Case{"empty.md", "4:1", "empty document"}}) {
    INFO(c.file);
    std::string path = dir + "/bad/" + c.file;
    std::string out = dir + "/report.json";
    RunResult named = run_factaudit("audit '" + path + "' -o '" + out + "'");
    CHECK(named.exit_code == 2);
    CHECK(named.err.find(path + ":" + c.position + ": error: ") != std::string::npos);
    CHECK(named.err.find(c.message) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
    RunResult walked = run_factaudit("audit '" + dir + "' --format json");
    CHECK(walked.exit_code == 0);
    CHECK(walked.err.find(path + ":" + c.position + ": skipped: ") != std::string::npos);
  }
  RunResult extract = run_factaudit("extract '" + dir + "/good' '" + dir + "/bad/binary.txt' -o '" + dir + "/claims'");
  CHECK(extract.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir + "/claims/trade.claims.json"));
}

TEST_CASE("statements whose slot cannot be resolved are shown not checked", "[e2e][audit]") {
  std::string dir = temp_folder("unresolved");
  write(dir + "/note.md", "---\npublished: 2024\n---\nThe ministry mentioned $25 million without saying what for.\n");
  RunResult text = run_factaudit("audit '" + dir + "' --show-unresolved");
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("note.md:4:24: unresolved: \"$25 million\"") != std::string::npos);
  RunResult json = run_factaudit("audit '" + dir + "' --format json");
  JsonDoc report = JsonDoc::parse(json.out);
  REQUIRE(report["unresolved"].size() == 1);
  CHECK(report["unresolved"][0]["text"] == "$25 million");
  CHECK(report["claims"].empty());
}

TEST_CASE("a 50 MB single line is refused with its size and a long run-on line is read in bounded time", "[e2e][audit]") {
  std::string dir = temp_folder("huge-documents");
  {
    std::ofstream out(dir + "/huge/line.txt", std::ios::binary);
    std::filesystem::create_directories(dir + "/huge");
  }
  {
    std::ofstream out(dir + "/huge/line.txt", std::ios::binary);
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 50; ++i) out << chunk;
    out << "\n";
  }
  RunResult named = run_factaudit("audit '" + dir + "/huge/line.txt' -o '" + dir + "/report.json'");
  CHECK(named.exit_code == 2);
  CHECK(named.err.find(dir + "/huge/line.txt:1:1: error: document of 52428801 bytes is larger than the 16 MiB") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir + "/report.json"));
  RunResult walked = run_factaudit("audit '" + dir + "/huge'");
  CHECK(walked.exit_code == 0);
  CHECK(walked.err.find("line.txt:1:1: skipped: document of 52428801 bytes") != std::string::npos);
  // 2 MB of figures with no sentence end: cut into bounded sentences, every figure still located exactly
  {
    std::ofstream out(dir + "/runon/line.md", std::ios::binary);
    std::filesystem::create_directories(dir + "/runon");
  }
  {
    std::ofstream out(dir + "/runon/line.md", std::ios::binary);
    out << "---\npublished: 2024\n---\nIn 2023 exports from Chile to Peru were";
    for (int i = 0; i < 70000; ++i) out << " $1.5 million and";
    out << " more\n";
  }
  RunResult runon = run_factaudit("audit '" + dir + "/runon' --format json");
  CHECK((runon.exit_code == 0 || runon.exit_code == 1));
  JsonDoc report = JsonDoc::parse(runon.out);
  CHECK(report["claims"].size() + report["unresolved"].size() >= 1000);
}

TEST_CASE("audit of the seed articles reports every contradiction that checking their gold claims reports",
          "[e2e][audit][seeds]") {
  RunResult check = run_factaudit("check claims --format json");
  RunResult audit = run_factaudit("audit ../shared/seeds --format json");
  REQUIRE(check.exit_code == 1);
  REQUIRE(audit.exit_code == 1);
  JsonDoc gold = JsonDoc::parse(check.out), found = JsonDoc::parse(audit.out);
  struct Span {
    std::string document, text;
    std::size_t start, end;
  };
  auto spans = [](const JsonDoc& report, const JsonDoc& contradiction) {
    std::vector<Span> out;
    for (const auto& id : contradiction["claims"]) {
      for (const auto& claim : report["claims"]) {
        if (claim["id"] == id) out.push_back({claim["document"], claim["text"], claim["start"], claim["end"]});
      }
    }
    return out;
  };
  REQUIRE(gold["contradictions"].size() >= 5);
  for (const auto& expected : gold["contradictions"]) {
    auto want = spans(gold, expected);
    bool reported = false;  // the same kind of conflict, on a statement at the same bytes
    for (const auto& got : found["contradictions"]) {
      if (got["kind"] != expected["kind"]) continue;
      for (const auto& a : spans(found, got)) {
        for (const auto& b : want) reported = reported || (a.document == b.document && a.start < b.end && b.start < a.end);
      }
    }
    INFO(expected["kind"].get<std::string>() << ": " << want.front().document << " \"" << want.front().text << "\"");
    CHECK(reported);
  }
}
