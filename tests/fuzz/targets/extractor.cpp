// Prose → claims: an input of even length is read as Markdown, of odd length as plain text (mutations
// flip between the two); the claim file written for the result must be JSON.
#include <cstdlib>

#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/extract/extractor.hpp"
#include "factaudit/ingest/document.hpp"
#include "factaudit/pipeline/check.hpp"

FACTAUDIT_FUZZ_TARGET(extractor) {
  using namespace factaudit;
  const bool markdown = input.size() % 2 == 0;
  fuzz::expect_user_errors([&] {
    SourcesIndex sources;
    Document document = parse_document(markdown ? "fuzz/doc.md" : "fuzz/doc.txt", input, sources);
    ExtractedDocument extracted =
        extract_document(std::move(document), fuzz::bundled_lexicon(), claim_validator(fuzz::bundled_rules()));
    if (!Json::parse(claim_file_text(extracted, "fuzz-out")).is_object()) std::abort();
  });
}
