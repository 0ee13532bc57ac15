// Claim files (format v1) → claims → checked → every report format; the JSON report must parse back.
#include <cstdlib>
#include <sstream>

#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/report/report.hpp"

FACTAUDIT_FUZZ_TARGET(claim_file) {
  using namespace factaudit;
  const Rulebook& rules = fuzz::bundled_rules();
  ClaimSet set;
  Warnings warnings;
  bool loaded = false;
  fuzz::expect_user_errors([&] {
    load_claim_text("fuzz/claims.json", input, claim_validator(rules), set, warnings);
    loaded = true;
  });
  if (!loaded) return;
  CheckOptions options;
  options.budget = {200'000, 8, 200};  // small: the target looks for crashes, not for hard components
  CheckResult result = check_claims(set, rules, options);
  Summary summary = summarize(set, result, FailOn::major);
  ReportContext context{set, result, summary, false, true, &rules};
  for (const char* name : {"text", "json", "md", "html", "sarif"}) {
    std::ostringstream out;
    find_report_format(name)->write(out, context);
    bool structured = std::string(name) == "json" || std::string(name) == "sarif";
    if (structured && !Json::parse(out.str()).is_object()) std::abort();
  }
}
