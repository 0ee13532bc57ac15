/// Test support: extraction of an in-memory document with the shipped rules.
#pragma once

#include <string>
#include <vector>

#include "factaudit/explain/finding.hpp"
#include "factaudit/extract/extractor.hpp"

namespace factaudit::testing {

/// Extracts `text` as a document named `name` (".md" names are read as Markdown) published `published`
/// ("" for unknown) with `title`.
ExtractedDocument extract_text(const std::string& text, const std::string& published = "", const std::string& title = "",
                               const std::string& name = "doc.txt");

/// The extracted claims of one kind, in document order.
std::vector<const Claim*> claims_of_kind(const ExtractedDocument& doc, ClaimKind kind);

/// The extracted claims of one kind whose span text is `text`.
std::vector<const Claim*> claims_with_text(const ExtractedDocument& doc, ClaimKind kind, const std::string& text);

/// The claims of one extracted document, checked alone.
CheckResult check_document(const ExtractedDocument& doc);

/// How many statements were left unresolved for `reason`.
std::size_t unresolved_because(const ExtractedDocument& doc, const std::string& reason);

}  // namespace factaudit::testing
