/// Inline suppressions in documents: `<!-- factaudit-ignore TARGET: reason -->`, where TARGET is a
/// claim id, a claim kind, a rule id, or `next` (the claims of the paragraph that follows).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

struct Suppression {
  std::string target;  // claim id, claim kind, rule id, or "next"
  std::string reason;  // required
  std::size_t from = 0, to = 0;  // byte range whose claims it covers (the whole document unless `next`)
  SourcePosition where;          // the comment
};

/// Every suppression comment in `bytes` (a document at `path`). A comment that starts with
/// `factaudit-ignore` but lacks a target or a reason is an InputError at its path:line:col.
std::vector<Suppression> find_suppressions(const std::string& path, const std::string& bytes);

}  // namespace factaudit
