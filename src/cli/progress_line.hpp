/// The progress of a long run on one rewritten stderr line, shown only on a terminal.
#pragma once

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <unistd.h>

#include "commands.hpp"
#include "factaudit/pipeline/check.hpp"

namespace factaudit::cli {

/// "factaudit: solved 120/400 components" on one rewritten stderr line, at most ten times a second,
/// after the first half second (FACTAUDIT_PROGRESS_DELAY_MS overrides it), only when stderr is a
/// terminal and not --quiet; silent otherwise (logs and pipes stay clean).
class ProgressLine {
 public:
  ProgressLine(const CommonOptions& options, const char* verb, const char* noun)
      : on_(!options.quiet && ::isatty(STDERR_FILENO)), verb_(verb), noun_(noun), start_(std::chrono::steady_clock::now()) {
    if (const char* delay = std::getenv("FACTAUDIT_PROGRESS_DELAY_MS")) {
      char* end = nullptr;
      long ms = std::strtol(delay, &end, 10);
      if (end != delay && *end == '\0' && ms >= 0) delay_ = std::chrono::milliseconds(ms);
    }
  }
  Progress callback() {
    if (!on_) return {};
    return [this](std::size_t done, std::size_t total) { show(done, total, false); };
  }
  void finish(std::size_t total) {
    if (on_ && shown_) show(total, total, true);
    finished_ = true;
  }
  ~ProgressLine() {
    if (on_ && shown_ && !finished_) std::cerr << "\n";  // an error message starts on its own line
  }

 private:
  void show(std::size_t done, std::size_t total, bool last) {
    auto now = std::chrono::steady_clock::now();
    if (!last && now - start_ < delay_) return;  // short runs say nothing
    if (!last && shown_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    shown_ = true;
    std::cerr << "\rfactaudit: " << verb_ << " " << done << "/" << total << " " << noun_ << (last ? "\n" : "") << std::flush;
  }
  bool on_, shown_ = false, finished_ = false;
  const char *verb_, *noun_;
  std::chrono::steady_clock::time_point start_, last_;
  std::chrono::milliseconds delay_{500};
};

}  // namespace factaudit::cli
