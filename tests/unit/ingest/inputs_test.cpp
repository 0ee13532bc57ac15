// INPUTS: named files and folders walked recursively in byte order; unusable named files are errors,
// unusable walked files are skipped with a warning; folder links are never followed.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "factaudit/ingest/inputs.hpp"
#include "factaudit/model/diagnostic.hpp"
#include "../unit_support.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::unit::TempDir;
using factaudit::unit::thrown;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> paths_of(const std::vector<InputFile>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.path);
  return out;
}

/// A folder tree: claim files, documents and files of other types, with names whose byte order differs
/// from a case-insensitive or a folders-first order.
struct Tree {
  TempDir dir;
  std::string root;
  Tree() : root(dir.str()) {
    dir.write("a.claims.json", "{}");
    dir.write("B.md", "# B\n");
    dir.write("c.txt", "c\n");
    dir.write("d.png", "\x89PNG");
    dir.write("sub.claims.json", "{}");  // '.' (0x2E) sorts before '/' (0x2F): before sub/...
    dir.write("sub/e.md", "e\n");
    dir.write("sub/deeper/f.txt", "f\n");
  }
  std::string at(const std::string& relative) const { return (dir.path() / relative).string(); }
};

}  // namespace

TEST_CASE("inputs: a folder is walked recursively in byte order of the paths", "[inputs]") {
  Tree tree;
  Warnings warnings;
  auto files = collect_inputs({tree.root}, warnings);
  CHECK(paths_of(files) == std::vector<std::string>{tree.at("B.md"), tree.at("a.claims.json"), tree.at("c.txt"),
                                                    tree.at("sub.claims.json"), tree.at("sub/deeper/f.txt"),
                                                    tree.at("sub/e.md")});
  REQUIRE(files.size() == 6);
  CHECK(files[0].kind == InputKind::document);
  CHECK(files[1].kind == InputKind::claims);
  CHECK(files[2].kind == InputKind::document);
  CHECK(files[3].kind == InputKind::claims);
  for (const auto& f : files) CHECK_FALSE(f.named);
}

TEST_CASE("inputs: files of other types found while walking are skipped with a warning", "[inputs]") {
  Tree tree;
  tree.dir.write("notes.json", "{}");  // JSON but not a claim file
  Warnings warnings;
  auto files = collect_inputs({tree.root}, warnings);
  for (const auto& path : paths_of(files)) {
    CHECK(path.find(".png") == std::string::npos);
    CHECK(path.find("notes.json") == std::string::npos);
  }
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].where.path == tree.at("d.png"));
  CHECK(warnings[1].where.path == tree.at("notes.json"));
  CHECK_THAT(warnings[0].message, Contains("skipped"));
}

TEST_CASE("inputs: named files are kept in the order given and marked named", "[inputs]") {
  Tree tree;
  Warnings warnings;
  auto files = collect_inputs({tree.at("c.txt"), tree.at("sub"), tree.at("a.claims.json")}, warnings);
  CHECK(paths_of(files) == std::vector<std::string>{tree.at("c.txt"), tree.at("sub/deeper/f.txt"), tree.at("sub/e.md"),
                                                    tree.at("a.claims.json")});
  REQUIRE(files.size() == 4);
  CHECK(files[0].named);
  CHECK(files[0].kind == InputKind::document);
  CHECK_FALSE(files[1].named);
  CHECK(files[3].named);
  CHECK(files[3].kind == InputKind::claims);
  CHECK(warnings.empty());
}

TEST_CASE("inputs: a named file that does not exist is an InputError", "[inputs]") {
  Tree tree;
  Warnings warnings;
  std::string missing = tree.at("missing.claims.json");
  auto error = thrown<InputError>([&] { collect_inputs({tree.at("c.txt"), missing}, warnings); });
  REQUIRE(error);
  CHECK(error->where().path == missing);
  CHECK_THAT(error->message(), Contains("no such file"));
}

TEST_CASE("inputs: a named file of an unknown type is an InputError", "[inputs]") {
  Tree tree;
  Warnings warnings;
  auto error = thrown<InputError>([&] { collect_inputs({tree.at("d.png")}, warnings); });
  REQUIRE(error);
  CHECK(error->where().path == tree.at("d.png"));
  CHECK_THAT(error->message(), Contains(".claims.json"));
}

TEST_CASE("inputs: a folder symlink loop does not hang and is not followed", "[inputs]") {
  Tree tree;
  std::error_code ec;
  fs::create_directory_symlink(tree.dir.path(), tree.dir.path() / "sub" / "loop", ec);   // sub/loop -> root
  fs::create_directory_symlink("..", tree.dir.path() / "sub" / "deeper" / "up", ec);     // deeper/up -> sub
  REQUIRE_FALSE(ec);

  std::vector<std::string> inputs{tree.root};
  std::packaged_task<std::vector<InputFile>()> task([inputs] {
    Warnings warnings;
    return collect_inputs(inputs, warnings);
  });
  auto result = task.get_future();
  std::thread worker(std::move(task));
  if (result.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
    worker.detach();
    FAIL("collect_inputs did not return within 20 s on a folder with a symlink loop");
  }
  worker.join();
  auto files = result.get();
  for (const auto& path : paths_of(files)) {
    INFO(path);
    CHECK(path.find("loop") == std::string::npos);
    CHECK(path.find("/up/") == std::string::npos);
  }
  CHECK(files.size() == 6);
}

TEST_CASE("inputs: file types by name", "[inputs]") {
  CHECK(is_claim_file("a/trade-2024.claims.json"));
  CHECK_FALSE(is_claim_file("trade-2024.json"));
  CHECK_FALSE(is_claim_file("claims.json.md"));
  CHECK(is_document_file("article.md"));
  CHECK(is_document_file("article.txt"));
  CHECK_FALSE(is_document_file("article.pdf"));
  CHECK_FALSE(is_document_file("article.md.png"));
  CHECK_FALSE(is_document_file("a.claims.json"));
}
