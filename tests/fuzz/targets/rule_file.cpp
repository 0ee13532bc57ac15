// A rule file added to the bundled rules → checked → compiled into a vocabulary → used on a paragraph.
#include "../fuzz_support.hpp"
#include "../fuzz_target.hpp"
#include "factaudit/extract/extractor.hpp"
#include "factaudit/ingest/document.hpp"
#include "factaudit/pipeline/check.hpp"

FACTAUDIT_FUZZ_TARGET(rule_file) {
  using namespace factaudit;
  Rulebook rules = fuzz::bundled_rules();
  bool loaded = false;
  fuzz::expect_user_errors([&] {
    load_rule_text("fuzz/extra.yaml", input, rules);
    check_rulebook(rules);
    loaded = true;
  });
  if (!loaded) return;
  Lexicon lexicon(rules);
  SourcesIndex sources;
  Document document = parse_document("fuzz/doc.txt",
      "Kazakhstan and Uzbekistan traded goods worth $1.2 billion in 2023, up 12% from the year before. "
      "Ambassador Ivan Petrov presented his credentials in late October 2024.\n",
      sources);
  extract_document(std::move(document), lexicon, claim_validator(rules));
}
