// Time families: dates, orderings, offices (with the frame assumption) and status changes.
#include <catch2/catch.hpp>

#include "claim_builder.hpp"

using namespace factaudit;
using namespace factaudit::testing;

namespace {

std::string date(const std::string& id, const std::string& measure, const std::string& time) {
  return R"({"id": ")" + id + R"(", "kind": "date", "slot": {"subject": "AF", "measure": ")" + measure + R"("}, "value": )" + time + "}";
}

std::string after(const std::string& id, const std::string& event, const std::string& reference, const std::string& amount,
                  const std::string& unit, const std::string& hedge = "") {
  return R"({"id": ")" + id + R"(", "kind": "ordering", "slot": {"subject": "AF", "measure": ")" + event +
         R"(", "reference": {"subject": "AF", "measure": ")" + reference + R"("}}, "value": {"relation": "after", "amount": ")" +
         amount + R"(", "unit": ")" + unit + "\"" + (hedge.empty() ? "" : R"(, "hedge": ")" + hedge + "\"") + "}}";
}

std::string office(const std::string& id, const std::string& holder, const std::string& office, const std::string& role,
                   const std::string& time) {
  return R"({"id": ")" + id + R"(", "kind": "office", "slot": {"subject": ")" + holder + R"(", "measure": "office", "office": ")" +
         office + R"("}, "value": {"role": ")" + role + R"(", "time": )" + time + "}}";
}

}  // namespace

TEST_CASE("'a month after' 15 August places an event between 9 and 19 September", "[encode][ordering]") {
  auto ok = build_claims({{"a", "2021-09", {date("a.seized", "event.seized", R"({"date": "2021-08-15"})"),
                                            date("a.summit", "event.summit", R"({"date": "2021-09-17"})"),
                                            after("a.month", "event.summit", "event.seized", "1", "month")}}});
  CHECK(check(ok).contradictions.empty());
  auto late = build_claims({{"a", "2021-11", {date("a.seized", "event.seized", R"({"date": "2021-08-15"})"),
                                              date("a.summit", "event.summit", R"({"date": "2021-10-30"})"),
                                              after("a.month", "event.summit", "event.seized", "1", "month")}}});
  CheckResult result = check(late);
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions.front().severity == Severity::major);  // 41 days off a day-precise date
}

TEST_CASE("'less than a year after' and 'a few days later' bound the gap", "[encode][ordering]") {
  auto set = build_claims({{"a", "", {date("a.launch", "event.launch", R"({"date": "2001-10-07"})"),
                                      date("a.opened", "event.opened", R"({"date": "2002-09"})"),
                                      after("a.lt-year", "event.opened", "event.launch", "1", "year", "less-than")}}});
  CHECK(check(set).contradictions.empty());
  auto days = build_claims({{"a", "", {date("a.one", "event.one", R"({"date": "2021-09-17"})"),
                                       date("a.two", "event.two", R"({"date": "2021-09-30"})"),
                                       after("a.few", "event.two", "event.one", "few", "day")}}});
  CHECK(check(days).contradictions.size() == 1);
}

TEST_CASE("a date one year outside the period it is told to belong to is minor", "[encode][date]") {
  std::string stage = R"({"id": "a.stage", "kind": "date", "slot": {"subject": "AF-KZ", "measure": "period.stage-2"}, "value": {"from": {"date": "2004"}, "to": {"date": "2014"}}})";
  std::string within = R"({"id": "a.within", "kind": "ordering", "slot": {"subject": "KZ", "measure": "event.embassy", "reference": {"subject": "AF-KZ", "measure": "period.stage-2"}}, "value": {"relation": "within"}})";
  std::string opened = R"({"id": "a.opened", "kind": "date", "slot": {"subject": "KZ", "measure": "event.embassy"}, "value": {"date": "2003"}})";
  CheckResult result = check(build_claims({{"a", "2016", {stage, within, opened}}}));
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions.front().severity == Severity::minor);
  REQUIRE(result.contradictions.front().fix.days);
  CHECK(*result.contradictions.front().fix.days == 1);
}

TEST_CASE("promoted in September 2023 cannot hold the office in May 2023", "[encode][office]") {
  auto set = build_claims({{"a", "2024-01", {office("a.may", "person:zhumangarin", "deputy-prime-minister:KZ", "holds", R"({"date": "2023-05"})"),
                                             office("a.sep", "person:zhumangarin", "deputy-prime-minister:KZ", "start", R"({"date": "2023-09"})")}}});
  CheckResult result = check(set);
  REQUIRE(result.contradictions.size() == 1);
  CHECK(result.contradictions.front().severity == Severity::major);
  CHECK(result.contradictions.front().kind == "office");
}

TEST_CASE("a closed count conflicts with a later ambassador only under the frame assumption", "[encode][count][office]") {
  std::string count = R"({"id": "a.only-two", "kind": "count", "slot": {"subject": "AF", "measure": "set.countries-with-ambassador-in:AF", "as_of": "2024-11"}, "value": {"literal": "2", "members": ["CN", "UZ"], "closed": true, "hedge": "only"}})";
  std::string envoy = office("b.new", "person:gildayev", "ambassador:KZ>AF", "start", R"({"relative": "last-year", "part": "late"})");
  CheckResult result = check(build_claims({{"a", "2024-11", {count}}, {"b", "2024-01", {envoy}}}));
  REQUIRE(result.contradictions.size() == 1);
  const Contradiction& c = result.contradictions.front();
  CHECK(c.severity == Severity::major);
  CHECK(c.rules == std::vector<std::string>{"set.ambassador-in"});
  REQUIRE(c.assumptions.size() == 1);
  CHECK(c.assumptions.front().find("2024-11-30") != std::string::npos);
  // a stated end of his term before November 2024 removes the conflict
  std::string left = office("b.left", "person:gildayev", "ambassador:KZ>AF", "end", R"({"date": "2024-06"})");
  CHECK(check(build_claims({{"a", "2024-11", {count}}, {"b", "2024-07", {envoy, left}}})).contradictions.empty());
}

TEST_CASE("one holder at a time - unless a fuzzy identity makes them one person (then minor)", "[encode][office][identity]") {
  std::string yess = office("a.yess", "person:yessengeldiyev", "ambassador:KZ>AF", "holds", R"({"date": "2023-03"})");
  std::string gild = office("a.gild", "person:gildayev", "ambassador:KZ>AF", "start", R"({"date": "2023-11"})");
  std::string same = R"({"id": "a.same", "kind": "identity", "slot": {"subject": "person:gildayev"}, "value": {"same_as": "person:yessengeldiyev", "confidence": "fuzzy"}})";
  // different people: Yessengeldiyev's term ends when Gildayev's starts
  CHECK(check(build_claims({{"a", "2024-01", {yess, gild}}})).contradictions.empty());
  // the same person (a fuzzy identity) cannot start a term he already held: minor
  CheckResult result = check(build_claims({{"a", "2024-01", {yess, gild, same}}}));
  REQUIRE(result.contradictions.size() == 1);
  const Contradiction& c = result.contradictions.front();
  CHECK(c.severity == Severity::minor);
  CHECK(c.claims == std::vector<std::string>{"a.gild", "a.same", "a.yess"});
}

TEST_CASE("'in December' in an article from 2024-01 is December 2023", "[encode][status]") {
  std::string delisted = R"({"id": "a.off", "kind": "status", "slot": {"subject": "org:taliban", "measure": "status", "status": "listed:KZ:banned"}, "value": {"change": "off", "time": {"relative": "last-occurrence", "month": 12}}})";
  std::string listed = R"({"id": "b.on", "kind": "status", "slot": {"subject": "org:taliban", "measure": "status", "status": "listed:KZ:banned"}, "value": {"state": true, "time": {"date": "2024-01"}}})";
  CheckResult result = check(build_claims({{"a", "2024-01", {delisted}}, {"b", "2024-03", {listed}}}));
  CHECK(result.contradictions.size() == 1);
  std::string before = R"({"id": "b.on", "kind": "status", "slot": {"subject": "org:taliban", "measure": "status", "status": "listed:KZ:banned"}, "value": {"state": true, "time": {"date": "2023-06"}}})";
  CHECK(check(build_claims({{"a", "2024-01", {delisted}}, {"b", "2023-07", {before}}})).contradictions.empty());
}

TEST_CASE("a component over its solver budget is unknown - never consistent", "[encode][budget]") {
  auto set = build_claims({{"a", "", {date("a.one", "event.one", R"({"date": "2021-09-17"})"),
                                      date("a.two", "event.two", R"({"date": "2021-09-30"})"),
                                      after("a.few", "event.two", "event.one", "few", "day")}}});
  SolveBudget tiny;
  tiny.max_checks = 0;
  CheckResult result = check(set, tiny);
  CHECK(result.contradictions.empty());
  REQUIRE(result.unknown.size() == 1);
  CHECK(result.unknown.front().reason == "budget");
  CHECK(result.unknown.front().claims.size() == 3);
}
