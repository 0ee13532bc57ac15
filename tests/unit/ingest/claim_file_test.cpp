// Claim files (format v1, docs/claim-format.md): loading, and errors reported as path:line:col.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/ingest/sha256.hpp"
#include "factaudit/model/diagnostic.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "../unit_support.hpp"
#include "claim_builder.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::unit::line_col;
using factaudit::unit::LineCol;
using factaudit::unit::offset_of;
using factaudit::unit::position_at;
using factaudit::unit::TempDir;
using factaudit::unit::thrown;

namespace {

const ClaimValidator kAcceptAll = [](auto&, auto&) {};

// The document the claims speak about: "$636.5 million" is bytes 14..28 of line 1.
const std::string kDocument = "Trade reached $636.5 million in 2023.\n";

const std::string kClaim = R"(    {
      "id": "doc.turnover-2023",
      "kind": "quantity",
      "slot": {"subject": "AF-KZ", "measure": "trade.turnover", "period": "2023", "unit": "USD"},
      "value": {"literal": "636.5", "scale": "million", "unit": "USD"},
      "span": {"start": 14, "end": 28, "line": 1, "column": 15, "text": "$636.5 million"}
    })";

const std::string kTemplate = R"({
  "factaudit": "claims",
  "version": 1,
  "document": {
    "path": "doc.md",
    "size": @SIZE@,
    "sha256": "@SHA@",
    "published": "2024-11",
    "title": "Trade between Kazakhstan and Afghanistan"
  },
  "claims": [
@CLAIMS@
  ]
}
)";

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("test fixture lacks '" + from + "'");
  text.replace(at, from.size(), to);
}

/// A claim file for kDocument (correct size and hash) holding `claims` (the items of the array).
std::string claim_file(const std::string& claims = kClaim) {
  std::string text = kTemplate;
  replace_once(text, "@SIZE@", std::to_string(kDocument.size()));
  replace_once(text, "@SHA@", sha256_hex(kDocument));
  replace_once(text, "@CLAIMS@", claims);
  return text;
}

std::string edited(std::string text, const std::string& from, const std::string& to) {
  replace_once(text, from, to);
  return text;
}

/// A claim path in a temp folder (the document is present only when a test writes it).
struct ClaimFileScene {
  TempDir dir;
  std::string claim_path = (dir.path() / "doc.claims.json").string();
  ClaimSet set;
  Warnings warnings;

  void write_document(const std::string& bytes = kDocument) const { dir.write("doc.md", bytes); }
  void load(const std::string& text, const ClaimValidator& validate = kAcceptAll) {
    load_claim_text(claim_path, text, validate, set, warnings);
  }
  std::optional<InputError> error(const std::string& text, const ClaimValidator& validate = kAcceptAll) {
    return thrown<InputError>([&] { load(text, validate); });
  }
};

/// The error is located at the `nth` occurrence of `needle`.
void check_error_at(const InputError& error, const std::string& path, const std::string& text,
                    const std::string& needle, std::size_t nth = 0) {
  INFO("error: " << error.what());
  LineCol at = line_col(text, offset_of(text, needle, nth));
  CHECK(error.where().path == path);
  CHECK(error.where().line == at.line);
  CHECK(error.where().column == at.column);
  CHECK_THAT(error.what(), Contains(position_at(path, text, offset_of(text, needle, nth)) + ": error: "));
}

/// The error is located inside the token of `length` bytes at `start` (on its line, between its first and
/// last column).
void check_error_in_token(const InputError& error, const std::string& path, const std::string& text,
                          std::size_t start, std::size_t length) {
  INFO("error: " << error.what());
  LineCol first = line_col(text, start), last = line_col(text, start + length - 1);
  CHECK(error.where().path == path);
  CHECK(error.where().line == first.line);
  CHECK(error.where().column >= first.column);
  CHECK(error.where().column <= last.column);
  CHECK_THAT(error.what(), Contains(path + ":" + std::to_string(first.line) + ":"));
}

/// The error is located at an object member written `"key": value` on one line: its line, and the
/// column of either the key or the value (the json_locate tests pin down which one).
void check_error_at_member(const InputError& error, const std::string& path, const std::string& text,
                           const std::string& member, std::size_t nth = 0) {
  INFO("error: " << error.what());
  std::size_t key = offset_of(text, member, nth);
  std::size_t value = key + member.find(':') + 2;
  LineCol key_at = line_col(text, key), value_at = line_col(text, value);
  CHECK(error.where().path == path);
  CHECK(error.where().line == key_at.line);
  CHECK((error.where().column == key_at.column || error.where().column == value_at.column));
  CHECK_THAT(error.what(), Contains(path + ":" + std::to_string(key_at.line) + ":"));
}

}  // namespace

TEST_CASE("claim file: a valid file adds its document and claims", "[claim_file]") {
  ClaimFileScene scene;
  scene.load(claim_file());
  REQUIRE(scene.set.documents.size() == 1);
  const DocumentInfo& doc = scene.set.documents[0];
  CHECK(doc.path == (scene.dir.path() / "doc.md").lexically_normal().string());
  CHECK(doc.claim_file == scene.claim_path);
  CHECK(doc.size == kDocument.size());
  CHECK(doc.sha256 == sha256_hex(kDocument));
  CHECK(doc.published == std::optional<std::string>("2024-11"));
  CHECK(doc.title == "Trade between Kazakhstan and Afghanistan");
  CHECK_FALSE(doc.present);  // not written: the claims are used as recorded
  CHECK_FALSE(doc.stale);

  REQUIRE(scene.set.claims.size() == 1);
  const Claim& claim = scene.set.claims[0];
  CHECK(claim.id == "doc.turnover-2023");
  CHECK(claim.kind == ClaimKind::quantity);
  CHECK(claim.subject() == "AF-KZ");
  CHECK(claim.measure() == "trade.turnover");
  CHECK(claim.value["literal"] == "636.5");
  CHECK(claim.span.start == 14);
  CHECK(claim.span.end == 28);
  CHECK(claim.span.line == 1);
  CHECK(claim.span.column == 15);
  CHECK(claim.span.text == "$636.5 million");
  CHECK(claim.document == 0);
  CHECK(claim.ordinal == 0);
  CHECK_FALSE(claim.suppressed);
  CHECK(scene.warnings.empty());
}

TEST_CASE("claim file: the kind-specific validator accepts a valid claim", "[claim_file]") {
  ClaimFileScene scene;
  scene.load(claim_file(), claim_validator(factaudit::testing::shipped_rules()));
  CHECK(scene.set.claims.size() == 1);
}

TEST_CASE("claim file: a second file appends to the set", "[claim_file]") {
  ClaimFileScene scene;
  scene.load(claim_file());
  scene.load(edited(claim_file(), "\"doc.turnover-2023\"", "\"doc.turnover-2023b\""));
  REQUIRE(scene.set.documents.size() == 2);
  REQUIRE(scene.set.claims.size() == 2);
  CHECK(scene.set.claims[1].document == 1);
  CHECK(scene.set.claims[1].ordinal == 0);
}

TEST_CASE("claim file: malformed JSON is reported at the unexpected token", "[claim_file]") {
  ClaimFileScene scene;
  // the second comma is the unexpected token
  std::string text = edited(claim_file(), "\"version\": 1,", "\"version\": 1,,");
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_in_token(*error, scene.claim_path, text, offset_of(text, ",,") + 1, 1);
  CHECK_THAT(error->message(), Contains("malformed JSON"));

  // a missing comma: the next member's key is the unexpected token
  std::string missing_comma = edited(claim_file(), "\"kind\": \"quantity\",", "\"kind\": \"quantity\" \"slot\": 1,");
  auto second = scene.error(missing_comma);
  REQUIRE(second);
  check_error_in_token(*second, scene.claim_path, missing_comma, offset_of(missing_comma, "\"slot\": 1"), 6);
  CHECK_THAT(second->message(), Contains("malformed JSON"));

  // an unclosed array: the error is at the end of the text, on its last line
  std::string unclosed = claim_file().substr(0, offset_of(claim_file(), "\n  ]"));
  auto third = scene.error(unclosed);
  REQUIRE(third);
  CHECK(third->where().line == line_col(unclosed, unclosed.size()).line);
  CHECK(scene.set.claims.empty());
  CHECK(scene.set.documents.empty());
}

TEST_CASE("claim file: an unknown kind is reported at the kind", "[claim_file]") {
  ClaimFileScene scene;
  std::string text = edited(claim_file(), "\"kind\": \"quantity\"", "\"kind\": \"quantty\"");
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"kind\": \"quantty\"");
  CHECK_THAT(error->message(), Contains("unknown kind 'quantty'"));
  CHECK_THAT(error->message(), Contains("quantity"));  // lists the kinds
}

TEST_CASE("claim file: a missing span is reported at the claim", "[claim_file]") {
  ClaimFileScene scene;
  std::string claim = edited(kClaim, R"("unit": "USD"},
      "span": {"start": 14, "end": 28, "line": 1, "column": 15, "text": "$636.5 million"})",
                             R"("unit": "USD"})");
  std::string text = claim_file(claim);
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at(*error, scene.claim_path, text, "{\n      \"id\"");
  CHECK_THAT(error->message(), Contains("missing 'span'"));
}

TEST_CASE("claim file: other missing or mistyped fields", "[claim_file]") {
  ClaimFileScene scene;
  std::string no_document = edited(claim_file(), "\"document\": {", "\"doc\": {");
  auto error = scene.error(no_document);
  REQUIRE(error);
  CHECK(error->where().line == 1);
  CHECK_THAT(error->message(), Contains("missing 'document'"));

  std::string bad_start = edited(claim_file(), "\"start\": 14", "\"start\": \"14\"");
  auto start = scene.error(bad_start);
  REQUIRE(start);
  check_error_at_member(*start, scene.claim_path, bad_start, "\"start\": \"14\"");
  CHECK_THAT(start->message(), Contains("'start'"));

  std::string bad_sha = edited(claim_file(), sha256_hex(kDocument), "ABC");
  auto sha = scene.error(bad_sha);
  REQUIRE(sha);
  check_error_at_member(*sha, scene.claim_path, bad_sha, "\"sha256\": \"ABC\"");
  CHECK_THAT(sha->message(), Contains("64"));

  std::string bad_published = edited(claim_file(), "\"2024-11\"", "\"2023-02-29\"");
  auto published = scene.error(bad_published);
  REQUIRE(published);
  check_error_at_member(*published, scene.claim_path, bad_published, "\"published\": \"2023-02-29\"");
  CHECK_THAT(published->message(), Contains("28 days"));

  std::string extra = edited(claim_file(), "\"kind\": \"quantity\",", "\"kind\": \"quantity\", \"colour\": \"red\",");
  auto unexpected = scene.error(extra);
  REQUIRE(unexpected);
  check_error_at_member(*unexpected, scene.claim_path, extra, "\"colour\": \"red\"");
  CHECK_THAT(unexpected->message(), Contains("colour"));
  CHECK(scene.set.claims.empty());
}

TEST_CASE("claim file: a span ending beyond the recorded size is reported at its end", "[claim_file]") {
  ClaimFileScene scene;
  std::string text = edited(claim_file(), "\"size\": " + std::to_string(kDocument.size()), "\"size\": 20");
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"end\": 28");
  CHECK_THAT(error->message(), Contains("28"));
  CHECK_THAT(error->message(), Contains("20 bytes"));
}

TEST_CASE("claim file: span text of the wrong length and 0-based lines are rejected", "[claim_file]") {
  ClaimFileScene scene;
  std::string short_text = edited(claim_file(), "\"$636.5 million\"", "\"$636.5 mln\"");
  auto length = scene.error(short_text);
  REQUIRE(length);
  check_error_at_member(*length, scene.claim_path, short_text, "\"text\": \"$636.5 mln\"");

  std::string reversed = edited(claim_file(), "\"start\": 14, \"end\": 28", "\"start\": 28, \"end\": 14");
  auto order = scene.error(reversed);
  REQUIRE(order);
  check_error_at_member(*order, scene.claim_path, reversed, "\"end\": 14");

  std::string zero_line = edited(claim_file(), "\"line\": 1,", "\"line\": 0,");
  auto line = scene.error(zero_line);
  REQUIRE(line);
  CHECK(line->where().line == line_col(zero_line, offset_of(zero_line, "\"line\": 0")).line);
  CHECK_THAT(line->message(), Contains("1-based"));
}

TEST_CASE("claim file: an unknown unit is reported at value/unit by the kind's validator", "[claim_file]") {
  std::string text = edited(claim_file(), R"("scale": "million", "unit": "USD")", R"("scale": "million", "unit": "EUR")");
  ClaimFileScene scene;
  auto error = scene.error(text, claim_validator(factaudit::testing::shipped_rules()));
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"unit\": \"EUR\"");
  CHECK_THAT(error->message(), Contains("unknown unit 'EUR'"));
  CHECK(scene.set.claims.empty());

  // without a kind-specific validator the file is structurally fine
  ClaimFileScene lenient;
  lenient.load(text);
  CHECK(lenient.set.claims.size() == 1);
}

TEST_CASE("claim file: kind-specific errors in time values are located in the value", "[claim_file]") {
  std::string claim = R"(    {
      "id": "doc.date",
      "kind": "date",
      "slot": {"subject": "event:igc-meeting", "measure": "event.date"},
      "value": {"date": "2023-02-29"},
      "span": {"start": 32, "end": 36, "line": 1, "column": 33, "text": "2023"}
    })";
  std::string text = claim_file(claim);
  ClaimFileScene scene;
  auto error = scene.error(text, claim_validator(factaudit::testing::shipped_rules()));
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"date\": \"2023-02-29\"");
  CHECK_THAT(error->message(), Contains("28 days"));
}

TEST_CASE("claim file: a duplicate id is reported at the second claim's id", "[claim_file]") {
  ClaimFileScene scene;
  std::string text = claim_file(kClaim + ",\n" + kClaim);
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"id\": \"doc.turnover-2023\"", 1);
  CHECK_THAT(error->message(), Contains("duplicate claim id 'doc.turnover-2023'"));
}

TEST_CASE("claim file: ids are unique across the files of a run", "[claim_file]") {
  ClaimFileScene scene;
  scene.load(claim_file());
  std::string text = claim_file();
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"id\": \"doc.turnover-2023\"");
  CHECK_THAT(error->message(), Contains("duplicate"));
}

TEST_CASE("claim file: an unsupported version is reported at the version", "[claim_file]") {
  ClaimFileScene scene;
  std::string text = edited(claim_file(), "\"version\": 1", "\"version\": 2");
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"version\": 2");
  CHECK_THAT(error->message(), Contains("version 2"));

  std::string not_claims = edited(claim_file(), "\"factaudit\": \"claims\"", "\"factaudit\": \"report\"");
  auto kind = scene.error(not_claims);
  REQUIRE(kind);
  CHECK_THAT(kind->message(), Contains("\"factaudit\": \"claims\""));
}

TEST_CASE("claim file: a present document with the recorded hash is checked and used", "[claim_file]") {
  ClaimFileScene scene;
  scene.write_document();
  scene.load(claim_file());
  REQUIRE(scene.set.documents.size() == 1);
  CHECK(scene.set.documents[0].present);
  CHECK_FALSE(scene.set.documents[0].stale);
  CHECK(scene.set.claims.size() == 1);
  CHECK(scene.warnings.empty());
}

TEST_CASE("claim file: a document path is relative to the claim file's folder", "[claim_file]") {
  TempDir dir;
  dir.write("articles/trade.md", kDocument);
  std::string claim_path = (dir.path() / "claims" / "trade.claims.json").string();
  ClaimSet set;
  Warnings warnings;
  load_claim_text(claim_path, edited(claim_file(), "\"path\": \"doc.md\"", "\"path\": \"../articles/trade.md\""),
                  kAcceptAll, set, warnings);
  REQUIRE(set.documents.size() == 1);
  CHECK(set.documents[0].path == (dir.path() / "articles" / "trade.md").string());
  CHECK(set.documents[0].present);
  CHECK(set.claims.size() == 1);
}

TEST_CASE("claim file: a present document whose hash differs makes its claims stale", "[claim_file]") {
  ClaimFileScene scene;
  // same size, different bytes: the recorded hash no longer matches
  std::string changed = edited(kDocument, "2023", "2022");
  scene.write_document(changed);
  scene.load(claim_file());
  CHECK(scene.set.claims.empty());
  REQUIRE(scene.set.documents.size() == 1);
  CHECK(scene.set.documents[0].present);
  CHECK(scene.set.documents[0].stale);
  REQUIRE(scene.warnings.size() == 1);
  CHECK(scene.warnings[0].where.path == scene.claim_path);
  CHECK_THAT(scene.warnings[0].message, Contains(scene.set.documents[0].path));
  CHECK_THAT(scene.warnings[0].message, Contains("stale"));
}

TEST_CASE("claim file: a present document whose span text differs is an error at the span text", "[claim_file]") {
  ClaimFileScene scene;
  std::string document = edited(kDocument, "$636.5 million", "$686.5 million");  // same length, new hash recorded
  scene.write_document(document);
  std::string text = edited(claim_file(), sha256_hex(kDocument), sha256_hex(document));
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, text, "\"text\": \"$636.5 million\"");
  CHECK_THAT(error->message(), Contains("differs"));
  CHECK_THAT(error->message(), Contains("14..28"));
}

TEST_CASE("claim file: a present document whose span line:column differs is an error at the span", "[claim_file]") {
  ClaimFileScene scene;
  scene.write_document();
  std::string text = edited(claim_file(), "\"column\": 15", "\"column\": 16");
  auto error = scene.error(text);
  REQUIRE(error);
  check_error_at(*error, scene.claim_path, text, "{\"start\": 14");
  CHECK_THAT(error->message(), Contains("column 15"));
}

TEST_CASE("claim file: suppression needs a reason", "[claim_file]") {
  ClaimFileScene scene;
  std::string suppressed = edited(claim_file(), "\"kind\": \"quantity\",",
                                  "\"kind\": \"quantity\", \"suppress\": {\"reason\": \"known typo\"},");
  scene.load(suppressed);
  REQUIRE(scene.set.claims.size() == 1);
  CHECK(scene.set.claims[0].suppressed == std::optional<std::string>("known typo"));

  ClaimFileScene empty_reason;
  std::string text = edited(claim_file(), "\"kind\": \"quantity\",", "\"kind\": \"quantity\", \"suppress\": {\"reason\": \"\"},");
  auto error = empty_reason.error(text);
  REQUIRE(error);
  check_error_at_member(*error, empty_reason.claim_path, text, "\"reason\": \"\"");
  CHECK_THAT(error->message(), Contains("reason"));
}

TEST_CASE("claim file: load_claim_file reads from disk - a missing file is an InputError", "[claim_file]") {
  ClaimFileScene scene;
  auto path = scene.dir.write("doc.claims.json", claim_file()).string();
  load_claim_file(path, kAcceptAll, scene.set, scene.warnings);
  CHECK(scene.set.claims.size() == 1);

  std::string missing = (scene.dir.path() / "missing.claims.json").string();
  auto error = thrown<InputError>([&] { load_claim_file(missing, kAcceptAll, scene.set, scene.warnings); });
  REQUIRE(error);
  CHECK(error->where().path == missing);
}

TEST_CASE("claim file: claims are read the same whether the header comes before or after them", "[claim_file]") {
  // the claims list first, then factaudit, version and document: the claims wait for the header
  std::string second = R"(    {
      "id": "doc.turnover-2023-again",
      "kind": "quantity",
      "slot": {"subject": "AF-KZ", "measure": "trade.turnover", "period": "2023", "unit": "USD"},
      "value": {"literal": "636.5", "scale": "million", "unit": "USD"},
      "span": {"start": 14, "end": 28, "line": 1, "column": 15, "text": "$636.5 million"}
    })";
  std::string usual = claim_file(kClaim + ",\n" + second);
  std::size_t header = offset_of(usual, "  \"factaudit\"");
  std::size_t claims = offset_of(usual, "  \"claims\"");
  std::size_t end = usual.rfind("\n}");
  std::string header_text = usual.substr(header, claims - header);               // ends with ",\n"
  std::string claims_text = usual.substr(claims, end - claims);                  // no trailing comma
  std::string reordered = "{\n" + claims_text + ",\n" + header_text.substr(0, header_text.rfind(',')) + "\n}\n";

  ClaimFileScene usual_scene, reordered_scene;
  usual_scene.write_document();
  reordered_scene.write_document();
  usual_scene.load(usual);
  reordered_scene.load(reordered);
  REQUIRE(usual_scene.set.claims.size() == 2);
  REQUIRE(reordered_scene.set.claims.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(reordered_scene.set.claims[i].id == usual_scene.set.claims[i].id);
    CHECK(reordered_scene.set.claims[i].ordinal == i);
    CHECK(reordered_scene.set.claims[i].slot == usual_scene.set.claims[i].slot);
    CHECK(reordered_scene.set.claims[i].span.text == "$636.5 million");
  }
  CHECK(reordered_scene.set.documents[0].present);
  CHECK(reordered_scene.set.documents[0].title == usual_scene.set.documents[0].title);

  // an error in the second claim is located there in both orders
  std::string bad_kind = edited(usual, "\"kind\": \"quantity\",\n      \"slot\": {\"subject\": \"AF-KZ\", \"measure\": \"trade.turnover\", \"period\": \"2023\", \"unit\": \"USD\"},\n      \"value\": {\"literal\": \"636.5\", \"scale\": \"million\", \"unit\": \"USD\"},\n      \"span\": {\"start\": 14, \"end\": 28, \"line\": 1, \"column\": 15, \"text\": \"$636.5 million\"}\n    }\n",
                                "\"kind\": \"amount\",\n      \"slot\": {\"subject\": \"AF-KZ\", \"measure\": \"trade.turnover\", \"period\": \"2023\", \"unit\": \"USD\"},\n      \"value\": {\"literal\": \"636.5\", \"scale\": \"million\", \"unit\": \"USD\"},\n      \"span\": {\"start\": 14, \"end\": 28, \"line\": 1, \"column\": 15, \"text\": \"$636.5 million\"}\n    }\n");
  ClaimFileScene scene;
  auto error = scene.error(bad_kind);
  REQUIRE(error);
  check_error_at_member(*error, scene.claim_path, bad_kind, "\"kind\": \"amount\"");
  CHECK_THAT(error->message(), Contains("unknown kind 'amount'"));
}

TEST_CASE("claim file: a file that fails part way adds none of its claims", "[claim_file]") {
  ClaimFileScene scene;
  scene.load(claim_file());
  // its first claim is fine and read as the file is parsed; the second repeats an id
  std::string twice = edited(claim_file(kClaim + ",\n" + kClaim), "\"doc.turnover-2023\"", "\"doc.turnover-2023-b\"");
  auto error = scene.error(twice);
  REQUIRE(error);
  CHECK_THAT(error->message(), Contains("duplicate claim id 'doc.turnover-2023'"));
  REQUIRE(scene.set.claims.size() == 1);
  CHECK(scene.set.documents.size() == 1);
  CHECK(scene.set.claim_ids == std::unordered_set<std::string>{"doc.turnover-2023"});
  // so the same file with its ids fixed loads afterwards
  scene.load(edited(twice, "\"id\": \"doc.turnover-2023\"", "\"id\": \"doc.turnover-2023-c\""));
  CHECK(scene.set.claims.size() == 3);
}
