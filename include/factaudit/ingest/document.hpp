/// Source documents (.txt, .md): bytes checked as UTF-8 text, metadata from front matter or sources.yaml.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "factaudit/model/claim.hpp"

namespace factaudit {

/// One document as read from disk. Offsets everywhere refer to `bytes`, the file exactly as stored.
struct Document {
  std::string path;    // as given on the command line or found by walking
  std::string bytes;   // the whole file
  DocumentInfo info;   // size, sha256, published, title, source
  std::size_t body_begin = 0;  // first byte after a BOM and the front matter
  bool markdown = false;
};

/// Metadata (title, source, published) by document file name.
using SourcesMetadata = std::map<std::string, std::map<std::string, std::string>>;

/// Parses the text of a sources.yaml (exposed for tests); InputError at path:line:col when invalid.
SourcesMetadata parse_sources_yaml(const std::string& path, std::string text);

/// Metadata of documents that carry none, from `sources.yaml` files beside them, read once per folder.
class SourcesIndex {
 public:
  /// The entry for `document_path` from its folder's sources.yaml, if any. Throws InputError (with
  /// path:line:col) when that sources.yaml is invalid.
  const std::map<std::string, std::string>* lookup(const std::string& document_path);

 private:
  std::map<std::string, SourcesMetadata> folders_;
};

/// The largest document read (an article is kilobytes; a bigger file is not prose to audit).
constexpr std::size_t kMaxDocumentBytes = std::size_t{16} << 20;

/// Reads a document. Throws InputError (path:line:col and what was expected) for a file that is not
/// UTF-8 text (invalid bytes, NUL bytes), an empty one, one over kMaxDocumentBytes, or broken front matter.
Document read_document(const std::string& path, SourcesIndex& sources);

/// Parses document text (exposed for tests); `path` is used in messages and to find sources.yaml.
Document parse_document(const std::string& path, std::string bytes, SourcesIndex& sources);

/// True when `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a real day.
bool is_publication_date(const std::string& text);

}  // namespace factaudit
