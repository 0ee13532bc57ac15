// The CI gate on the real binary: baselines keyed on content, configuration found upward, thresholds,
// `explain`, and bad gate inputs (exit 2, no report file).
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;
using JsonDoc = nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

/// A copy of the sample corpus in a fresh folder.
fs::path corpus_copy(const std::string& name) {
  fs::path dir = temp_folder(name);
  fs::copy(fs::path(FACTAUDIT_SOURCE_DIR) / "examples/articles", dir / "articles");
  return dir;
}

/// Inserts a paragraph right after each document's front matter.
void insert_paragraph_above_everything(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::string text = slurp(entry.path());
    std::size_t body = text.find("\n---\n", 3);
    REQUIRE(body != std::string::npos);
    body += 5;
    text.insert(body, "\nAn editor's note added later, with no figures in it at all, pushes every line down.\n\n");
    write(entry.path(), text);
  }
}

}  // namespace

TEST_CASE("a baseline written today still accepts the same contradictions after a paragraph is inserted above them",
          "[e2e][gate][baseline]") {
  fs::path dir = corpus_copy("baseline-edit");
  RunResult before = run_factaudit_in(dir.string(), "audit articles --format json");
  REQUIRE(before.exit_code == 1);
  std::size_t found = JsonDoc::parse(before.out)["contradictions"].size();
  REQUIRE(found >= 3);

  RunResult made = run_factaudit_in(dir.string(), "baseline articles --output accepted.json");
  REQUIRE(made.exit_code == 0);
  CHECK(made.err.empty());  // no progress line when stderr is not a terminal
  JsonDoc baseline = JsonDoc::parse(slurp(dir / "accepted.json"));
  REQUIRE(baseline["contradictions"].size() == found);

  insert_paragraph_above_everything(dir / "articles");
  RunResult moved = run_factaudit_in(dir.string(), "audit articles --format json");
  REQUIRE(moved.exit_code == 1);
  JsonDoc moved_report = JsonDoc::parse(moved.out);
  REQUIRE(moved_report["contradictions"].size() == found);
  // the statements really moved: no member is on the line it was on before
  CHECK(moved_report["contradictions"][0]["explanation"] != JsonDoc::parse(before.out)["contradictions"][0]["explanation"]);

  RunResult after = run_factaudit_in(dir.string(), "audit articles --baseline accepted.json --format json");
  CHECK(after.exit_code == 0);
  JsonDoc report = JsonDoc::parse(after.out);
  CHECK(report["contradictions"].empty());
  CHECK(report["summary"]["baselined"] == found);
  CHECK(report["summary"]["baseline_unmatched"] == 0);
  CHECK(report["summary"]["baseline"] == "accepted.json");
  CHECK(report["baselined"].size() == found);
}

TEST_CASE("a baseline does not hide a contradiction whose statements changed", "[e2e][gate][baseline]") {
  fs::path dir = corpus_copy("baseline-change");
  REQUIRE(run_factaudit_in(dir.string(), "baseline articles -o accepted.json").exit_code == 0);
  // the 2022 total is restated differently: still wrong, but not the accepted statement
  fs::path ledger = dir / "articles/ledger-exporters-gain-ground.md";
  std::string text = slurp(ledger);
  std::size_t at = text.find("$2.612 billion");
  REQUIRE(at != std::string::npos);
  text.replace(at, 14, "$2.713 billion");
  write(ledger, text);
  RunResult run = run_factaudit_in(dir.string(), "audit articles --baseline accepted.json --format json");
  CHECK(run.exit_code == 1);
  JsonDoc report = JsonDoc::parse(run.out);
  REQUIRE(report["contradictions"].size() == 1);
  CHECK(report["summary"]["baseline_unmatched"] == 1);
  bool names_new_figure = report["contradictions"][0]["explanation"].get<std::string>().find("2.713") != std::string::npos;
  CHECK(names_new_figure);
}

TEST_CASE("a baseline that does not parse is exit 2 at path:line:col and writes no report", "[e2e][gate][baseline]") {
  fs::path dir = corpus_copy("baseline-bad");
  write(dir / "broken.json", "{\"factaudit\": \"baseline\", \"version\": 1,\n \"contradictions\": [{\"id\": 3}]}\n");
  RunResult run = run_factaudit_in(dir.string(), "audit articles --baseline broken.json -o report.json --format json");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("broken.json:2:") != std::string::npos);
  CHECK(run.err.find("fingerprint") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "report.json"));
  write(dir / "truncated.json", "{\"factaudit\": \"baseline\", \"version\": 1, \"contra");
  run = run_factaudit_in(dir.string(), "audit articles --baseline truncated.json");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("truncated.json:1:") != std::string::npos);
  run = run_factaudit_in(dir.string(), "audit articles --baseline missing.json");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("missing.json") != std::string::npos);
}

TEST_CASE("configuration is found upward from the current folder, stated in the summary, and flags win",
          "[e2e][gate][config]") {
  fs::path dir = corpus_copy("config");
  write(dir / ".factaudit.yaml", "format: json\nfail-on: never\n");
  fs::create_directories(dir / "deep/er");
  RunResult run = run_factaudit_in((dir / "deep/er").string(), "audit ../../articles");
  CHECK(run.exit_code == 0);
  JsonDoc report = JsonDoc::parse(run.out);  // json from the configuration
  CHECK(report["summary"]["fail_on"] == "never");
  CHECK(report["summary"]["config"] == "../../.factaudit.yaml");
  CHECK(report["contradictions"].size() >= 3);

  RunResult flagged = run_factaudit_in((dir / "deep/er").string(), "audit ../../articles --fail-on minor --format text");
  CHECK(flagged.exit_code == 1);
  CHECK(flagged.out.find("fail-on minor (config ../../.factaudit.yaml)") != std::string::npos);

  RunResult ignored = run_factaudit_in(dir.string(), "audit articles --no-config");
  CHECK(ignored.exit_code == 1);
  CHECK(ignored.out.find("(config") == std::string::npos);
}

TEST_CASE("configuration can name a baseline and loosen the minor threshold", "[e2e][gate][config]") {
  fs::path dir = corpus_copy("config-baseline");
  fs::create_directories(dir / "gate");
  REQUIRE(run_factaudit_in(dir.string(), "baseline articles -o gate/accepted.json").exit_code == 0);
  write(dir / ".factaudit.yaml", "baseline: gate/accepted.json\n");
  RunResult run = run_factaudit_in(dir.string(), "audit articles --format json");
  CHECK(run.exit_code == 0);
  CHECK(JsonDoc::parse(run.out)["summary"]["baseline"] == "gate/accepted.json");

  // 1 % is the default minor threshold; at 0.01 % the 0.1 % change is major
  write(dir / ".factaudit.yaml", "severity:\n  numeric_minor_relative: \"0.0001\"\n");
  RunResult strict = run_factaudit_in(dir.string(), "audit articles --format json");
  RunResult loose = run_factaudit_in(dir.string(), "audit articles --format json --no-config");
  CHECK(JsonDoc::parse(strict.out)["summary"]["minor"] < JsonDoc::parse(loose.out)["summary"]["minor"]);
}

TEST_CASE("a configuration that does not parse or has unknown keys is exit 2 at path:line:col", "[e2e][gate][config]") {
  fs::path dir = corpus_copy("config-bad");
  write(dir / ".factaudit.yaml", "format: json\nfail-on: sometimes\n");
  RunResult run = run_factaudit_in(dir.string(), "audit articles");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find(".factaudit.yaml:2:") != std::string::npos);
  write(dir / ".factaudit.yaml", "format: json\ncolour: red\n");
  run = run_factaudit_in(dir.string(), "audit articles");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find(".factaudit.yaml:2:1") != std::string::npos);
  write(dir / ".factaudit.yaml", "format: [json\n");
  run = run_factaudit_in(dir.string(), "audit articles -o out.txt");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find(".factaudit.yaml:") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out.txt"));
  write(dir / ".factaudit.yaml", "format: pdf\n");
  run = run_factaudit_in(dir.string(), "audit articles");
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("pdf") != std::string::npos);
}

TEST_CASE("explain prints one contradiction in full; an unknown id is exit 2", "[e2e][gate][explain]") {
  RunResult run = run_factaudit("audit examples/articles --format json");
  JsonDoc report = JsonDoc::parse(run.out);
  REQUIRE_FALSE(report["contradictions"].empty());
  const JsonDoc& first = report["contradictions"][0];
  RunResult explained = run_factaudit("explain " + first["id"].get<std::string>() + " examples/articles");
  CHECK(explained.exit_code == 0);
  CHECK(explained.out.find(first["message"].get<std::string>()) != std::string::npos);
  CHECK(explained.out.find("(most likely wrong)") != std::string::npos);
  for (const auto& id : first["claims"]) {
    for (const auto& claim : report["claims"]) {
      if (claim["id"] == id) CHECK(explained.out.find("»" + claim["text"].get<std::string>() + "«") != std::string::npos);
    }
  }
  RunResult by_fingerprint = run_factaudit("explain " + first["fingerprint"].get<std::string>() + " examples/articles --format json");
  CHECK(by_fingerprint.exit_code == 0);
  CHECK(JsonDoc::parse(by_fingerprint.out)["id"] == first["id"]);
  RunResult missing = run_factaudit("explain x000000000000 examples/articles");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find(first["id"].get<std::string>()) != std::string::npos);
}

TEST_CASE("a suppression comment in a document accepts its contradictions, and its reason is required",
          "[e2e][gate][suppressions]") {
  fs::path dir = corpus_copy("suppress");
  RunResult before = run_factaudit_in(dir.string(), "audit articles --format json");
  JsonDoc before_report = JsonDoc::parse(before.out);
  fs::path ledger = dir / "articles/ledger-exporters-gain-ground.md";
  std::string text = slurp(ledger);
  std::size_t paragraph = text.rfind("\n\n", text.find("$2.612 billion"));
  REQUIRE(paragraph != std::string::npos);
  std::size_t paragraph_end = text.find("\n\n", paragraph + 2);
  // the contradictions with a member stated in that paragraph
  std::set<std::string> in_paragraph;
  for (const auto& claim : before_report["claims"]) {
    std::size_t start = claim["start"];
    if (claim["document"] == "articles/ledger-exporters-gain-ground.md" && start > paragraph && start < paragraph_end) {
      in_paragraph.insert(claim["id"].get<std::string>());
    }
  }
  std::size_t touched = 0;
  for (const auto& c : before_report["contradictions"]) {
    bool touches = false;
    for (const auto& id : c["claims"]) touches = touches || in_paragraph.count(id.get<std::string>());
    touched += touches;
  }
  REQUIRE(touched >= 1);
  text.insert(paragraph + 2, "<!-- factaudit-ignore next: the 2022 figures come from the older customs series -->\n");
  write(ledger, text);
  RunResult after = run_factaudit_in(dir.string(), "audit articles --format json");
  JsonDoc report = JsonDoc::parse(after.out);
  CHECK(report["contradictions"].size() == before_report["contradictions"].size() - touched);
  CHECK(report["summary"]["suppressed"] == touched);
  for (const auto& c : report["contradictions"]) {
    for (const auto& id : c["claims"]) CHECK(in_paragraph.count(id.get<std::string>()) == 0);
  }

  // a rule named in a comment: contradictions that use it and touch this document are accepted
  std::string with_rule = slurp(ledger) + "\n<!-- factaudit-ignore trade.turnover-sum: the customs and ministry series differ -->\n";
  write(ledger, with_rule);
  std::size_t using_rule = 0;
  for (const auto& c : report["contradictions"]) {
    for (const auto& rule : c["rules"]) using_rule += rule == "trade.turnover-sum";
  }
  REQUIRE(using_rule >= 1);
  JsonDoc ruled = JsonDoc::parse(run_factaudit_in(dir.string(), "audit articles --format json").out);
  for (const auto& c : ruled["contradictions"]) {
    for (const auto& rule : c["rules"]) CHECK(rule != "trade.turnover-sum");
  }
  CHECK(ruled["summary"]["suppressed"] == touched + using_rule);

  write(ledger, slurp(ledger) + "\n<!-- factaudit-ignore next -->\n");
  RunResult named = run_factaudit_in(dir.string(), "audit articles/ledger-exporters-gain-ground.md");
  CHECK(named.exit_code == 2);
  CHECK(named.err.find("ledger-exporters-gain-ground.md:") != std::string::npos);
  CHECK(named.err.find("reason is required") != std::string::npos);
  RunResult walked = run_factaudit_in(dir.string(), "audit articles --format json");
  CHECK(walked.exit_code == 1);  // skipped with a warning; the others are still audited
  CHECK(walked.err.find("skipped") != std::string::npos);
}

TEST_CASE("every report format is written whole, gives the same bytes twice, and an unknown one is exit 2",
          "[e2e][gate][formats]") {
  fs::path dir = temp_folder("formats");
  for (const char* format : {"text", "json", "sarif", "md", "html"}) {
    INFO(format);
    std::string first = (dir / (std::string("first.") + format)).string();
    std::string second = (dir / (std::string("second.") + format)).string();
    RunResult a = run_factaudit(std::string("audit examples/articles --no-config --format ") + format + " -o '" + first + "'");
    RunResult b = run_factaudit(std::string("audit examples/articles --no-config --format ") + format + " -o '" + second + "'");
    CHECK(a.exit_code == 1);
    CHECK(b.exit_code == 1);
    CHECK(a.out.empty());  // the report went to the file
    CHECK(slurp(first).size() > 500);
    CHECK(slurp(first) == slurp(second));
  }
  RunResult unknown = run_factaudit("audit examples/articles --format xml -o '" + (dir / "x.xml").string() + "'");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("text, json, md, html, sarif") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "x.xml"));
}
