/// A document's extraction as a cache entry: its info, claims, unresolved statements and the warnings
/// its suppressions gave, keyed by its path, bytes and metadata and the rules.
#pragma once

#include <optional>
#include <string>

#include "factaudit/extract/extractor.hpp"
#include "factaudit/model/diagnostic.hpp"
#include "factaudit/rules/rulebook.hpp"

namespace factaudit {

/// The key of a document as read (path, size, SHA-256, published, title, source) under `rules`.
std::string extraction_key(const Document& document, const Rulebook& rules);

/// The entry for an extracted document (suppressions applied) and the warnings its extraction gave.
std::string extraction_entry(const ExtractedDocument& extracted, const Warnings& warnings);

/// `document` (as read) with the info, claims and unresolved statements of `entry`, and the entry's
/// warnings appended; nothing when the entry cannot be read.
std::optional<ExtractedDocument> read_extraction_entry(const std::string& entry, Document document, Warnings& warnings);

}  // namespace factaudit
