// The HTML report: a page that shows each passage in context, draws a timeline and cannot be hijacked
// by a document's text or metadata.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace factaudit;

namespace {

std::string html(const unit::ReportFixture& fixture) {
  std::ostringstream out;
  find_report_format("html")->write(out, fixture.context());
  return out.str();
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

/// A document written for the test, removed afterwards.
struct TempDocument {
  std::filesystem::path path;
  explicit TempDocument(const std::string& name, const std::string& text)
      : path(std::filesystem::temp_directory_path() / name) {
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempDocument() { std::filesystem::remove(path); }
};

/// Points the fixture's first claim at `needle` inside `text`, in a document at `path`.
void place_first_claim(unit::ReportFixture& fixture, const std::string& path, const std::string& text,
                       const std::string& needle) {
  fixture.set.documents[0].path = path;
  Claim& claim = fixture.set.claims[0];
  claim.span.start = text.find(needle);
  claim.span.end = claim.span.start + needle.size();
  claim.span.text = needle;
}

}  // namespace

TEST_CASE("html report is one self-contained page with the summary and each contradiction", "[report][html]") {
  unit::ReportFixture fixture;
  std::string page = html(fixture);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(page.find("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"") != std::string::npos);
  CHECK(page.find("<tr><td>2</td><td>2</td><td>1</td><td>0</td><td>0</td><td>minor</td><td>1</td></tr>") !=
        std::string::npos);
  CHECK(page.find("<section class=\"contradiction major\" id=\"x-contra\">") != std::string::npos);
  CHECK(occurrences(page, "<article class=\"member") == 2);
  CHECK(occurrences(page, "<article class=\"member primary\">") == 1);
  CHECK(page.find("likely wrong") != std::string::npos);
  CHECK(page.find("turnover = exports + imports") != std::string::npos);
  CHECK(page.find("<strong>Fix:</strong> change it") != std::string::npos);
  CHECK(page.find("published 2024-05") != std::string::npos);
  // nothing is fetched and nothing runs
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("http://") == page.find("http://www.w3.org/2000/svg"));
  CHECK(page.find("https://") == std::string::npos);
}

TEST_CASE("html report lists undecided components with where their claims are", "[report][html]") {
  unit::ReportFixture fixture;
  CHECK(html(fixture).find("Undecided components") == std::string::npos);
  fixture.result.unknown = {{"k<9>", {"c-first", "c-second"}, "budget"}};
  fixture.summary = summarize(fixture.set, fixture.result, FailOn::unknown);
  std::string page = html(fixture);
  CHECK(page.find("<section class=\"unknown\">") != std::string::npos);
  CHECK(page.find("<code>k&lt;9&gt;</code>: 2 claims, at <code>news/a &lt;b&gt;.md:2:5</code>, <code>news/b.md:3:1</code>") !=
        std::string::npos);
  CHECK(page.find("<td>1</td><td>unknown</td>") != std::string::npos);
}

TEST_CASE("html report escapes document text and metadata everywhere", "[report][html]") {
  unit::ReportFixture fixture;
  fixture.set.documents[1].title = "\"><img src=x onerror=alert(1)> 'quoted'";
  fixture.result.contradictions[0].id = "x\" onmouseover=\"alert(1)";
  fixture.result.contradictions[0].claims = {"c-first", "c-second"};
  std::string page = html(fixture);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39;") != std::string::npos);
  // the id is sanitised in attributes and escaped in text: no attribute can break out
  CHECK(page.find("onmouseover=\"") == std::string::npos);
  CHECK(page.find("id=\"x--onmouseover--alert-1-\"") != std::string::npos);
  CHECK(page.find("href=\"#x--onmouseover--alert-1-\"") != std::string::npos);
  CHECK(page.find("news/a &lt;b&gt;.md:2:5") != std::string::npos);
  CHECK(page.find("news/a <b>") == std::string::npos);
}

TEST_CASE("html report shows a readable document's passage in context with the span marked", "[report][html]") {
  unit::ReportFixture fixture;
  std::string text =
      "---\ntitle: t\n---\n\nAn earlier sentence stays out. Turnover reached $636.5 million in 2023, "
      "officials said <script>x()</script>. A later sentence stays out too.\n";
  TempDocument doc("factaudit-html-report-test.md", text);
  place_first_claim(fixture, doc.path.string(), text, "$636.5 million");
  std::string page = html(fixture);
  CHECK(page.find("<blockquote class=\"passage\">Turnover reached <mark>$636.5 million</mark> in 2023, officials said "
                  "&lt;script&gt;x()&lt;/script&gt;.</blockquote>") != std::string::npos);
  CHECK(page.find("An earlier sentence") == std::string::npos);
  CHECK(page.find("A later sentence") == std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  // the other member's document does not exist: its span alone, marked, and a note
  CHECK(page.find("<blockquote class=\"passage\"><mark>&lt;script&gt;alert(1)") != std::string::npos);
  CHECK(page.find("could not be read") != std::string::npos);
}

TEST_CASE("html report cuts a long passage at a word and a UTF-8 boundary", "[report][html]") {
  unit::ReportFixture fixture;
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "Türkiye ";
  std::string text = filler + "said $636.5 million " + filler + "end.";
  TempDocument doc("factaudit-html-report-long.md", text);
  place_first_claim(fixture, doc.path.string(), text, "$636.5 million");
  std::string page = html(fixture);
  auto at = page.find("<blockquote class=\"passage\">… Türkiye");
  REQUIRE(at != std::string::npos);
  auto end = page.find("</blockquote>", at);
  std::string passage = page.substr(at, end - at);
  CHECK(passage.find("<mark>$636.5 million</mark>") != std::string::npos);
  CHECK(passage.size() < 520);
  CHECK(passage.substr(passage.size() - 12) == "Türkiye …");
}

TEST_CASE("html report falls back to the span when the document changed", "[report][html]") {
  unit::ReportFixture fixture;
  std::string text = "Turnover reached $636.5 million in 2023.";
  TempDocument doc("factaudit-html-report-changed.md", "Turnover reached $999.9 million in 2023.");
  place_first_claim(fixture, doc.path.string(), text, "$636.5 million");
  std::string page = html(fixture);
  CHECK(page.find("<blockquote class=\"passage\"><mark>$636.5 million</mark></blockquote>") != std::string::npos);
  CHECK(page.find("$999.9") == std::string::npos);
}

TEST_CASE("html report draws dated claims on a timeline, the members of a contradiction marked", "[report][html]") {
  unit::ReportFixture fixture;
  for (auto& claim : fixture.set.claims) claim.kind = ClaimKind::date;
  fixture.set.claims[0].slot = {{"subject", "TR-UZ"}, {"measure", "event.held:forum:2023"}};
  fixture.set.claims[0].value = {{"date", "2023-09-19"}};
  fixture.set.claims[1].slot = fixture.set.claims[0].slot;
  fixture.set.claims[1].value = {{"date", "2023-09-26"}};
  Claim period;
  period.id = "c-period";
  period.kind = ClaimKind::quantity;
  period.slot = {{"subject", "TR-UZ"}, {"measure", "trade.turnover"}, {"period", "2022"}};
  period.span = {0, 4, 1, 1, "<b>"};
  period.document = 1;
  fixture.set.claims.push_back(period);
  fixture.result.contradictions[0].kind = "date";
  std::string page = html(fixture);
  auto svg = page.find("<svg class=\"timeline\"");
  REQUIRE(svg != std::string::npos);
  std::string picture = page.substr(svg, page.find("</svg>", svg) - svg);
  CHECK(occurrences(picture, "class=\"item date clash\"") == 2);
  CHECK(occurrences(picture, "class=\"item quantity\"") == 1);
  CHECK(picture.find("<a href=\"#x-contra\">") != std::string::npos);
  CHECK(picture.find(">$636.5 million</text>") != std::string::npos);  // labelled
  CHECK(picture.find("2023-09-19") != std::string::npos);                // in a tooltip
  CHECK(picture.find(">2022</text>") != std::string::npos);              // year ticks
  CHECK(picture.find(">2023</text>") != std::string::npos);
  CHECK(picture.find("<script") == std::string::npos);
  CHECK(picture.find("<b>") == std::string::npos);
  CHECK(picture.find("&lt;b&gt;") != std::string::npos);
  // no dated claim, no picture
  unit::ReportFixture plain;
  CHECK(html(plain).find("<svg") == std::string::npos);
}

TEST_CASE("html report gives the same bytes for the same findings", "[report][html]") {
  unit::ReportFixture fixture;
  std::string text = "Turnover reached $636.5 million in 2023.";
  TempDocument doc("factaudit-html-report-same.md", text);
  place_first_claim(fixture, doc.path.string(), text, "$636.5 million");
  fixture.set.claims[0].kind = ClaimKind::date;
  fixture.set.claims[0].value = {{"date", "2024-03"}, {"part", "late"}};  // no rules: the whole month
  std::string first = html(fixture);
  CHECK(first == html(fixture));
  CHECK(first.find("<svg") != std::string::npos);
  CHECK(find_report_format("html") != nullptr);
  CHECK(report_format_names().find("html") != std::string::npos);
}
