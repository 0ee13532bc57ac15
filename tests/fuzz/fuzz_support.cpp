#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

namespace factaudit::fuzz {

const Rulebook& bundled_rules() {
  static const Rulebook rules = load_rulebook({FACTAUDIT_SOURCE_RULES});
  return rules;
}

const Lexicon& bundled_lexicon() {
  static const Lexicon lexicon(bundled_rules());
  return lexicon;
}

void check_message(const std::string& message) {
  if (message.empty()) {
    std::fputs("an input error without a message\n", stderr);
    std::abort();
  }
}

}  // namespace factaudit::fuzz
