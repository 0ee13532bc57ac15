// Source documents (.txt, .md): UTF-8 checks, BOM, front matter, sources.yaml, empty documents; every
// error is located as path:line:col (checked against the independent line_col helper).
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "factaudit/ingest/document.hpp"
#include "factaudit/ingest/sha256.hpp"
#include "factaudit/model/diagnostic.hpp"
#include "../unit_support.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using factaudit::unit::line_col;
using factaudit::unit::LineCol;
using factaudit::unit::offset_of;
using factaudit::unit::position_at;
using factaudit::unit::TempDir;
using factaudit::unit::thrown;

namespace {

/// The error names `path` at byte `offset` of `text`, in its fields and in its formatted message.
void check_error_at_offset(const InputError& error, const std::string& path, const std::string& text,
                           std::size_t offset) {
  INFO("error: " << error.what());
  LineCol at = line_col(text, offset);
  CHECK(error.where().path == path);
  CHECK(error.where().line == at.line);
  CHECK(error.where().column == at.column);
  CHECK_THAT(error.what(), StartsWith(position_at(path, text, offset) + ": error: "));
}

/// The error is located at the `nth` occurrence of `needle` in `text`.
void check_document_error_at(const InputError& error, const std::string& path, const std::string& text,
                    const std::string& needle, std::size_t nth = 0) {
  check_error_at_offset(error, path, text, offset_of(text, needle, nth));
}

/// A folder for documents; parse() and read() use one SourcesIndex per scene.
struct DocumentScene {
  TempDir dir;
  SourcesIndex sources;

  std::string path(const std::string& name) const { return (dir.path() / name).string(); }
  Document parse(const std::string& name, const std::string& bytes) { return parse_document(path(name), bytes, sources); }
  std::optional<InputError> parse_error(const std::string& name, const std::string& bytes) {
    return thrown<InputError>([&] { parse(name, bytes); });
  }
  Document read(const std::string& name) { return read_document(path(name), sources); }
  std::optional<InputError> read_error(const std::string& name) {
    return thrown<InputError>([&] { read(name); });
  }
};

}  // namespace

// --- reading and metadata ---------------------------------------------------------------------------------

TEST_CASE("document: Markdown front matter gives title source and publication date", "[ingest][document]") {
  DocumentScene scene;
  const std::string text =
      "---\n"
      "title: Trade between Kazakhstan and Uzbekistan\n"
      "source: Ministry of Trade\n"
      "published: 2024-03-15\n"
      "---\n"
      "# Results\n"
      "\n"
      "Trade reached $4.2 billion in 2023.\n";
  Document doc = scene.parse("report.md", text);
  CHECK(doc.path == scene.path("report.md"));
  CHECK(doc.bytes == text);
  CHECK(doc.markdown);
  CHECK(doc.body_begin == offset_of(text, "# Results"));
  CHECK(doc.info.path == scene.path("report.md"));
  CHECK(doc.info.title == "Trade between Kazakhstan and Uzbekistan");
  CHECK(doc.info.source == "Ministry of Trade");
  CHECK(doc.info.published == std::optional<std::string>("2024-03-15"));
  CHECK(doc.info.size == text.size());
  CHECK(doc.info.sha256 == sha256_hex(text));
  CHECK(doc.info.present);
  CHECK_FALSE(doc.info.stale);
}

TEST_CASE("document: plain text without front matter has its body at byte 0", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "Trade reached $4.2 billion in 2023.\nExports grew.\n";
  Document doc = scene.parse("notes.txt", text);
  CHECK_FALSE(doc.markdown);
  CHECK(doc.body_begin == 0);
  CHECK(doc.bytes == text);
  CHECK(doc.info.title.empty());
  CHECK(doc.info.source.empty());
  CHECK_FALSE(doc.info.published.has_value());
  CHECK(doc.info.size == text.size());
  CHECK(doc.info.sha256 == sha256_hex(text));
}

TEST_CASE("document: only the .md extension means Markdown", "[ingest][document]") {
  DocumentScene scene;
  CHECK(scene.parse("a.md", "Text.\n").markdown);
  CHECK_FALSE(scene.parse("a.txt", "Text.\n").markdown);
  CHECK_FALSE(scene.parse("a.markdown.txt", "Text.\n").markdown);
  CHECK_FALSE(scene.parse("md", "Text.\n").markdown);
}

TEST_CASE("document: a BOM is skipped and counted in the body start", "[ingest][document]") {
  DocumentScene scene;
  const std::string bom = "\xEF\xBB\xBF";
  Document plain = scene.parse("bom.txt", bom + "Exports rose.\n");
  CHECK(plain.body_begin == 3);
  CHECK(plain.bytes.size() == 3 + std::string("Exports rose.\n").size());  // the bytes stay as stored

  const std::string with_front_matter = bom + "---\ntitle: BOM and front matter\n---\nExports rose.\n";
  Document doc = scene.parse("bom.md", with_front_matter);
  CHECK(doc.info.title == "BOM and front matter");
  CHECK(doc.body_begin == offset_of(with_front_matter, "Exports"));
}

TEST_CASE("document: front matter with CRLF line ends and a '...' closing line", "[ingest][document]") {
  DocumentScene scene;
  const std::string crlf = "---\r\ntitle: Windows\r\npublished: 2023-07\r\n---\r\nBody text.\r\n";
  Document doc = scene.parse("crlf.md", crlf);
  CHECK(doc.info.title == "Windows");
  CHECK(doc.info.published == std::optional<std::string>("2023-07"));
  CHECK(doc.body_begin == offset_of(crlf, "Body"));

  const std::string dots = "---\ntitle: Dots\n...\nBody text.\n";
  Document closed = scene.parse("dots.md", dots);
  CHECK(closed.info.title == "Dots");
  CHECK(closed.body_begin == offset_of(dots, "Body"));
}

TEST_CASE("document: empty front matter is allowed and unknown keys are ignored", "[ingest][document]") {
  DocumentScene scene;
  const std::string empty = "---\n---\nBody.\n";
  Document doc = scene.parse("empty-fm.md", empty);
  CHECK(doc.body_begin == offset_of(empty, "Body"));
  CHECK(doc.info.title.empty());
  CHECK_FALSE(doc.info.published.has_value());

  const std::string extra = "---\nauthor: Someone\ntags: [trade]\ntitle: Kept\n---\nBody.\n";
  Document other = scene.parse("extra.md", extra);
  CHECK(other.info.title == "Kept");
  CHECK(other.body_begin == offset_of(extra, "Body"));
}

TEST_CASE("document: a '---' that is not on the first line is not front matter", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "Intro line.\n---\ntitle: not metadata\n---\n";
  Document doc = scene.parse("rule.md", text);
  CHECK(doc.body_begin == 0);
  CHECK(doc.info.title.empty());
}

TEST_CASE("document: publication dates are YYYY YYYY-MM or YYYY-MM-DD naming a real day", "[ingest][document]") {
  for (const char* good : {"2023", "2023-01", "2023-12", "2023-12-31", "2024-02-29", "2000-02-29", "1999-04-30"}) {
    INFO(good);
    CHECK(is_publication_date(good));
  }
  for (const char* bad : {"", "23", "202", "20234", "0000", "2023-", "2023-00", "2023-13", "2023-5", "2023-05-1",
                          "2023-02-29", "1900-02-29", "2023-04-31", "2023-05-00", "2023-05-01T10:00", "2023/05/01",
                          "May 2023", " 2023", "2023 "}) {
    INFO("'" << bad << "'");
    CHECK_FALSE(is_publication_date(bad));
  }
}

TEST_CASE("document: each accepted date form is kept as written", "[ingest][document]") {
  DocumentScene scene;
  for (const char* date : {"2023", "2023-11", "2024-02-29"}) {
    INFO(date);
    Document doc = scene.parse("dated.md", std::string("---\npublished: ") + date + "\n---\nBody.\n");
    CHECK(doc.info.published == std::optional<std::string>(date));
  }
  // quoted in YAML it is the same date
  Document quoted = scene.parse("quoted.md", "---\npublished: \"2022-06\"\n---\nBody.\n");
  CHECK(quoted.info.published == std::optional<std::string>("2022-06"));
}

// --- front matter errors ----------------------------------------------------------------------------------

TEST_CASE("document: a publication date that names no real day is reported at its value", "[ingest][document]") {
  DocumentScene scene;
  for (const char* bad : {"2023-02-29", "2023-13", "2023-4-1", "March 2023", "2023-04-31"}) {
    INFO(bad);
    const std::string text = std::string("---\ntitle: Dated\npublished: ") + bad + "\n---\nBody.\n";
    auto error = scene.parse_error("bad-date.md", text);
    REQUIRE(error);
    check_document_error_at(*error, scene.path("bad-date.md"), text, bad);
    CHECK_THAT(error->message(), Contains("YYYY, YYYY-MM or YYYY-MM-DD"));
    CHECK_THAT(error->message(), Contains(bad));
  }
}

TEST_CASE("document: front matter that is never closed is reported at its opening line", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "---\ntitle: Open\n\nBody text without a closing line.\n";
  auto error = scene.parse_error("open.md", text);
  REQUIRE(error);
  check_error_at_offset(*error, scene.path("open.md"), text, 0);
  CHECK_THAT(error->message(), Contains("never closed"));

  // after a BOM the opening line starts at byte 3 (column 2: the BOM is a code point)
  const std::string bom = "\xEF\xBB\xBF" + text;
  auto after_bom = scene.parse_error("open-bom.md", bom);
  REQUIRE(after_bom);
  check_error_at_offset(*after_bom, scene.path("open-bom.md"), bom, 3);

  // a closing line with trailing text does not close it
  const std::string trailing = "---\ntitle: Open\n--- \nBody.\n";
  auto not_closed = scene.parse_error("trailing.md", trailing);
  REQUIRE(not_closed);
  check_error_at_offset(*not_closed, scene.path("trailing.md"), trailing, 0);
}

TEST_CASE("document: invalid YAML in front matter is reported at its place in the file", "[ingest][document]") {
  DocumentScene scene;
  // an unterminated flow sequence opened on line 3: yaml-cpp stops at the ':' of the next line
  const std::string text = "---\ntitle: Fine\nsource: [unclosed\npublished: 2023\n---\nBody.\n";
  auto error = scene.parse_error("bad-yaml.md", text);
  REQUIRE(error);
  check_document_error_at(*error, scene.path("bad-yaml.md"), text, ": 2023");
  CHECK_THAT(error->message(), StartsWith("invalid YAML"));

  // a bad mapping value on line 3: the error points at its ':' (file line 3, not front matter line 2)
  const std::string map_value = "---\ntitle: Fine\nsource: a: b\n---\nBody.\n";
  auto second = scene.parse_error("bad-map.md", map_value);
  REQUIRE(second);
  check_document_error_at(*second, scene.path("bad-map.md"), map_value, ": b");
  CHECK_THAT(second->message(), StartsWith("invalid YAML"));

  // after a BOM the lines are still the file's lines
  const std::string bom = "\xEF\xBB\xBF" + map_value;
  auto third = scene.parse_error("bad-map-bom.md", bom);
  REQUIRE(third);
  check_document_error_at(*third, scene.path("bad-map-bom.md"), bom, ": b");
}

TEST_CASE("document: an invalid date after a BOM and CRLF lines is located in the file", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "\xEF\xBB\xBF---\r\ntitle: T\r\npublished: 2023-02-30\r\n---\r\nBody.\r\n";
  auto error = scene.parse_error("bom-crlf.md", text);
  REQUIRE(error);
  check_document_error_at(*error, scene.path("bom-crlf.md"), text, "2023-02-30");
  CHECK(error->where().line == 3);
  CHECK(error->where().column == 12);
}

TEST_CASE("document: front matter that is not a mapping is reported where it starts", "[ingest][document]") {
  DocumentScene scene;
  const std::string list = "---\n- title\n- source\n---\nBody.\n";
  auto error = scene.parse_error("list.md", list);
  REQUIRE(error);
  check_document_error_at(*error, scene.path("list.md"), list, "- title");
  CHECK_THAT(error->message(), Contains("front matter"));

  const std::string scalar = "---\njust words\n---\nBody.\n";
  auto words = scene.parse_error("scalar.md", scalar);
  REQUIRE(words);
  check_document_error_at(*words, scene.path("scalar.md"), scalar, "just words");
}

TEST_CASE("document: a metadata value that is not a string is reported at the value", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "---\ntitle:\n  nested: map\nsource: Fine\n---\nBody.\n";
  auto error = scene.parse_error("nested.md", text);
  REQUIRE(error);
  check_document_error_at(*error, scene.path("nested.md"), text, "nested");
  CHECK_THAT(error->message(), Contains("title"));
}

// --- UTF-8 and binary files -------------------------------------------------------------------------------

TEST_CASE("document: an invalid UTF-8 byte is reported at its line and column", "[ingest][document]") {
  DocumentScene scene;
  // line 3, after two 2-byte and one 3-byte characters: the byte column (12) differs from the code point
  // column (9), so a byte count would be caught
  const std::string text = "First line.\nSecond line.\n\xC3\xA9\xC3\xA9\xE2\x80\x94" "abc \xFF more.\n";
  auto error = scene.parse_error("bad.txt", text);
  REQUIRE(error);
  check_document_error_at(*error, scene.path("bad.txt"), text, "\xFF");
  CHECK(error->where().line == 3);
  CHECK(error->where().column == 8);
  CHECK_THAT(error->message(), Contains("0xFF"));
  CHECK_THAT(error->message(), Contains("UTF-8"));
}

TEST_CASE("document: malformed UTF-8 sequences are each reported at their first byte", "[ingest][document]") {
  DocumentScene scene;
  struct Case {
    const char* what;
    std::string bytes;
    std::size_t bad;  // offset of the offending byte in `bytes`
    const char* hex;
  };
  const std::vector<Case> cases = {
      {"lone continuation byte", "\x80", 0, "0x80"},
      {"overlong 2-byte form", "\xC0\xAF", 0, "0xC0"},
      {"overlong 2-byte form C1", "\xC1\xBF", 0, "0xC1"},
      {"overlong 3-byte form", "\xE0\x80\xAF", 0, "0xE0"},
      {"UTF-16 surrogate", "\xED\xA0\x80", 0, "0xED"},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0, "0xF4"},
      {"F5 lead byte", "\xF5\x80\x80\x80", 0, "0xF5"},
      {"truncated 2-byte form", "\xC3 x", 0, "0xC3"},
      {"truncated 3-byte form", "\xE2\x82 x", 0, "0xE2"},
      {"overlong 4-byte form", "\xF0\x8F\xBF\xBF", 0, "0xF0"},
      {"Latin-1 e acute", "caf\xE9 ", 3, "0xE9"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    const std::string prefix = "Line one \xE2\x80\x93 fine.\nOK \xC3\xA9 ";
    const std::string text = prefix + c.bytes + "\n";
    auto error = scene.parse_error("seq.txt", text);
    REQUIRE(error);
    check_error_at_offset(*error, scene.path("seq.txt"), text, prefix.size() + c.bad);
    CHECK(error->where().line == 2);
    CHECK_THAT(error->message(), Contains(c.hex));
  }
  // truncated at the very end of the file
  const std::string cut = "Trade \xE2\x82";
  auto at_end = scene.parse_error("cut.txt", cut);
  REQUIRE(at_end);
  check_document_error_at(*at_end, scene.path("cut.txt"), cut, "\xE2");
}

TEST_CASE("document: valid multi-byte text of every length is accepted", "[ingest][document]") {
  DocumentScene scene;
  // 2-byte é, 3-byte em dash and U+FFFD, 4-byte emoji, the highest code point U+10FFFF, U+D7FF before the
  // surrogates and U+E000 after them
  const std::string text = "caf\xC3\xA9 \xE2\x80\x94 \xEF\xBF\xBD \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \xED\x9F\xBF \xEE\x80\x80.\n";
  Document doc = scene.parse("ok.txt", text);
  CHECK(doc.bytes == text);
}

TEST_CASE("document: a NUL byte marks a binary file and is reported where it is", "[ingest][document]") {
  DocumentScene scene;
  std::string text = "Header \xD0\x9A\xD0\xB0\xD0\xB7\n\nrow ";
  text += '\0';
  text += "\x01\x02 tail\n";
  auto error = scene.parse_error("data.txt", text);
  REQUIRE(error);
  check_error_at_offset(*error, scene.path("data.txt"), text, text.find('\0'));
  CHECK(error->where().line == 3);
  CHECK(error->where().column == 5);
  CHECK_THAT(error->message(), Contains("NUL byte"));
}

TEST_CASE("document: the first problem is reported when there are several", "[ingest][document]") {
  DocumentScene scene;
  std::string text = "ok\n\xFF then ";
  text += '\0';
  auto error = scene.parse_error("two.txt", text);
  REQUIRE(error);
  check_document_error_at(*error, scene.path("two.txt"), text, "\xFF");
  CHECK_THAT(error->message(), Contains("0xFF"));
}

// --- empty documents --------------------------------------------------------------------------------------

TEST_CASE("document: an empty or blank document is rejected", "[ingest][document]") {
  DocumentScene scene;
  for (const std::string& text : {std::string(), std::string(" \n\t\r\n\n"), std::string("\xEF\xBB\xBF"),
                                  std::string("\xEF\xBB\xBF\n  \n")}) {
    INFO("'" << text << "'");
    auto error = scene.parse_error("empty.txt", text);
    REQUIRE(error);
    std::size_t body = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    check_error_at_offset(*error, scene.path("empty.txt"), text, body);
    CHECK_THAT(error->message(), Contains("empty document"));
  }
}

TEST_CASE("document: front matter with no text after it is an empty document", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "---\ntitle: Nothing else\n---\n\n   \n";
  auto error = scene.parse_error("only-fm.md", text);
  REQUIRE(error);
  // located where the body would start: the line after the closing '---'
  check_error_at_offset(*error, scene.path("only-fm.md"), text, offset_of(text, "---\n\n") + 4);
  CHECK(error->where().line == 4);
  CHECK(error->where().column == 1);
  CHECK_THAT(error->message(), Contains("empty document"));

  const std::string no_newline = "---\ntitle: x\n---";
  auto closed_at_end = scene.parse_error("no-newline.md", no_newline);
  REQUIRE(closed_at_end);
  CHECK_THAT(closed_at_end->message(), Contains("empty document"));
  CHECK(closed_at_end->where().line == 3);
}

// --- sources.yaml -----------------------------------------------------------------------------------------

TEST_CASE("document: sources.yaml beside a document gives its metadata", "[ingest][document]") {
  DocumentScene scene;
  scene.dir.write("sources.yaml",
                  "report.txt:\n"
                  "  title: Quarterly trade report\n"
                  "  source: Statistics office\n"
                  "  published: 2023-10\n"
                  "  url: http://example.org/2023\n"
                  "other.txt:\n"
                  "  title: Another\n");
  scene.dir.write("report.txt", "Trade grew by 5% in 2023.\n");
  scene.dir.write("unlisted.txt", "No metadata here.\n");
  Document doc = scene.read("report.txt");
  CHECK(doc.info.title == "Quarterly trade report");
  CHECK(doc.info.source == "Statistics office");
  CHECK(doc.info.published == std::optional<std::string>("2023-10"));
  CHECK(doc.bytes == "Trade grew by 5% in 2023.\n");

  Document unlisted = scene.read("unlisted.txt");
  CHECK(unlisted.info.title.empty());
  CHECK(unlisted.info.source.empty());
  CHECK_FALSE(unlisted.info.published.has_value());
}

TEST_CASE("document: front matter wins over sources.yaml key by key", "[ingest][document]") {
  DocumentScene scene;
  scene.dir.write("sources.yaml",
                  "doc.md:\n"
                  "  title: Title from sources.yaml\n"
                  "  source: Source from sources.yaml\n"
                  "  published: 2021\n");
  const std::string text = "---\ntitle: Title from front matter\npublished: 2022-05-06\n---\nBody.\n";
  scene.dir.write("doc.md", text);
  Document doc = scene.read("doc.md");
  CHECK(doc.info.title == "Title from front matter");
  CHECK(doc.info.published == std::optional<std::string>("2022-05-06"));
  CHECK(doc.info.source == "Source from sources.yaml");  // not in the front matter
  CHECK(doc.body_begin == offset_of(text, "Body"));
}

TEST_CASE("document: sources.yaml in another folder does not apply", "[ingest][document]") {
  DocumentScene scene;
  scene.dir.write("sources.yaml", "doc.txt:\n  title: Top level\n");
  scene.dir.write("sub/doc.txt", "Text.\n");
  scene.dir.write("doc.txt", "Text.\n");
  CHECK(scene.read("sub/doc.txt").info.title.empty());
  CHECK(scene.read("doc.txt").info.title == "Top level");
}

TEST_CASE("document: an invalid date in sources.yaml is reported in sources.yaml", "[ingest][document]") {
  DocumentScene scene;
  const std::string yaml = "doc.txt:\n  title: Fine\n  published: 2023-02-30\n";
  scene.dir.write("sources.yaml", yaml);
  scene.dir.write("doc.txt", "Text.\n");
  auto error = scene.read_error("doc.txt");
  REQUIRE(error);
  check_document_error_at(*error, scene.path("sources.yaml"), yaml, "2023-02-30");
  CHECK_THAT(error->message(), Contains("YYYY, YYYY-MM or YYYY-MM-DD"));
}

TEST_CASE("document: sources.yaml rejects unknown keys and non-mapping entries", "[ingest][document]") {
  SECTION("unknown key") {
    DocumentScene scene;
    const std::string yaml = "doc.txt:\n  title: Fine\n  publisher: Someone\n";
    scene.dir.write("sources.yaml", yaml);
    scene.dir.write("doc.txt", "Text.\n");
    auto error = scene.read_error("doc.txt");
    REQUIRE(error);
    check_document_error_at(*error, scene.path("sources.yaml"), yaml, "publisher");
    CHECK_THAT(error->message(), Contains("unexpected key 'publisher'"));
  }
  SECTION("entry that is not a mapping") {
    DocumentScene scene;
    const std::string yaml = "other.txt:\n  title: Fine\ndoc.txt: just a title\n";
    scene.dir.write("sources.yaml", yaml);
    scene.dir.write("doc.txt", "Text.\n");
    auto error = scene.read_error("doc.txt");
    REQUIRE(error);
    check_document_error_at(*error, scene.path("sources.yaml"), yaml, "just a title");
    CHECK_THAT(error->message(), Contains("doc.txt"));
  }
  SECTION("the whole file is not a mapping") {
    DocumentScene scene;
    const std::string yaml = "- doc.txt\n";
    scene.dir.write("sources.yaml", yaml);
    scene.dir.write("doc.txt", "Text.\n");
    auto error = scene.read_error("doc.txt");
    REQUIRE(error);
    check_document_error_at(*error, scene.path("sources.yaml"), yaml, "- doc.txt");
    CHECK_THAT(error->message(), Contains("sources.yaml"));
  }
  SECTION("invalid YAML") {
    DocumentScene scene;
    const std::string yaml = "doc.txt:\n  title: a: b\n";
    scene.dir.write("sources.yaml", yaml);
    scene.dir.write("doc.txt", "Text.\n");
    auto error = scene.read_error("doc.txt");
    REQUIRE(error);
    check_document_error_at(*error, scene.path("sources.yaml"), yaml, ": b");
    CHECK_THAT(error->message(), StartsWith("invalid YAML"));
  }
}

TEST_CASE("document: an empty sources.yaml gives no metadata", "[ingest][document]") {
  DocumentScene scene;
  scene.dir.write("sources.yaml", "# nothing yet\n");
  scene.dir.write("doc.txt", "Text.\n");
  Document doc = scene.read("doc.txt");
  CHECK(doc.info.title.empty());
  CHECK_FALSE(doc.info.published.has_value());
}

// --- reading files ----------------------------------------------------------------------------------------

TEST_CASE("document: read_document keeps the bytes exactly as stored", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "\xEF\xBB\xBF---\r\ntitle: Kept\r\n---\r\nLine one\r\nLine two\xC2\xA0" "end\r\n";
  scene.dir.write("exact.md", text);
  Document doc = scene.read("exact.md");
  CHECK(doc.bytes == text);
  CHECK(doc.info.size == text.size());
  CHECK(doc.info.sha256 == sha256_hex(text));
  CHECK(doc.body_begin == offset_of(text, "Line one"));
  CHECK(doc.info.title == "Kept");
}

TEST_CASE("document: read_document reports a missing file and a folder by path", "[ingest][document]") {
  DocumentScene scene;
  auto missing = scene.read_error("missing.txt");
  REQUIRE(missing);
  CHECK(missing->where().path == scene.path("missing.txt"));
  CHECK(missing->where().line == 0);

  scene.dir.write("folder.md/inner.txt", "x\n");
  auto folder = scene.read_error("folder.md");
  REQUIRE(folder);
  CHECK(folder->where().path == scene.path("folder.md"));
  CHECK_THAT(folder->message(), Contains("directory"));
}

TEST_CASE("document: an invalid file read from disk is located in that file", "[ingest][document]") {
  DocumentScene scene;
  const std::string text = "Good line.\n\xD0\x9A\xD0\xB0\xD0\xB7 \xFE\n";
  scene.dir.write("disk.txt", text);
  auto error = scene.read_error("disk.txt");
  REQUIRE(error);
  check_document_error_at(*error, scene.path("disk.txt"), text, "\xFE");
  CHECK(error->where().line == 2);
  CHECK(error->where().column == 5);
}
