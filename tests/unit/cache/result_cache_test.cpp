// The cache's entries round-trip exactly: the ClaimSet gathered from cached extractions and the findings
// read from cached buckets equal those computed afresh; a damaged or foreign entry is a miss.
#include <sstream>
#include <tuple>

#include <catch2/catch.hpp>

#include "../unit_support.hpp"
#include "factaudit/cache/result_cache.hpp"
#include "factaudit/extract/lexicon.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/ingest/text_position.hpp"
#include "factaudit/pipeline/audit.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/report/report.hpp"
#include "factaudit/rules/rulebook.hpp"

using namespace factaudit;
using factaudit::unit::TempDir;

namespace {

/// What claims and unresolved statements have in common: document, kind, slot, value and span.
template <typename Statement>
void require_same_statement(const Statement& x, const Statement& y) {
  CHECK(x.document == y.document);
  CHECK(x.kind == y.kind);
  CHECK(x.slot.dump() == y.slot.dump());
  CHECK(x.value.dump() == y.value.dump());
  CHECK(x.span.start == y.span.start);
  CHECK(x.span.end == y.span.end);
  CHECK(x.span.line == y.span.line);
  CHECK(x.span.column == y.span.column);
  CHECK(x.span.text == y.span.text);
}

void require_same_set(const ClaimSet& a, const ClaimSet& b) {
  REQUIRE(a.documents.size() == b.documents.size());
  for (std::size_t d = 0; d < a.documents.size(); ++d) {
    const DocumentInfo &x = a.documents[d], &y = b.documents[d];
    INFO(x.path);
    auto fields = [](const DocumentInfo& i) {
      return std::tie(i.path, i.claim_file, i.size, i.sha256, i.published, i.title, i.source, i.present, i.stale,
                      i.suppressed_rules, i.signature, i.archived_bytes);
    };
    CHECK(fields(x) == fields(y));
  }
  REQUIRE(a.claims.size() == b.claims.size());
  for (std::size_t c = 0; c < a.claims.size(); ++c) {
    const Claim &x = a.claims[c], &y = b.claims[c];
    INFO(x.id);
    CHECK(x.id == y.id);
    require_same_statement(x, y);
    CHECK(x.ordinal == y.ordinal);
    CHECK(x.suppressed == y.suppressed);
  }
  REQUIRE(a.unresolved.size() == b.unresolved.size());
  for (std::size_t u = 0; u < a.unresolved.size(); ++u) {
    const UnresolvedStatement &x = a.unresolved[u], &y = b.unresolved[u];
    require_same_statement(x, y);
    CHECK(x.reason == y.reason);
  }
  CHECK(a.claim_ids == b.claim_ids);
}

struct Run {
  ClaimSet set;
  Warnings warnings;
  std::string report;
};

Run run(const Rulebook& rules, const Lexicon& lexicon, const ResultCache* cache, std::size_t jobs) {
  Run out;
  std::vector<InputFile> files = collect_inputs(
      {FACTAUDIT_SOURCE_DIR "/examples/articles", FACTAUDIT_SHARED_DIR "/seeds", FACTAUDIT_SOURCE_DIR "/tests/corpus"},
      out.warnings);
  out.set = gather_claims(files, rules, lexicon, out.warnings, {}, jobs, cache).set;
  CheckOptions options;
  options.jobs = jobs;
  options.cache = cache;
  CheckResult result = check_claims(out.set, rules, options);
  Summary summary = summarize(out.set, result, FailOn::minor);
  std::ostringstream report;
  write_json_report(report, ReportContext{out.set, result, summary, false, true, &rules});
  out.report = report.str();
  return out;
}

}  // namespace

TEST_CASE("claims and findings from the cache equal those computed afresh", "[cache]") {
  Rulebook rules = load_rulebook({FACTAUDIT_SOURCE_DIR "/rules"});
  Lexicon lexicon(rules);
  TempDir folder;
  std::string problem;
  std::unique_ptr<ResultCache> cache = ResultCache::open((folder.path() / "cache").string(), problem);
  REQUIRE(cache);

  Run fresh = run(rules, lexicon, nullptr, 1);
  REQUIRE(fresh.set.claims.size() > 100);
  Run cold = run(rules, lexicon, cache.get(), 2);
  CHECK(cache->hits() == 0);
  Run warm = run(rules, lexicon, cache.get(), 1);
  CHECK(cache->hits() == cache->misses());  // every entry written cold was read warm

  for (const Run* other : {&cold, &warm}) {
    require_same_set(fresh.set, other->set);
    CHECK(other->report == fresh.report);
    REQUIRE(other->warnings.size() == fresh.warnings.size());
    for (std::size_t w = 0; w < fresh.warnings.size(); ++w) {
      CHECK(format_position(other->warnings[w].where) == format_position(fresh.warnings[w].where));
      CHECK(other->warnings[w].message == fresh.warnings[w].message);
    }
  }
}

TEST_CASE("a cache entry is read back only when intact and under its own key", "[cache]") {
  TempDir folder;
  std::string problem;
  std::unique_ptr<ResultCache> cache = ResultCache::open((folder.path() / "c").string(), problem);
  REQUIRE(cache);
  std::string key(64, 'a'), other(64, 'b');
  cache->put("solve", key, "the value");
  CHECK(cache->get("solve", key) == std::optional<std::string>("the value"));
  CHECK_FALSE(cache->get("extract", key));
  CHECK_FALSE(cache->get("solve", other));

  // an entry moved under another key, truncated, or with one byte changed is a miss
  std::filesystem::path entry = folder.path() / "c/solve/aa" / key;
  std::filesystem::create_directories(folder.path() / "c/solve/bb");
  std::filesystem::copy_file(entry, folder.path() / "c/solve/bb" / other);
  CHECK_FALSE(cache->get("solve", other));
  std::string text = read_file(entry.string());
  folder.write("c/solve/aa/" + key, text.substr(0, text.size() - 1));
  CHECK_FALSE(cache->get("solve", key));
  text.back() = 'X';
  folder.write("c/solve/aa/" + key, text);
  CHECK_FALSE(cache->get("solve", key));
  cache->put("solve", key, "the value");
  CHECK(cache->get("solve", key) == std::optional<std::string>("the value"));
}

TEST_CASE("a cache folder that cannot be created is refused with the reason", "[cache]") {
  TempDir folder;
  folder.write("file", "x");
  std::string problem;
  CHECK_FALSE(ResultCache::open((folder.path() / "file/cache").string(), problem));
  CHECK(problem.find("cannot create the cache folder") != std::string::npos);
}
