// Loading rules/*.yaml: the shipped rules load; broken rule files are reported as path:line:col.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "factaudit/model/diagnostic.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "../unit_support.hpp"
#include "claim_builder.hpp"

using namespace factaudit;
using Catch::Matchers::Contains;
using factaudit::unit::dec;
using factaudit::unit::line_col;
using factaudit::unit::offset_of;
using factaudit::unit::TempDir;
using factaudit::unit::thrown;

namespace {

/// Loads a rule folder holding one file `x.yaml` with `yaml`; returns the error it must raise.
struct BrokenRules {
  TempDir dir;
  std::string file;
  std::string yaml;
  std::optional<InputError> error;

  explicit BrokenRules(std::string text) : yaml(std::move(text)) {
    file = dir.write("x.yaml", yaml).string();
    error = thrown<InputError>([&] { load_rulebook({dir.path()}); });
  }

  /// The error sits at the `nth` occurrence of `needle` in the file.
  void check_at(std::string_view needle, std::size_t nth = 0) const {
    REQUIRE(error);
    auto at = line_col(yaml, offset_of(yaml, needle, nth));
    INFO("error: " << error->what());
    CHECK(error->where().path == file);
    CHECK(error->where().line == at.line);
    CHECK(error->where().column == at.column);
    std::string prefix = file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": error: ";
    CHECK_THAT(error->what(), Contains(prefix));
  }
};

}  // namespace

TEST_CASE("rules: the shipped rules load", "[rules][rule_loader]") {
  const Rulebook& book = factaudit::testing::shipped_rules();
  CHECK_FALSE(book.files.empty());
  CHECK(std::is_sorted(book.files.begin(), book.files.end()));
  CHECK(std::any_of(book.files.begin(), book.files.end(),
                    [](const std::string& f) { return f.size() >= 11 && f.substr(f.size() - 11) == "hedges.yaml"; }));

  const EntityRule* kz = book.entity("KZ");
  REQUIRE(kz);
  CHECK(kz->type == "country");
  CHECK(kz->display_name() == "Kazakhstan");
  CHECK(std::count(kz->adjectives.begin(), kz->adjectives.end(), "Kazakh") == 1);
  CHECK(kz->capitals.size() == 3);
  CHECK(kz->where.line > 0);

  const EntityRule* gildayev = book.entity("person:gildayev");
  REQUIRE(gildayev);
  CHECK(gildayev->possibly_same_as == std::vector<std::string>{"person:yessengeldiyev"});

  CHECK(book.measure("trade.turnover"));
  CHECK(book.measure("trade.turnover")->subject == SubjectShape::pair);
  CHECK(book.measure("trade.exports")->subject == SubjectShape::directed);
  CHECK(book.measure("trade.balance")->nonnegative == false);
  CHECK(book.scales.at("million").factor == 1000000);
  CHECK(book.units.at("times").dimension == "ratio");
}

TEST_CASE("rules: the shipped tolerances and hedges match the claim-semantics table", "[rules][rule_loader]") {
  const Rulebook& book = factaudit::testing::shipped_rules();
  CHECK(book.tolerances.round_relative == dec("0.05"));
  CHECK(book.tolerances.round_max_significant_digits == 2);
  REQUIRE(book.tolerances.unit_relative.count("times"));
  CHECK(book.tolerances.unit_relative.at("times") == dec("0.05"));

  const HedgeRule* about = book.hedge("about");
  REQUIRE(about);
  CHECK(about->shape == HedgeShape::widen);
  CHECK(about->low == mpq_class(9, 10));
  CHECK(about->high == mpq_class(11, 10));
  const HedgeRule* almost = book.hedge("almost");
  REQUIRE(almost);
  CHECK(almost->low == mpq_class(9, 10));
  CHECK(almost->high == mpq_class(101, 100));
  REQUIRE(book.hedge("more-than"));
  CHECK(book.hedge("more-than")->shape == HedgeShape::above);
  CHECK(book.hedge("more-than")->open);
  REQUIRE(book.hedge("at-least"));
  CHECK_FALSE(book.hedge("at-least")->open);
  REQUIRE(book.hedge("up-to"));
  CHECK(book.hedge("up-to")->shape == HedgeShape::below);
  CHECK_FALSE(book.hedge("up-to")->open);
  REQUIRE(book.hedge("most"));
  CHECK(book.hedge("most")->shape == HedgeShape::share);
  CHECK(book.hedge("most")->low == 50);
  CHECK(book.hedge("most")->high == 100);
  CHECK_FALSE(book.hedge("kinda"));

  REQUIRE(book.time.durations.count("month"));
  CHECK(book.time.durations.at("month").min_days == 28);
  CHECK(book.time.durations.at("month").max_days == 31);
  REQUIRE(book.time.vague_amounts.count("few"));
  CHECK(book.time.vague_amounts.at("few").min == 2);
  CHECK(book.time.vague_amounts.at("few").max == 7);
  REQUIRE(book.time.month_parts.count("late"));
  CHECK(book.time.month_parts.at("late").first == 21);
}

TEST_CASE("rules: the shipped axioms are parsed with their slots", "[rules][rule_loader]") {
  const Rulebook& book = factaudit::testing::shipped_rules();
  const AxiomRule* sum = book.axiom("trade.turnover-sum");
  REQUIRE(sum);
  CHECK(sum->kind == "linear");
  CHECK(sum->left == std::vector<std::string>{"turnover"});
  CHECK(sum->right == std::vector<std::string>{"out", "in"});
  CHECK(sum->slots.size() == 3);
  CHECK(sum->where.line > 0);
  CHECK_FALSE(book.axioms_of_kind("one-holder").empty());
  for (const AxiomRule* a : book.axioms_of_kind("membership")) {
    CHECK_FALSE(a->set.empty());
    CHECK_FALSE(a->office.empty());
  }
  CHECK(book.axioms_of_kind("no-such-kind").empty());
}

TEST_CASE("rules: invalid YAML is reported where the parser stopped", "[rules][rule_loader]") {
  BrokenRules unclosed("entities:\n  - {id: AF, names: [Afghanistan}\n");
  unclosed.check_at("}");
  CHECK_THAT(unclosed.error->what(), Contains("invalid YAML"));

  BrokenRules map_value("units: []\nfoo: bar: baz\n");
  map_value.check_at(":", 2);  // the second colon on line 2
  CHECK_THAT(map_value.error->what(), Contains("invalid YAML"));
}

TEST_CASE("rules: an unknown section is reported at its key", "[rules][rule_loader]") {
  BrokenRules broken("units:\n  - {id: x, dimension: money}\nbogus:\n  - 1\n");
  broken.check_at("bogus");
  CHECK_THAT(broken.error->what(), Contains("unknown section 'bogus'"));
  CHECK_THAT(broken.error->what(), Contains("entities"));  // says what is expected
}

TEST_CASE("rules: a linear axiom without slots is reported at the axiom", "[rules][rule_loader]") {
  BrokenRules broken("axioms:\n  - {id: sum, kind: linear, says: parts add up, left: [a], right: [b]}\n");
  broken.check_at("{id: sum");
  CHECK_THAT(broken.error->what(), Contains("missing 'slots'"));
}

TEST_CASE("rules: a part of a month that is no mapping is reported at it", "[rules][rule_loader]") {
  BrokenRules broken("parts:\n  month:\n    late: 21-31\n");
  broken.check_at("21-31");
  CHECK_THAT(broken.error->what(), Contains("expected a part of a month"));
}

TEST_CASE("rules: number words and months need whole numbers as ids", "[rules][rule_loader]") {
  BrokenRules words("number_words:\n  - {id: \"12\", words: [twelve]}\n  - {id: dozen, words: [a dozen]}\n");
  words.check_at("{id: dozen");
  CHECK_THAT(words.error->what(), Contains("expected the number the words say as id"));
  for (const char* id : {"\"\"", "\"007\"", "\"99999999999\"", "\"-3\"", "\"1.5\""}) {
    BrokenRules number("number_words:\n  - {id: " + std::string(id) + ", words: [some]}\n");
    number.check_at("{id: ");
  }
  BrokenRules month("months:\n  - {id: \"\", words: [janvier]}\n");
  month.check_at("{id: ");
  CHECK_THAT(month.error->what(), Contains("expected a month number 1..12"));
}

TEST_CASE("rules: an unknown key in an entity is reported at the key - columns in code points",
          "[rules][rule_loader]") {
  // "Ø" is two bytes but one column
  BrokenRules broken("entities:\n  - {id: X, type: country, names: [\xC3\x98land], nmes: [A]}\n");
  broken.check_at("nmes");
  CHECK(broken.error->where().line == 2);
  CHECK(broken.error->where().column == 44);
  CHECK_THAT(broken.error->what(), Contains("unexpected key 'nmes'"));
  CHECK_THAT(broken.error->what(), Contains("names"));
}

TEST_CASE("rules: an unknown axiom kind is reported at the kind", "[rules][rule_loader]") {
  BrokenRules broken("axioms:\n  - id: a\n    kind: magic\n    says: x\n");
  broken.check_at("magic");
  CHECK_THAT(broken.error->what(), Contains("unknown axiom kind 'magic'"));
  CHECK_THAT(broken.error->what(), Contains("linear"));
}

TEST_CASE("rules: a hedge with low > high is reported at the hedge", "[rules][rule_loader]") {
  BrokenRules broken(
      "hedges:\n"
      "  - id: fine\n    shape: widen\n    low: \"0.9\"\n    high: \"1.1\"\n"
      "  - id: upside-down\n    shape: widen\n    low: \"2\"\n    high: \"1\"\n");
  broken.check_at("id: upside-down");
  CHECK_THAT(broken.error->what(), Contains("low <= high"));
}

TEST_CASE("rules: possibly_same_as naming an unknown entity is reported at the entity", "[rules][rule_loader]") {
  BrokenRules broken(
      "entities:\n"
      "  - id: A\n    type: country\n"
      "  - id: B\n    type: country\n    possibly_same_as: [C]\n");
  broken.check_at("id: B");
  CHECK_THAT(broken.error->what(), Contains("possibly_same_as"));
  CHECK_THAT(broken.error->what(), Contains("'C'"));
}

TEST_CASE("rules: other typed fields are checked", "[rules][rule_loader]") {
  BrokenRules shape("hedges:\n  - {id: h, shape: wobbly}\n");
  shape.check_at("wobbly");
  CHECK_THAT(shape.error->what(), Contains("shape"));

  BrokenRules factor("scales:\n  - {id: s, factor: \"1,000\"}\n");
  factor.check_at("\"1,000\"");
  CHECK_THAT(factor.error->what(), Contains("factor"));

  BrokenRules missing("measures:\n  - {id: m, dimension: money, subject: pair}\n");
  missing.check_at("{id: m");
  CHECK_THAT(missing.error->what(), Contains("missing 'says'"));

  BrokenRules group("entities:\n  - {id: A, type: country, groups: [nowhere]}\n");
  group.check_at("{id: A");
  CHECK_THAT(group.error->what(), Contains("nowhere"));

  BrokenRules equation(
      "measures:\n  - {id: m, says: m, dimension: money, subject: entity}\n"
      "axioms:\n  - id: eq\n    kind: linear\n    says: x\n    slots:\n      a: {measure: m, subject: \"{A}\"}\n"
      "    left: [a]\n    right: [b]\n");
  equation.check_at("id: eq");
  CHECK_THAT(equation.error->what(), Contains("'b'"));

  BrokenRules owner("offices:\n  - {pattern: \"envoy:{X}\", says: envoy, organisations: mine}\n");
  owner.check_at("mine");
  CHECK_THAT(owner.error->what(), Contains("organisations: own or for-country"));

  BrokenRules item("measures:\n  - {id: m, says: m, dimension: count, subject: entity, item: maybe}\n");
  item.check_at("maybe");
}

TEST_CASE("rules: a missing folder is an InputError naming it", "[rules][rule_loader]") {
  TempDir dir;
  auto missing = dir.path() / "no-such-rules";
  auto error = thrown<InputError>([&] { load_rulebook({missing}); });
  REQUIRE(error);
  CHECK(error->where().path == missing.string());
  CHECK_THAT(error->what(), Contains("folder"));
}

TEST_CASE("rules: later folders override earlier ones by id - other files are ignored", "[rules][rule_loader]") {
  TempDir dir;
  dir.write("override/hedges.yaml", "hedges:\n  - {id: about, shape: widen, low: \"0.8\", high: \"1.2\"}\n");
  dir.write("override/README.md", "not: [valid yaml\n");
  dir.write("override/empty.yaml", "");
  Rulebook book = load_rulebook({FACTAUDIT_SOURCE_DIR "/rules", dir.path() / "override"});
  REQUIRE(book.hedge("about"));
  CHECK(book.hedge("about")->low == dec("0.8"));
  CHECK(book.hedge("about")->high == dec("1.2"));
  REQUIRE(book.hedge("almost"));  // the rest stays
  CHECK(book.hedge("almost")->high == mpq_class(101, 100));
  REQUIRE_FALSE(book.files.empty());
  CHECK(book.files.back() == (dir.path() / "override" / "hedges.yaml").string());
  CHECK(std::none_of(book.files.begin(), book.files.end(),
                     [](const std::string& f) { return f.find("README") != std::string::npos; }));
}
