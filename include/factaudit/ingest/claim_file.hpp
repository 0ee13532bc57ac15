/// Reads claim files (format v1, docs/claim-format.md) into a ClaimSet, with path:line:col errors.
#pragma once

#include <functional>
#include <string>

#include "factaudit/model/claim.hpp"
#include "factaudit/model/diagnostic.hpp"

namespace factaudit {

/// Checks one claim's kind-specific slot and value; throws ClaimValueError naming the field.
using ClaimValidator = std::function<void(const Claim&, const DocumentInfo&)>;

/// Loads one claim file and appends its document and claims to `set`. Throws InputError for anything
/// invalid (malformed JSON, unknown kind, missing field, span beyond the document, duplicate id).
/// A document that is present but changed makes its claims stale: a warning, and they are not added.
void load_claim_file(const std::string& path, const ClaimValidator& validate, ClaimSet& set, Warnings& warnings);

/// Parses claim-file text (exposed for tests); `path` is used in messages and to find the document.
void load_claim_text(const std::string& path, const std::string& text, const ClaimValidator& validate,
                     ClaimSet& set, Warnings& warnings);

}  // namespace factaudit
