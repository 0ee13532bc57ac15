// Audits of documents (the bundled sample corpus, the seed articles): every reported contradiction is a
// minimal set — drop any member and the rest is consistent — and carries a derivation and a fix.
#include <catch2/catch.hpp>

#include "claim_builder.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/pipeline/audit.hpp"

using namespace factaudit;
using namespace factaudit::testing;

namespace {

void check_minimal(const std::string& folder, std::size_t at_least) {
  Warnings warnings;
  Lexicon lexicon(shipped_rules());
  GatheredClaims gathered = gather_claims(collect_inputs({folder}, warnings), shipped_rules(), lexicon, warnings);
  const ClaimSet& set = gathered.set;
  CheckResult result = check(set);
  REQUIRE(result.contradictions.size() >= at_least);
  for (const auto& c : result.contradictions) {
    INFO(c.id << ": " << c.message);
    CHECK_FALSE(c.derivation.empty());
    CHECK_FALSE(c.fix.description.empty());
  }
  check_each_contradiction_minimal(set, result);
}

}  // namespace

TEST_CASE("audit of the sample corpus: every contradiction is minimal, with a derivation and a fix",
          "[e2e][audit][minimal]") {
  check_minimal(FACTAUDIT_SOURCE_DIR "/examples/articles", 5);
}

TEST_CASE("audit of the seed articles: every contradiction is minimal, with a derivation and a fix",
          "[e2e][audit][minimal][seeds]") {
  check_minimal(FACTAUDIT_SHARED_DIR "/seeds", 5);
}
