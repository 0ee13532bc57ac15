// Byte offset → line:column (1-based, columns in code points); reading whole files.
#include <catch2/catch.hpp>

#include <string>

#include "factaudit/ingest/text_position.hpp"
#include "factaudit/model/diagnostic.hpp"
#include "../unit_support.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::unit::offset_of;
using factaudit::unit::TempDir;
using factaudit::unit::thrown;

namespace {
struct Pos {
  std::size_t line, column;
  bool operator==(const Pos& o) const { return line == o.line && column == o.column; }
};
std::ostream& operator<<(std::ostream& os, const Pos& p) { return os << p.line << ":" << p.column; }

Pos locate(const LineIndex& index, std::size_t offset) {
  Pos p{0, 0};
  index.locate(offset, p.line, p.column);
  return p;
}
}  // namespace

TEST_CASE("text position: columns count code points - not bytes", "[text_position]") {
  // line 2: "say ’hi’ to Пётр" — ’ is 3 bytes, each Cyrillic letter 2 bytes
  const std::string text = "first line\nsay \xE2\x80\x99hi\xE2\x80\x99 to \xD0\x9F\xD1\x91\xD1\x82\xD1\x80!\n";
  LineIndex index(text);
  CHECK(locate(index, offset_of(text, "to")) == Pos{2, 10});
  CHECK(locate(index, offset_of(text, "!")) == Pos{2, 17});
  CHECK(locate(index, offset_of(text, "\xD1\x91")) == Pos{2, 14});  // ё, the second letter of Пётр
  CHECK(locate(index, offset_of(text, "hi")) == Pos{2, 6});
}

TEST_CASE("text position: line starts and ends", "[text_position]") {
  const std::string text = "first line\nsecond\n\nfourth";
  LineIndex index(text);
  CHECK(locate(index, 0) == Pos{1, 1});
  CHECK(locate(index, 10) == Pos{1, 11});  // the newline itself ends line 1
  CHECK(locate(index, 11) == Pos{2, 1});
  CHECK(locate(index, offset_of(text, "\n\n") + 1) == Pos{3, 1});  // an empty line
  CHECK(locate(index, offset_of(text, "fourth")) == Pos{4, 1});
}

TEST_CASE("text position: offsets past the end map to the end", "[text_position]") {
  const std::string text = "ab\ncd";
  LineIndex index(text);
  CHECK(locate(index, text.size()) == Pos{2, 3});
  CHECK(locate(index, text.size() + 1) == Pos{2, 3});
  CHECK(locate(index, 1000000) == Pos{2, 3});

  const std::string trailing = "ab\n";
  LineIndex trailing_index(trailing);
  CHECK(locate(trailing_index, 99) == Pos{2, 1});

  LineIndex empty("");
  CHECK(locate(empty, 0) == Pos{1, 1});
  CHECK(locate(empty, 5) == Pos{1, 1});

  const std::string unicode = "\xD0\x9F\xD1\x91";  // Пё, 4 bytes, 2 code points
  LineIndex unicode_index(unicode);
  CHECK(locate(unicode_index, 100) == Pos{1, 3});
}

TEST_CASE("read_file returns the bytes exactly", "[text_position]") {
  TempDir dir;
  const std::string bytes = std::string("a\r\nb\0c\n\xE2\x80\x99", 10);
  auto path = dir.write("doc.txt", bytes).string();
  CHECK(read_file(path) == bytes);
  auto empty = dir.write("empty.md", "").string();
  CHECK(read_file(empty).empty());
}

TEST_CASE("read_file: a missing file or a folder is an InputError naming the path", "[text_position]") {
  TempDir dir;
  std::string missing = (dir.path() / "missing.md").string();
  auto error = thrown<InputError>([&] { read_file(missing); });
  REQUIRE(error);
  CHECK(error->where().path == missing);
  CHECK_THAT(error->what(), Contains(missing));

  auto folder = thrown<InputError>([&] { read_file(dir.str()); });
  REQUIRE(folder);
  CHECK(folder->where().path == dir.str());
  CHECK_THAT(folder->message(), Contains("directory"));
}
