// Document bytes → UTF-8 and size checks, front matter, inline suppressions.
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/ingest/document.hpp"
#include "factaudit/ingest/suppressions.hpp"

FACTAUDIT_FUZZ_TARGET(document) {
  using namespace factaudit;
  fuzz::expect_user_errors([&] {
    SourcesIndex sources;  // fuzz/ has no sources.yaml: the metadata is the front matter's
    Document document = parse_document("fuzz/doc.md", input, sources);
    find_suppressions(document.path, document.bytes);
  });
}
