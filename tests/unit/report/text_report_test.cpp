// The text report: one finding per line, and nothing from a document can drive the terminal.
#include <sstream>

#include <catch2/catch.hpp>

#include "report_fixture.hpp"

using namespace factaudit;

TEST_CASE("text report keeps document control bytes away from the terminal", "[report][text]") {
  unit::ReportFixture fixture;
  fixture.set.claims[0].span.text = "$5 million\x1b]0;owned\x07\x1b[2J after";  // printed as a note
  fixture.set.documents[1].path = "news/b\x1b[31m.md";
  std::ostringstream out;
  find_report_format("text")->write(out, fixture.context());
  std::string text = out.str();
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
  CHECK(text.find("$5 million?]0;owned??[2J after") != std::string::npos);
}

TEST_CASE("explain shows the span alone when the document's bytes there differ", "[report][text]") {
  unit::ReportFixture fixture;  // its documents do not exist on disk
  std::ostringstream out;
  write_text_explanation(out, fixture.set, fixture.result.contradictions.front());
  CHECK(out.str().find("»$636.5 million«") != std::string::npos);
  CHECK(out.str().find("(most likely wrong)") != std::string::npos);
}
