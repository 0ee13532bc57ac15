/// One fuzz target per parser: libFuzzer's entry point in the fuzz build, a replayable function elsewhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace factaudit::fuzz {

/// A target takes any bytes. It may end in the errors a user is meant to see (InputError,
/// ClaimValueError); any other exception, a crash or a sanitizer report is a defect.
using TargetFunction = void (*)(const std::string& input);

/// Registers a target for the replay program (tests/fuzz/replay_main.cpp); returns true.
bool register_target(const char* name, TargetFunction function);

}  // namespace factaudit::fuzz

#ifdef FACTAUDIT_LIBFUZZER
#define FACTAUDIT_FUZZ_TARGET(name)                                                   \
  static void fuzz_##name(const std::string& input);                                 \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    fuzz_##name(std::string(reinterpret_cast<const char*>(data), size));             \
    return 0;                                                                         \
  }                                                                                   \
  static void fuzz_##name(const std::string& input)
#else
#define FACTAUDIT_FUZZ_TARGET(name)                                                                    \
  static void fuzz_##name(const std::string& input);                                                  \
  [[maybe_unused]] static const bool registered_##name = factaudit::fuzz::register_target(#name, fuzz_##name); \
  static void fuzz_##name(const std::string& input)
#endif
