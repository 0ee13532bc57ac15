/// What the fuzz targets share: the bundled rules and vocabulary, loaded once per process.
#pragma once

#include <string>

#include "factaudit/extract/lexicon.hpp"
#include "factaudit/model/diagnostic.hpp"
#include "factaudit/normalize/interval.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit::fuzz {

/// The rules in the source tree's rules/ folder.
const Rulebook& bundled_rules();
/// The extraction vocabulary compiled from them.
const Lexicon& bundled_lexicon();

/// Aborts when an error message is empty (a user must learn what was expected).
void check_message(const std::string& message);

/// Runs `step`; the errors meant for users (InputError, ClaimValueError) end it quietly, after checking
/// that they say where and what. Anything else propagates: libFuzzer reports it.
template <class Step>
void expect_user_errors(Step&& step) {
  try {
    step();
  } catch (const InputError& e) {
    check_message(e.what());
  } catch (const ClaimValueError& e) {
    check_message(e.what());
  }
}

}  // namespace factaudit::fuzz
