#include "factaudit/ingest/document.hpp"

#include <cstdio>
#include <filesystem>

#include "factaudit/ingest/sha256.hpp"
#include "factaudit/ingest/text_position.hpp"
#include "factaudit/normalize/calendar.hpp"
#include "factaudit/rules/yaml_reader.hpp"

namespace factaudit {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMetadataKeys[] = {"title", "source", "published"};

SourcePosition at_offset(const std::string& path, const std::string& bytes, std::size_t offset) {
  SourcePosition where{path};
  LineIndex(bytes).locate(offset, where.line, where.column);
  return where;
}

/// Length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8.
std::size_t utf8_length(const std::string& s, std::size_t i) {
  auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  unsigned b0 = byte(i);
  auto cont = [&](std::size_t k) { return (byte(k) & 0xC0u) == 0x80u; };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    unsigned b1 = byte(i + 1);
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (b0 == 0xE0 && b1 < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogates
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    unsigned b1 = byte(i + 1);
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (b0 == 0xF0 && b1 < 0x90) return 0;
    if (b0 == 0xF4 && b1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

void require_text(const std::string& path, const std::string& bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    if (bytes[i] == '\0') throw InputError(at_offset(path, bytes, i), "NUL byte: expected a text document, not a binary file");
    std::size_t n = utf8_length(bytes, i);
    if (n == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[i]));
      throw InputError(at_offset(path, bytes, i), std::string("invalid UTF-8 byte ") + hex + ": expected UTF-8 text");
    }
    i += n;
  }
}

void set_metadata(const std::string& key, const std::string& value, DocumentInfo& info) {
  if (key == "title") info.title = value;
  else if (key == "source") info.source = value;
  else if (key == "published") info.published = value;
}

/// Parses YAML front matter between a first line `---` and a closing `---` or `...` line.
std::size_t read_front_matter(const std::string& path, const std::string& bytes, std::size_t begin, DocumentInfo& info) {
  if (bytes.compare(begin, 4, "---\n") != 0 && bytes.compare(begin, 5, "---\r\n") != 0) return begin;
  std::size_t line_start = bytes.find('\n', begin) + 1;
  while (line_start < bytes.size()) {
    std::size_t line_end = bytes.find('\n', line_start);
    if (line_end == std::string::npos) line_end = bytes.size();
    std::string line = bytes.substr(line_start, line_end - line_start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line == "---" || line == "...") {
      // front matter starts on line 1, so YAML's line numbers are the file's
      std::string yaml = bytes.substr(begin, line_start - begin);
      rules::YamlReader reader(path, yaml);
      YAML::Node root = reader.root();
      if (root && !root.IsNull()) {
        reader.require_map(root, "front matter: a mapping of title, source, published");
        for (const char* key : kMetadataKeys) {
          if (root[key]) set_metadata(key, reader.text(root, key), info);
        }
        if (info.published && !is_publication_date(*info.published)) {
          reader.fail(root["published"], "expected the publication date as YYYY, YYYY-MM or YYYY-MM-DD, got '" +
                                             *info.published + "'");
        }
      }
      return std::min(bytes.size(), line_end + 1);
    }
    line_start = line_end + 1;
  }
  throw InputError(at_offset(path, bytes, begin), "front matter opened with '---' is never closed (expected a line '---')");
}

}  // namespace

bool is_publication_date(const std::string& text) { return parse_date(text).has_value(); }

SourcesMetadata parse_sources_yaml(const std::string& path, std::string text) {
  SourcesMetadata entries;
  rules::YamlReader reader(path, std::move(text));
  YAML::Node root = reader.root();
  if (!root || root.IsNull()) return entries;
  reader.require_map(root, "sources.yaml: a mapping of file name to title, source, published");
  for (const auto& entry : root) {
    reader.require_map(entry.second, "the metadata of '" + entry.first.as<std::string>("") + "'");
    reader.only_keys(entry.second, {"title", "source", "published", "url", "author", "language"});
    auto& meta = entries[entry.first.as<std::string>("")];
    for (const char* key : kMetadataKeys) {
      if (entry.second[key]) meta[key] = reader.text(entry.second, key);
    }
    if (meta.count("published") && !is_publication_date(meta["published"])) {
      reader.fail(entry.second["published"], "expected the publication date as YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  return entries;
}

const std::map<std::string, std::string>* SourcesIndex::lookup(const std::string& document_path) {
  fs::path doc(document_path);
  std::string folder = doc.parent_path().string();
  auto it = folders_.find(folder);
  if (it == folders_.end()) {
    SourcesMetadata entries;
    fs::path file = doc.parent_path() / "sources.yaml";
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) entries = parse_sources_yaml(file.string(), read_file(file.string()));
    it = folders_.emplace(folder, std::move(entries)).first;
  }
  auto entry = it->second.find(doc.filename().string());
  return entry == it->second.end() ? nullptr : &entry->second;
}

namespace {
void require_document_size(const std::string& path, std::uintmax_t size) {
  if (size > kMaxDocumentBytes) {
    throw InputError({path, 1, 1}, "document of " + std::to_string(size) + " bytes is larger than the " +
                                       std::to_string(kMaxDocumentBytes >> 20) + " MiB a document may have (split it)");
  }
}
}  // namespace

Document parse_document(const std::string& path, std::string bytes, SourcesIndex& sources) {
  require_document_size(path, bytes.size());
  Document doc;
  doc.path = path;
  doc.markdown = fs::path(path).extension() == ".md";
  require_text(path, bytes);
  doc.info.path = path;
  doc.info.size = bytes.size();
  doc.info.sha256 = sha256_hex(bytes);
  doc.info.present = true;
  std::size_t begin = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  begin = read_front_matter(path, bytes, begin, doc.info);
  if (const auto* meta = sources.lookup(path)) {
    for (const auto& [key, value] : *meta) {
      bool from_front_matter = key == "title" ? !doc.info.title.empty()
                               : key == "source" ? !doc.info.source.empty()
                                                 : doc.info.published.has_value();
      if (!from_front_matter) set_metadata(key, value, doc.info);
    }
  }
  if (bytes.find_first_not_of(" \t\r\n", begin) == std::string::npos) {
    throw InputError(at_offset(path, bytes, begin), "empty document: expected text to extract claims from");
  }
  doc.body_begin = begin;
  doc.bytes = std::move(bytes);
  return doc;
}

Document read_document(const std::string& path, SourcesIndex& sources) {
  std::error_code ec;
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec) require_document_size(path, size);  // refused before its bytes are read
  return parse_document(path, read_file(path), sources);
}

}  // namespace factaudit
