// Which bytes of a document carry prose (Markdown and plain-text pieces), checked through the clean text
// they produce; every range checked is mapped back to the original bytes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "clean_text_support.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::unit::offset_of;
using factaudit::unit::TempDir;

using namespace factaudit::unit::clean;

TEST_CASE("text pieces: plain text lines of one paragraph are joined by the line break", "[ingest][clean_text]") {
  const std::string original = "Trade rose in\nthe first quarter.\n";
  std::vector<TextPiece> pieces = plain_text_pieces(original, 0);
  INFO(describe(original, pieces));
  REQUIRE(pieces.size() == 3);
  CHECK(same_piece(pieces[0], {0, 13, true}));
  CHECK(same_piece(pieces[1], {13, 14, false}));  // the '\n' reads as a space
  CHECK(same_piece(pieces[2], {14, 32, false}));
  CleanText clean(original, pieces);
  CHECK(clean.text() == "Trade rose in the first quarter.");
  check_maps_back(clean, original, "in the", "in\nthe");
}

TEST_CASE("text pieces: hard-wrapped plain text paragraphs are joined and a heading is split off", "[ingest][clean_text]") {
  const std::string original =
      "TRADE REVIEW 2023\n"
      "Kazakhstan and Uzbekistan expanded their bilateral trade during the first\n"
      "half of the year, and officials said exports of grain rose to 3.5 million\n"
      "tons by the end of June.\n"
      "\n"
      "Second paragraph starts here and it is also wrapped over more than a single\n"
      "line of text.\n";
  CleanText clean = clean_plain(original);
  CHECK(blocks_of(clean.text()) ==
        std::vector<std::string>{"TRADE REVIEW 2023",
                                 "Kazakhstan and Uzbekistan expanded their bilateral trade during the first half of the "
                                 "year, and officials said exports of grain rose to 3.5 million tons by the end of June.",
                                 "Second paragraph starts here and it is also wrapped over more than a single line of text."});
  check_maps_back(clean, original, "first half", "first\nhalf");
  check_maps_back(clean, original, "3.5 million tons", "3.5 million\ntons");
  check_maps_back(clean, original, "TRADE REVIEW 2023", "TRADE REVIEW 2023");
  check_map_is_sane(clean, original);
}

TEST_CASE("text pieces: a plain line that ends a sentence ends its block", "[ingest][clean_text]") {
  const std::string original =
      "Exports rose by five percent over the whole of the last calendar year.\n"
      "Imports fell.\n"
      "He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D\n"
      "And so on\n";
  CleanText clean = clean_plain(original);
  CHECK(blocks_of(clean.text()) == std::vector<std::string>{
                                       "Exports rose by five percent over the whole of the last calendar year.",
                                       "Imports fell.", "He said: \"We agree.\"", "And so on"});
}

TEST_CASE("text pieces: a short line before a capitalised line is a heading", "[ingest][clean_text]") {
  const std::string original = "Overview\nExports rose in 2023\nbut imports fell.\n";
  CleanText clean = clean_plain(original);
  // "Overview" is a heading; "Exports rose in 2023" continues with a lower-case line
  CHECK(blocks_of(clean.text()) == std::vector<std::string>{"Overview", "Exports rose in 2023 but imports fell."});
}

TEST_CASE("text pieces: plain text with CRLF line ends joins without the CR", "[ingest][clean_text]") {
  const std::string original = "Exports of wheat to Uzbekistan reached a new high over the twelve\r\nmonths.\r\n\r\nNext.\r\n";
  CleanText clean = clean_plain(original);
  CHECK(clean.text() == "Exports of wheat to Uzbekistan reached a new high over the twelve months.\nNext.");
  check_maps_back(clean, original, "twelve months.", "twelve\r\nmonths.");
  check_maps_back(clean, original, "Next.", "Next.");
}

TEST_CASE("text pieces: blank lines with spaces separate plain paragraphs", "[ingest][clean_text]") {
  // spaces before a block break are dropped, as are spaces at the start of a block
  const std::string original = "  First paragraph text  \n \t \n  second paragraph text\n";
  CleanText clean = clean_plain(original);
  CHECK(blocks_of(clean.text()) == std::vector<std::string>{"First paragraph text", "second paragraph text"});
  check_maps_back(clean, original, "First", "First");
}

TEST_CASE("text pieces: plain text starts at the body after front matter", "[ingest][clean_text]") {
  TempDir dir;
  SourcesIndex sources;
  const std::string original = "---\ntitle: Report 1999\npublished: 2024-01\n---\nExports rose in 2023.\n";
  Document doc = parse_document((dir.path() / "doc.txt").string(), original, sources);
  CleanText clean = clean_plain(doc.bytes, doc.body_begin);
  CHECK(clean.text() == "Exports rose in 2023.");
  check_maps_back(clean, original, "2023", "2023");
}

// --- Markdown pieces --------------------------------------------------------------------------------------

TEST_CASE("text pieces: a Markdown document keeps its prose and drops markup code and link targets",
          "[ingest][clean_text]") {
  TempDir dir;
  SourcesIndex sources;
  const std::string original =
      "---\n"
      "title: Trade report 1111\n"
      "published: 2024-01\n"
      "---\n"
      "# Trade between Kazakhstan and Uzbekistan in 2023 #\n"
      "\n"
      "Bilateral trade reached **$4.2 billion** in 2023, according to the\n"
      "[statistics office](http://x/2023).\n"
      "\n"
      "<!-- reviewer: check 9999 -->\n"
      "- Exports: 1,234 tons\n"
      "- Imports: _567_ tons\n"
      "\n"
      "```python\n"
      "x = 7777\n"
      "print(8888)\n"
      "```\n"
      "\n"
      "![chart 3333](img/3333.png)\n"
      "Final paragraph with <span class=\"n\">inline</span> HTML.\n";
  Document doc = parse_document((dir.path() / "doc.md").string(), original, sources);
  REQUIRE(doc.markdown);
  CleanText clean = clean_markdown(doc.bytes, doc.body_begin);
  INFO("clean text: [" << clean.text() << "]");
  CHECK(blocks_of(clean.text()) ==
        std::vector<std::string>{"Trade between Kazakhstan and Uzbekistan in 2023",
                                 "Bilateral trade reached $4.2 billion in 2023, according to the statistics office.",
                                 "Exports: 1,234 tons", "Imports: 567 tons", "Final paragraph with inline HTML."});
  for (const char* absent : {"1111", "http", "x/2023", "9999", "reviewer", "7777", "8888", "python", "3333", "chart",
                             "span", "<", ">", "*", "_", "#", "`"}) {
    INFO(absent);
    CHECK(clean.text().find(absent) == std::string::npos);
  }
  check_maps_back(clean, original, "$4.2 billion", "$4.2 billion");
  check_maps_back(clean, original, "statistics office", "statistics office");
  check_maps_back(clean, original, "the statistics", "the\n[statistics");
  check_maps_back(clean, original, "567", "567");
  check_maps_back(clean, original, "in 2023", "in 2023", 0, 0);
  check_maps_back(clean, original, "in 2023,", "in 2023,");
  check_maps_back(clean, original, "1,234 tons", "1,234 tons");
  check_maps_back(clean, original, "with inline", "with <span class=\"n\">inline");
  check_map_is_sane(clean, original);
}

TEST_CASE("text pieces: a Markdown line that only holds a comment or an image does not join blocks",
          "[ingest][clean_text]") {
  const std::string comment = "First paragraph.\n\n<!-- note 9999 -->\nSecond paragraph.\n";
  CHECK(blocks_of(clean_markdown(comment).text()) == std::vector<std::string>{"First paragraph.", "Second paragraph."});

  const std::string image = "First paragraph.\n\n![figure](fig.png)\nSecond paragraph.\n";
  CHECK(blocks_of(clean_markdown(image).text()) == std::vector<std::string>{"First paragraph.", "Second paragraph."});

  // inside a paragraph such a line does not end it
  const std::string inside = "First line\n<!-- note -->\nsecond line.\n";
  CHECK(blocks_of(clean_markdown(inside).text()) == std::vector<std::string>{"First line second line."});
}

TEST_CASE("text pieces: a Markdown comment over several lines is left out", "[ingest][clean_text]") {
  const std::string original =
      "Exports rose.\n"
      "\n"
      "<!--\n"
      "Draft figure: 5555 tons\n"
      "-->\n"
      "Imports fell.\n"
      "\n"
      "Text before <!-- an open\n"
      "comment 6666 --> and after.\n";
  CleanText clean = clean_markdown(original);
  INFO("clean text: [" << clean.text() << "]");
  CHECK(clean.text().find("5555") == std::string::npos);
  CHECK(clean.text().find("6666") == std::string::npos);
  CHECK(clean.text().find("<!--") == std::string::npos);
  CHECK(clean.text().find("-->") == std::string::npos);
  CHECK(blocks_of(clean.text()) ==
        std::vector<std::string>{"Exports rose.", "Imports fell.", "Text before and after."});
  check_maps_back(clean, original, "Imports fell.", "Imports fell.");
  check_maps_back(clean, original, "and after.", "and after.");
}

TEST_CASE("text pieces: Markdown headings and list items are blocks of their own", "[ingest][clean_text]") {
  const std::string original =
      "## Exports\n"
      "Grain exports rose.\n"
      "* first item\n"
      "  continued here\n"
      "+ second item\n"
      "1. numbered item\n"
      "2) another item\n"
      "\n"
      "> quoted text\n"
      "> goes on\n"
      "Setext heading\n"
      "==============\n"
      "Closing paragraph.\n";
  CleanText clean = clean_markdown(original);
  CHECK(blocks_of(clean.text()) ==
        std::vector<std::string>{"Exports", "Grain exports rose.", "first item continued here", "second item",
                                 "numbered item", "another item", "quoted text goes on", "Setext heading",
                                 "Closing paragraph."});
  check_maps_back(clean, original, "item continued", "item\n  continued");
}

TEST_CASE("text pieces: a year at the start of a wrapped Markdown line is not a list number", "[ingest][clean_text]") {
  const std::string original = "Bilateral trade grew strongly in\n2023. Exports rose by 5%.\n";
  CleanText clean = clean_markdown(original);
  CHECK(clean.text() == "Bilateral trade grew strongly in 2023. Exports rose by 5%.");
  check_maps_back(clean, original, "in 2023.", "in\n2023.");

  // a real ordered list after a paragraph still is one when it starts at 1, and so are its later items
  const std::string list = "Steps:\n1. first\n2. second\n";
  CHECK(blocks_of(clean_markdown(list).text()) == std::vector<std::string>{"Steps:", "first", "second"});
  // after a blank line any number starts a list item
  const std::string after_blank = "Steps:\n\n3. third\n";
  CHECK(blocks_of(clean_markdown(after_blank).text()) == std::vector<std::string>{"Steps:", "third"});
}

TEST_CASE("text pieces: Markdown reference links keep their text and definitions are left out",
          "[ingest][clean_text]") {
  const std::string original =
      "See the [customs report][2023] and [the ministry][].\n"
      "\n"
      "[2023]: https://stat.gov.kz/2023/trade.pdf\n"
      "  [the ministry]: <http://x/1999> \"Title 1999\"\n"
      "\n"
      "Exports rose.\n";
  CleanText clean = clean_markdown(original);
  INFO("clean text: [" << clean.text() << "]");
  CHECK(blocks_of(clean.text()) == std::vector<std::string>{"See the customs report and the ministry.", "Exports rose."});
  CHECK(clean.text().find("2023") == std::string::npos);
  CHECK(clean.text().find("1999") == std::string::npos);
  check_maps_back(clean, original, "customs report and", "customs report][2023] and");

  // inside a paragraph a "[x]:" line is prose (a definition cannot interrupt a paragraph)
  const std::string inside = "Ratio\n[a]: 5 to 1\n";
  CHECK(clean_markdown(inside).text() == "Ratio [a]: 5 to 1");
}

TEST_CASE("text pieces: Markdown emphasis escapes and inline code", "[ingest][clean_text]") {
  const std::string original = "A *big* __rise__ of `5%` in snake_case, 2 * 3 and \\*literal\\* stars.\n";
  CleanText clean = clean_markdown(original);
  CHECK(clean.text() == "A big rise of 5% in snake_case, 2 * 3 and *literal* stars.");
  check_maps_back(clean, original, "big", "big");
  check_maps_back(clean, original, "*literal*", "*literal\\*");
  check_maps_back(clean, original, "snake_case", "snake_case");
}

TEST_CASE("text pieces: Markdown fenced code with tildes and indented fences is skipped", "[ingest][clean_text]") {
  const std::string original =
      "Before.\n"
      "~~~\n"
      "1234 inside\n"
      "~~~\n"
      "Middle.\n"
      "   ```\n"
      "5678 inside\n"
      "   ```\n"
      "After.\n";
  CleanText clean = clean_markdown(original);
  CHECK(blocks_of(clean.text()) == std::vector<std::string>{"Before.", "Middle.", "After."});
}

TEST_CASE("text pieces: Markdown thematic breaks separate paragraphs", "[ingest][clean_text]") {
  const std::string original = "Para one\n\n***\n\nPara two\n\n- - -\nPara three\n";
  CleanText clean = clean_markdown(original);
  CHECK(blocks_of(clean.text()) == std::vector<std::string>{"Para one", "Para two", "Para three"});
}

TEST_CASE("text pieces: Markdown table cells are blocks and the delimiter row is left out", "[ingest][clean_text]") {
  const std::string original = "| Year | Exports |\n|------|:-------:|\n| 2022 | 1,200 |\n| 2023 | 1,450|\n";
  CleanText clean = clean_markdown(original);
  std::vector<std::string> blocks = blocks_of(clean.text());
  CHECK(blocks == std::vector<std::string>{"Year", "Exports", "2022", "1,200", "2023", "1,450"});
  check_maps_back(clean, original, "1,450", "1,450");
}

TEST_CASE("text pieces: Markdown pieces of a heading are exact byte ranges", "[ingest][clean_text]") {
  const std::string original = "# Title #\nText *em* end.\n";
  std::vector<TextPiece> pieces = markdown_pieces(original, 0);
  INFO(describe(original, pieces));
  REQUIRE(pieces.size() == 4);
  CHECK(same_piece(pieces[0], {2, 7, true}));     // "Title" without the closing '#'
  CHECK(same_piece(pieces[1], {10, 15, true}));   // "Text "
  CHECK(same_piece(pieces[2], {16, 18, false}));  // "em"
  CHECK(same_piece(pieces[3], {19, 24, false}));  // " end."
}

TEST_CASE("text pieces: Markdown CRLF text and links split over markup", "[ingest][clean_text]") {
  const std::string original = "Trade with [Kazakhstan](https://kz/2020)\r\nrose **strongly**.\r\n\r\n# Next\r\n";
  CleanText clean = clean_markdown(original);
  CHECK(clean.text() == "Trade with Kazakhstan rose strongly.\nNext");
  check_maps_back(clean, original, "Kazakhstan rose", "Kazakhstan](https://kz/2020)\r\nrose");
  check_map_is_sane(clean, original);
}

TEST_CASE("text pieces: typographic characters in Markdown are cleaned and map back", "[ingest][clean_text]") {
  const std::string original =
      "## Kazakhstan\xE2\x80\x99s exports\n"
      "Exports of \xD1\x81oal rose to \xEF\xBC\x93.5\xC2\xA0million tons in 2019\xE2\x80\x93" "2023.\n";
  CleanText clean = clean_markdown(original);
  CHECK(clean.text() == "Kazakhstan's exports\nExports of coal rose to 3.5 million tons in 2019-2023.");
  check_maps_back(clean, original, "Kazakhstan's", "Kazakhstan\xE2\x80\x99s");
  check_maps_back(clean, original, "coal", "\xD1\x81oal");
  check_maps_back(clean, original, "3.5 million", "\xEF\xBC\x93.5\xC2\xA0million");
  check_maps_back(clean, original, "2019-2023", "2019\xE2\x80\x93" "2023");
  check_map_is_sane(clean, original);
}
