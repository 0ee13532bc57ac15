// The result cache changes no byte of any report: cold, warm, after one document is edited, with a
// corrupt entry, whatever --jobs is; and a cache folder that cannot be used only costs a warning.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <catch2/catch.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;
namespace fs = std::filesystem;

namespace {

/// The sample articles and the seed articles, copied so that a test may edit one.
std::string copy_of_corpus(const std::string& name) {
  fs::path dir = temp_folder(name);
  fs::copy(fs::path(FACTAUDIT_SOURCE_DIR) / "examples/articles", dir / "articles");
  fs::copy(fs::path(FACTAUDIT_SHARED_DIR) / "seeds", dir / "seeds");
  return dir.string();
}

RunResult audit(const std::string& corpus, const std::string& options) {
  return run_factaudit_in(corpus, "audit articles seeds --no-config " + options);
}

/// "N entries read, M computed" from a verbose run's log.
std::pair<int, int> cache_use(const RunResult& run) {
  std::smatch m;
  REQUIRE(std::regex_search(run.err, m, std::regex("(\\d+) entries read, (\\d+) computed")));
  return {std::stoi(m[1]), std::stoi(m[2])};
}

std::size_t files_under(const fs::path& folder) {
  std::size_t n = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) n += entry.is_regular_file();
  return n;
}

std::string contents_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void replace_in_file(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = contents_of(path);
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

const char* kFormats[] = {"json", "text", "sarif"};

}  // namespace

TEST_CASE("the cache changes no byte of the report, cold, warm and after an edit", "[e2e][cache]") {
  std::string corpus = copy_of_corpus("cache-corpus");
  std::string cache = temp_folder("cache-folder");
  std::string with_cache = "--cache '" + cache + "' -v";

  for (const char* format : kFormats) {
    INFO(format);
    RunResult plain = audit(corpus, std::string("--no-cache --jobs 1 --format ") + format);
    REQUIRE(plain.exit_code == 1);
    RunResult first = audit(corpus, with_cache + " --jobs 2 --format " + format);
    RunResult again = audit(corpus, with_cache + " --jobs 1 --format " + format);
    CHECK(first.out == plain.out);
    CHECK(again.out == plain.out);
    CHECK(first.exit_code == plain.exit_code);
    CHECK(again.exit_code == plain.exit_code);
    CHECK(cache_use(again).second == 0);  // warm: every document and bucket read back
    CHECK(cache_use(again).first > 0);
  }
  CHECK(files_under(fs::path(cache) / "extract") == 10);  // one entry per document
  CHECK(files_under(fs::path(cache) / "solve") >= 1);

  // one edited document: extracted and solved again, the rest read back; the report is the one a run
  // without the cache gives on the edited inputs
  RunResult before = audit(corpus, "--no-cache --format json");
  replace_in_file(fs::path(corpus) / "articles/ledger-exporters-gain-ground.md", "$742.6 million", "$744.6 million");
  for (const char* format : kFormats) {
    INFO(format);
    RunResult plain = audit(corpus, std::string("--no-cache --jobs 2 --format ") + format);
    RunResult cached = audit(corpus, with_cache + " --jobs 1 --format " + format);
    CHECK(cached.out == plain.out);
    CHECK(cached.exit_code == plain.exit_code);
    if (std::string(format) == "json") {
      CHECK(plain.out != before.out);
      auto [read, computed] = cache_use(cached);
      CHECK(computed >= 1);      // the edited document, at least
      CHECK(computed <= 2);      // and its bucket: the sample is one bucket
      CHECK(read >= 9);          // the other documents
    }
  }
  fs::remove_all(corpus);
  fs::remove_all(cache);
}

TEST_CASE("a truncated or foreign cache entry is recomputed, never used", "[e2e][cache]") {
  std::string corpus = copy_of_corpus("cache-corrupt");
  std::string cache = temp_folder("cache-corrupt-folder");
  std::string with_cache = "--cache '" + cache + "' -v --format json";
  RunResult plain = audit(corpus, "--no-cache --format json");
  REQUIRE(audit(corpus, with_cache).out == plain.out);

  // every entry truncated to half, one replaced by another's bytes
  std::vector<fs::path> entries;
  for (const auto& entry : fs::recursive_directory_iterator(cache)) {
    if (entry.is_regular_file()) entries.push_back(entry.path());
  }
  REQUIRE(entries.size() >= 2);
  for (const auto& path : entries) fs::resize_file(path, fs::file_size(path) / 2);
  fs::copy_file(entries[1], entries[0], fs::copy_options::overwrite_existing);
  RunResult damaged = audit(corpus, with_cache);
  CHECK(damaged.out == plain.out);
  CHECK(damaged.exit_code == plain.exit_code);
  CHECK(cache_use(damaged).first == 0);
  // the damaged entries were written again
  RunResult repaired = audit(corpus, with_cache);
  CHECK(repaired.out == plain.out);
  CHECK(cache_use(repaired).second == 0);
  fs::remove_all(corpus);
  fs::remove_all(cache);
}

TEST_CASE("two runs filling one cache at the same time leave it whole", "[e2e][cache]") {
  std::string corpus = copy_of_corpus("cache-concurrent");
  std::string cache = temp_folder("cache-concurrent-folder");
  std::string run = "audit articles seeds --no-config -q --format json --cache '" + cache + "'";
  RunResult plain = audit(corpus, "--no-cache --format json");
  // the second process is started by the same shell line, so both write every entry at once
  run_factaudit_in(corpus, run + " -o first.json & cd '" + corpus + "' && '" FACTAUDIT_BINARY "' " + run +
                               " -o second.json; wait");
  CHECK(contents_of(fs::path(corpus) / "first.json") == plain.out);
  CHECK(contents_of(fs::path(corpus) / "second.json") == plain.out);
  RunResult warm = audit(corpus, "--format json -v --cache '" + cache + "'");
  CHECK(warm.out == plain.out);
  CHECK(cache_use(warm).second == 0);
  for (const auto& entry : fs::recursive_directory_iterator(cache)) {
    CHECK(entry.path().filename().string().rfind(".tmp-", 0) != 0);  // no temporary file left behind
  }
  fs::remove_all(corpus);
  fs::remove_all(cache);
}

TEST_CASE("a cache folder that cannot be created is a warning, and the run goes on", "[e2e][cache]") {
  std::string dir = temp_folder("cache-blocked");
  std::ofstream(dir + "/file") << "not a folder";
  RunResult plain = run_factaudit("audit examples/articles --no-config --no-cache --format json");
  RunResult blocked = run_factaudit("audit examples/articles --no-config --format json --cache '" + dir + "/file/cache'");
  CHECK(blocked.exit_code == plain.exit_code);
  CHECK(blocked.out == plain.out);
  CHECK(blocked.err.find("running without the cache") != std::string::npos);
  RunResult extract = run_factaudit("extract examples/articles -o '" + dir + "/out' --cache '" + dir + "/file/cache'");
  CHECK(extract.exit_code == 0);
  CHECK(extract.err.find("running without the cache") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("extract writes the same claim files from the cache", "[e2e][cache]") {
  std::string dir = temp_folder("cache-extract");
  std::string cache = dir + "/cache";
  auto files_of = [&](const std::string& out) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(out)) files[entry.path().filename().string()] = contents_of(entry.path());
    return files;
  };
  REQUIRE(run_factaudit("extract examples/articles -o '" + dir + "/plain' --no-cache").exit_code == 0);
  REQUIRE(run_factaudit("extract examples/articles -o '" + dir + "/cold' --cache '" + cache + "'").exit_code == 0);
  RunResult warm = run_factaudit("extract examples/articles -o '" + dir + "/warm' -v --cache '" + cache + "'");
  REQUIRE(warm.exit_code == 0);
  CHECK(cache_use(warm) == std::make_pair(5, 0));
  CHECK(files_of(dir + "/plain").size() == 5);
  CHECK(files_of(dir + "/cold") == files_of(dir + "/plain"));
  CHECK(files_of(dir + "/warm") == files_of(dir + "/plain"));
  fs::remove_all(dir);
}
