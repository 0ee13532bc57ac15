// Numeric families and axioms: claims in, verdict out (precision, hedges, changes, sums, sub-periods).
#include <catch2/catch.hpp>

#include "claim_builder.hpp"

using namespace factaudit;
using namespace factaudit::testing;

namespace {

std::string turnover(const std::string& id, const std::string& period, const std::string& literal,
                     const std::string& scale = "million", const std::string& hedge = "") {
  return R"({"id": ")" + id + R"(", "kind": "quantity", "slot": {"subject": "AF-KZ", "measure": "trade.turnover", "period": ")" +
         period + R"(", "unit": "USD"}, "value": {"literal": ")" + literal + R"(", "scale": ")" + scale +
         R"(", "unit": "USD")" + (hedge.empty() ? "" : R"(, "hedge": ")" + hedge + "\"") + "}}";
}

std::string change(const std::string& id, const std::string& period, const std::string& base, const std::string& literal,
                   const std::string& unit, const std::string& direction) {
  return R"({"id": ")" + id + R"(", "kind": "change", "slot": {"subject": "AF-KZ", "measure": "trade.turnover", "period": ")" +
         period + R"(", "base_period": ")" + base + R"(", "unit": "USD"}, "value": {"literal": ")" + literal + R"(", "unit": ")" +
         unit + "\"" + (direction.empty() ? "" : R"(, "direction": ")" + direction + "\"") + "}}";
}

std::string flow(const std::string& id, const std::string& measure, const std::string& subject, const std::string& period,
                 const std::string& literal) {
  return R"({"id": ")" + id + R"(", "kind": "quantity", "slot": {"subject": ")" + subject + R"(", "measure": ")" + measure +
         R"(", "period": ")" + period + R"(", "unit": "USD"}, "value": {"literal": ")" + literal +
         R"(", "scale": "million", "unit": "USD"}})";
}

}  // namespace

TEST_CASE("a 35.5% decline from 2022 to 636.5 conflicts with 987.9 by rounding only (minor)", "[encode][change]") {
  auto set = build_claims({{"a", "2024-11", {turnover("a.2023", "2023", "636.5"), change("a.fall", "2023", "2022", "35.5", "percent", "decrease")}},
                           {"b", "2024-01", {turnover("b.2022", "2022", "987.9")}}});
  CheckResult result = check(set);
  REQUIRE(result.contradictions.size() == 1);
  const Contradiction& c = result.contradictions.front();
  CHECK(c.claims == std::vector<std::string>{"a.2023", "a.fall", "b.2022"});
  CHECK(c.severity == Severity::minor);
  CHECK(c.primary == "b.2022");
  REQUIRE(c.fix.relative_change);
  CHECK(*c.fix.relative_change == Approx(0.000192).margin(0.00002));
  CHECK(c.fix.implied.find("987.67") != std::string::npos);
}

TEST_CASE("the same decline against a value 3% off is major - a value inside the implied range is consistent", "[encode][change]") {
  auto far = build_claims({{"a", "", {turnover("a.2023", "2023", "636.5"), change("a.fall", "2023", "2022", "35.5", "percent", "decrease")}},
                           {"b", "", {turnover("b.2022", "2022", "1017")}}});
  REQUIRE(check(far).contradictions.size() == 1);
  CHECK(check(far).contradictions.front().severity == Severity::major);
  auto near = build_claims({{"a", "", {turnover("a.2023", "2023", "636.5"), change("a.fall", "2023", "2022", "35.5", "percent", "decrease")}},
                            {"b", "", {turnover("b.2022", "2022", "987.5")}}});
  CHECK(check(near).contradictions.empty());
}

TEST_CASE("a round figure ($1 billion) is approximate and does not clash with $987.9 million", "[encode][quantity]") {
  auto set = build_claims({{"a", "", {turnover("a.2022", "2022", "1", "billion")}}, {"b", "", {turnover("b.2022", "2022", "987.9")}}});
  CHECK(check(set).contradictions.empty());
  auto exact = build_claims({{"a", "", {turnover("a.2022", "2022", "1.000", "billion")}}, {"b", "", {turnover("b.2022", "2022", "987.9")}}});
  CHECK(check(exact).contradictions.size() == 1);
}

TEST_CASE("twice as much: 987.9 against 474.3 is within [1.9 - 2.1] - against 400 it is not", "[encode][change]") {
  auto ok = build_claims({{"a", "", {turnover("a.2022", "2022", "987.9"), change("a.twice", "2022", "2021", "2", "times", ""),
                                     turnover("a.2021", "2021", "474.3")}}});
  CHECK(check(ok).contradictions.empty());
  auto bad = build_claims({{"a", "", {turnover("a.2022", "2022", "987.9"), change("a.twice", "2022", "2021", "2", "times", ""),
                                      turnover("a.2021", "2021", "400")}}});
  REQUIRE(check(bad).contradictions.size() == 1);
  CHECK(check(bad).contradictions.front().severity == Severity::major);
}

TEST_CASE("hedges widen: about 950 million is compatible with 987.9 - more than 995 million is not", "[encode][hedge]") {
  auto about = build_claims({{"a", "", {turnover("a.2022", "2022", "950", "million", "about")}}, {"b", "", {turnover("b.2022", "2022", "987.9")}}});
  CHECK(check(about).contradictions.empty());
  auto over = build_claims({{"a", "", {turnover("a.2022", "2022", "995", "million", "more-than")}}, {"b", "", {turnover("b.2022", "2022", "987.9")}}});
  CHECK(check(over).contradictions.size() == 1);
  // a round bound keeps its round tolerance: "more than $1 billion" is (0.95, inf) billion
  auto round = build_claims({{"a", "", {turnover("a.2022", "2022", "1", "billion", "more-than")}}, {"b", "", {turnover("b.2022", "2022", "987.9")}}});
  CHECK(check(round).contradictions.empty());
}

TEST_CASE("2014 look-alike: balance 330.4 = exports 333.5 - imports 3.2 within precision - turnover 336.7", "[encode][axiom]") {
  auto set = build_claims({{"d", "2016", {flow("d.turnover", "trade.turnover", "AF-KZ", "2014", "336.7"),
                                          flow("d.exports", "trade.exports", "KZ>AF", "2014", "333.5"),
                                          flow("d.imports", "trade.imports", "AF>KZ", "2014", "3.2"),
                                          flow("d.balance", "trade.balance", "KZ>AF", "2014", "330.4")}}});
  CHECK(check(set).contradictions.empty());
  auto wrong = build_claims({{"d", "2016", {flow("d.exports", "trade.exports", "KZ>AF", "2014", "333.5"),
                                            flow("d.imports", "trade.imports", "AF>KZ", "2014", "3.2"),
                                            flow("d.balance", "trade.balance", "KZ>AF", "2014", "325.1")}}});
  CheckResult result = check(wrong);
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions.front().rules == std::vector<std::string>{"trade.balance-difference", "trade.imports-mirror"});
}

TEST_CASE("exports above turnover break turnover = exports + imports", "[encode][axiom]") {
  auto set = build_claims({{"d", "", {flow("d.turnover", "trade.turnover", "AF-KZ", "2021", "229.7"),
                                      flow("d.exports", "trade.exports", "KZ>AF", "2021", "250.3")}}});
  CheckResult result = check(set);
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions.front().rules == std::vector<std::string>{"trade.turnover-sum"});
}

TEST_CASE("a cumulative January-November figure cannot exceed the full year", "[encode][axiom]") {
  auto ok = build_claims({{"a", "", {turnover("a.jan-nov", "2023-01..2023-11", "583"), turnover("a.year", "2023", "636.5")}}});
  CHECK(check(ok).contradictions.empty());
  auto bad = build_claims({{"a", "", {turnover("a.jan-nov", "2023-01..2023-11", "700"), turnover("a.year", "2023", "636.5")}}});
  REQUIRE(check(bad).contradictions.size() == 1);
  CHECK(check(bad).contradictions.front().rules == std::vector<std::string>{"cumulative.sub-period"});
}

TEST_CASE("most of which: a part below half of its whole conflicts", "[encode][share]") {
  std::string imports = flow("d.imports", "trade.imports", "AF>KZ", "2021-01..2021-06", "1.7");
  std::string raisins = R"({"id": "d.raisins", "kind": "quantity", "slot": {"subject": "AF>KZ", "measure": "trade.imports", "period": "2021-01..2021-06", "unit": "USD", "product": "raisins"}, "value": {"literal": "545700", "unit": "USD"}})";
  std::string most = R"({"id": "d.most", "kind": "share", "slot": {"subject": "AF>KZ", "measure": "trade.imports", "period": "2021-01..2021-06", "unit": "USD", "product": "raisins", "whole": {"subject": "AF>KZ", "measure": "trade.imports"}}, "value": {"unit": "percent", "hedge": "most"}})";
  CheckResult result = check(build_claims({{"d", "", {imports, raisins, most}}}));
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions.front().severity == Severity::major);
  std::string bigger = R"({"id": "d.raisins", "kind": "quantity", "slot": {"subject": "AF>KZ", "measure": "trade.imports", "period": "2021-01..2021-06", "unit": "USD", "product": "raisins"}, "value": {"literal": "1.2", "scale": "million", "unit": "USD"}})";
  CHECK(check(build_claims({{"d", "", {imports, bigger, most}}})).contradictions.empty());
}

TEST_CASE("every minimal set is found - not only the first core", "[encode][mus]") {
  // two independent reasons for the same 2022 value to be wrong
  auto set = build_claims({{"a", "", {turnover("a.2023", "2023", "636.5"), change("a.fall", "2023", "2022", "35.5", "percent", "decrease")}},
                           {"b", "", {turnover("b.2022", "2022", "1100")}},
                           {"c", "", {turnover("c.2022", "2022", "987.9")}}});
  CheckResult result = check(set);
  CHECK(find_contradiction(result, {"a.2023", "a.fall", "b.2022"}) != nullptr);
  CHECK(find_contradiction(result, {"a.2023", "a.fall", "c.2022"}) != nullptr);
  CHECK(find_contradiction(result, {"b.2022", "c.2022"}) != nullptr);
  CHECK(result.contradictions.size() == 3);
}

namespace {

std::string rank(const std::string& id, const std::string& subject, const std::string& value) {
  return R"({"id": ")" + id + R"(", "kind": "rank", "slot": {"subject": ")" + subject +
         R"(", "measure": "rank.economy-size", "among": "central-asia", "as_of": "2024"}, "value": )" + value + "}";
}

}  // namespace

TEST_CASE("two countries never hold the same place in one ranking", "[encode][rank]") {
  auto clash = build_claims({{"a", "2024", {rank("a.kz", "KZ", R"({"literal": "1"})")}},
                             {"b", "2024", {rank("b.uz", "UZ", R"({"literal": "1"})")}}});
  CheckResult result = check(clash);
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions.front().rules == std::vector<std::string>{"rank.distinct-places"});
  // first and second, or both somewhere in the top five, are no conflict
  auto apart = build_claims({{"a", "2024", {rank("a.kz", "KZ", R"({"literal": "1"})")}},
                             {"b", "2024", {rank("b.uz", "UZ", R"({"literal": "2"})")}}});
  CHECK(check(apart).contradictions.empty());
  auto bounded = build_claims({{"a", "2024", {rank("a.kz", "KZ", R"({"literal": "5", "hedge": "up-to"})")}},
                               {"b", "2024", {rank("b.uz", "UZ", R"({"literal": "5", "hedge": "up-to"})")}}});
  CHECK(check(bounded).contradictions.empty());
}
