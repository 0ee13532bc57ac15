// Prose → claims: the first byte picks Markdown or plain text; the claim file written for the result
// must be JSON.
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/extract/extractor.hpp"
#include "factaudit/ingest/document.hpp"
#include "factaudit/pipeline/check.hpp"

FACTAUDIT_FUZZ_TARGET(extractor) {
  using namespace factaudit;
  if (input.empty()) return;
  const bool markdown = (input[0] & 1) != 0;
  fuzz::expect_user_errors([&] {
    SourcesIndex sources;
    Document document = parse_document(markdown ? "fuzz/doc.md" : "fuzz/doc.txt", input.substr(1), sources);
    ExtractedDocument extracted =
        extract_document(std::move(document), fuzz::bundled_lexicon(), claim_validator(fuzz::bundled_rules()));
    (void)Json::parse(claim_file_text(extracted, "fuzz-out"));
  });
}
