// The Markdown report: a pull-request comment that names every member and cannot be hijacked by a
// document's text.
#include <sstream>

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace factaudit;

namespace {

std::string markdown(const unit::ReportFixture& fixture) {
  std::ostringstream out;
  find_report_format("md")->write(out, fixture.context());
  return out.str();
}

}  // namespace

TEST_CASE("markdown report lists the summary, each contradiction and its members", "[report][md]") {
  unit::ReportFixture fixture;
  std::string md = markdown(fixture);
  CHECK(md.find("## factaudit: 1 contradiction(s)") == 0);
  CHECK(md.find("| 2 | 2 | 1 | 0 | 0 | minor | 1 |") != std::string::npos);
  CHECK(md.find("`x-contra`") != std::string::npos);
  CHECK(md.find("news/b.md:3:1") != std::string::npos);
  CHECK(md.find("**likely wrong**") != std::string::npos);
  CHECK(md.find("fix&#58; change it") != std::string::npos);  // ':' as an entity: no autolink
}

TEST_CASE("markdown report renders document text inert", "[report][md]") {
  unit::ReportFixture fixture;
  std::string md = markdown(fixture);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("&lt;script&gt;") != std::string::npos);
  // no link can form: every "](" from the document has its bracket escaped
  for (std::size_t at = md.find("]("); at != std::string::npos; at = md.find("](", at + 1)) CHECK(md[at - 1] == '\\');
  CHECK(md.find("\\[click\\]") != std::string::npos);
  CHECK(md.find("![") == std::string::npos);  // no image
  // a table row keeps its three cells: every '|' from the document is escaped
  for (std::size_t at = md.find("cell"); at != std::string::npos; at = md.find("cell", at + 1)) {
    CHECK(md.substr(at - 3, 3) == "\\| ");
  }
  // the path from the input is escaped the same way
  CHECK(md.find("news/a &lt;b&gt;.md:2:5") != std::string::npos);
  CHECK(md.find("news/a <b>") == std::string::npos);
}

TEST_CASE("markdown report stops before GitHub's comment limit and says how many are left", "[report][md]") {
  unit::ReportFixture fixture;
  Contradiction base = fixture.result.contradictions.front();
  fixture.result.contradictions.clear();
  for (int i = 0; i < 400; ++i) {
    Contradiction c = base;
    c.id = "x" + std::to_string(i);
    c.derivation.assign(3, std::string(200, 'a'));
    fixture.result.contradictions.push_back(c);
  }
  fixture.summary = summarize(fixture.set, fixture.result, FailOn::minor);
  std::string md = markdown(fixture);
  CHECK(md.size() < 65536);
  CHECK(md.find("more contradiction(s) not shown here") != std::string::npos);
}

TEST_CASE("every registered format name is found and an unknown one is not", "[report]") {
  for (const char* name : {"text", "json", "md"}) CHECK(find_report_format(name) != nullptr);
  CHECK(find_report_format("xml") == nullptr);
  CHECK(report_format_names().find("md") != std::string::npos);
}
