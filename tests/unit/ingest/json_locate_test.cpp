// JSON pointer → byte offset of the value in the text (header contract: the offset of the value at
// the pointer; when the last step is missing, the nearest enclosing value; nullopt when not JSON).
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "factaudit/ingest/json_locate.hpp"
#include "../unit_support.hpp"

using factaudit::locate_json_pointer;
using factaudit::unit::offset_of;

namespace {

const std::string kText = R"({
  "document": {"path": "a.md", "size": 40, "present": true},
  "claims": [
    {"id": "c1", "value": {"unit": "USD"}},
    {"id": "c2", "value": {"unit": "EUR", "n": [10, 20, 30]}, "tags": ["x", "y"]}
  ]
})";

/// Offsets as numbers (-1 for nullopt) so failures print readably.
long long loc(std::string_view text, const std::string& pointer) {
  auto offset = locate_json_pointer(text, pointer);
  return offset ? static_cast<long long>(*offset) : -1;
}
long long loc(const std::string& pointer) { return loc(kText, pointer); }
long long at(std::string_view text, std::string_view needle) { return static_cast<long long>(offset_of(text, needle)); }
long long at(std::string_view needle) { return at(kText, needle); }

}  // namespace

TEST_CASE("json_locate: the root - containers and elements of arrays of objects", "[json_locate]") {
  CHECK(loc("") == 0);
  CHECK(loc("/document") == at("{\"path\""));
  CHECK(loc("/claims") == at("[\n"));
  CHECK(loc("/claims/0") == at("{\"id\": \"c1\""));
  CHECK(loc("/claims/1") == at("{\"id\": \"c2\""));
  CHECK(loc("/claims/1/value") == at("{\"unit\": \"EUR\""));
  CHECK(loc("/claims/1/value/n") == at("[10"));
}

TEST_CASE("json_locate: strings in arrays - including escaped quotes", "[json_locate]") {
  CHECK(loc("/claims/1/tags/1") == at("\"y\""));
  const std::string escaped = R"(["a\"b", "c", "d\\"])";
  CHECK(loc(escaped, "/0") == 1);
  CHECK(loc(escaped, "/1") == at(escaped, "\"c\""));
  CHECK(loc(escaped, "/2") == at(escaped, "\"d"));
}

TEST_CASE("json_locate: a missing last step gives the enclosing value's offset", "[json_locate]") {
  CHECK(loc("/claims/1/span") == at("{\"id\": \"c2\""));
  CHECK(loc("/document/published") == at("{\"path\""));
  CHECK(loc("/claims/7") == at("[\n"));
  CHECK(loc("/claims/9/span/end") == at("[\n"));
  CHECK(loc("/nothing") == 0);
}

TEST_CASE("json_locate: ~0 and ~1 escapes in pointer tokens", "[json_locate]") {
  const std::string text = R"({"a/b": {"x": {}}, "m~n": [[2]]})";
  CHECK(loc(text, "/a~1b") == at(text, "{\"x\""));
  CHECK(loc(text, "/a~1b/x") == at(text, "{}"));
  CHECK(loc(text, "/m~0n") == at(text, "[["));
  CHECK(loc(text, "/m~0n/0") == at(text, "[2"));
}

TEST_CASE("json_locate: a scalar object member is located at its key (the field a reader looks for)", "[json_locate]") {
  CHECK(loc("/document/path") == at("\"path\""));
  CHECK(loc("/document/size") == at("\"size\""));
  CHECK(loc("/document/present") == at("\"present\""));
  CHECK(loc("/claims/0/id") == at("\"id\": \"c1\""));
  CHECK(loc("/claims/1/value/unit") == at("\"unit\": \"EUR\""));
  // missing step below a scalar: the scalar is the nearest enclosing value
  CHECK(loc("/claims/1/value/unit/x") == at("\"unit\": \"EUR\""));
}

TEST_CASE("json_locate: numbers and booleans in arrays are located at the element", "[json_locate]") {
  CHECK(loc("/claims/1/value/n/0") == at("10"));
  CHECK(loc("/claims/1/value/n/1") == at("20"));
  CHECK(loc("/claims/1/value/n/2") == at("30"));
  const std::string flat = "[1, 22, true, null]";
  CHECK(loc(flat, "/1") == 4);
  CHECK(loc(flat, "/2") == 8);
  CHECK(loc(flat, "/3") == 14);
}

TEST_CASE("json_locate: text that is not JSON at all gives nullopt", "[json_locate]") {
  CHECK_FALSE(locate_json_pointer("hello", ""));
  CHECK_FALSE(locate_json_pointer("hello", "/a"));
  CHECK_FALSE(locate_json_pointer("", ""));
}

TEST_CASE("json_locate: truncated JSON still locates what was read before the break", "[json_locate]") {
  CHECK(locate_json_pointer(R"({"a": [1, 2)", "") == 0);
  CHECK(locate_json_pointer(R"({"a": [1, 2)", "/a") == 6);
  CHECK(locate_json_pointer(R"({"a": [1, 2)", "/a/1") == 10);
}
