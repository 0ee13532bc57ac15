// What an audit takes from the archive: claims related to the drafts through shared keys, to a fixpoint
// over the drafts' components, and nothing else.
#include <catch2/catch.hpp>

#include "../unit_support.hpp"
#include "claim_builder.hpp"
#include "factaudit/pipeline/archive_audit.hpp"
#include "factaudit/store/archive.hpp"
#include "factaudit/store/related_keys.hpp"

using namespace factaudit;
using factaudit::unit::TempDir;

namespace {

std::string quantity(const std::string& id, const std::string& subject, const std::string& measure,
                     const std::string& literal, const std::string& period = "2022") {
  return R"({"id": ")" + id + R"(", "kind": "quantity", "slot": {"subject": ")" + subject + R"(", "measure": ")" +
         measure + R"(", "period": ")" + period + R"(", "unit": "USD"}, "value": {"literal": ")" + literal +
         R"(", "scale": "billion", "unit": "USD"}})";
}

std::string event_date(const std::string& id, const std::string& subject, const std::string& event, const std::string& date) {
  return R"({"id": ")" + id + R"(", "kind": "date", "slot": {"subject": ")" + subject + R"(", "measure": ")" + event +
         R"("}, "value": {"date": ")" + date + R"("}})";
}

/// Files each document of `documents` into `archive` as ingest would.
void file_documents(Archive& archive, const std::vector<testing::DocumentClaims>& documents) {
  for (const auto& d : documents) {
    ClaimSet set = testing::build_claims({d});
    ArchivedDocument entry;
    entry.keys = related_keys(set, testing::shipped_rules());
    entry.info = set.documents.front();
    entry.info.sha256 = std::string(64, 'a');
    entry.claims = set.claims;
    REQUIRE(archive.put(entry) == PutOutcome::added);
  }
}

std::vector<std::string> ids_of(const ClaimSet& set) {
  std::vector<std::string> out;
  for (const auto& c : set.claims) out.push_back(c.id);
  return out;
}

/// An archive with these documents, written and reopened for reading as an audit opens it.
struct ArchiveFixture {
  TempDir dir;
  std::string path = dir.str() + "/archive.db";
  explicit ArchiveFixture(const std::vector<testing::DocumentClaims>& documents) {
    Archive writer(path, ArchiveAccess::write);
    file_documents(writer, documents);
  }
};

}  // namespace

TEST_CASE("the entities a slot field names", "[store]") {
  CHECK(entities_named("KZ>AF") == std::vector<std::string>{"KZ", "AF"});
  CHECK(entities_named("AF-KZ") == std::vector<std::string>{"AF", "KZ"});
  CHECK(entities_named("ambassador:CN>AF") == std::vector<std::string>{"CN", "AF"});
  CHECK(entities_named("consul-general:GE>AM:gyumri") == std::vector<std::string>{"GE", "AM"});
  CHECK(entities_named("set.countries-with-ambassador-in:AF") == std::vector<std::string>{"AF"});
  CHECK(entities_named("person:tokayev") == std::vector<std::string>{"person:tokayev"});
  CHECK(entities_named("group:central-asia") == std::vector<std::string>{"group:central-asia"});
  CHECK(entities_named("world>AF") == std::vector<std::string>{"AF"});
  CHECK(entities_named("trade.turnover").empty());
}

TEST_CASE("a claim's related keys are its slot keys, its subject's figures by year, or its entities", "[store]") {
  ClaimSet set = testing::build_claims(
      {{"a.md", "2024-01",
        {quantity("q", "CL>PE", "trade.exports", "2.1"),
         R"({"id": "o", "kind": "office", "slot": {"subject": "person:paredes", "measure": "office", "office": "ambassador:PE>CL"},
             "value": {"role": "start", "time": {"date": "2022-12"}}})"}}});
  auto keys = related_keys(set, testing::shipped_rules());
  REQUIRE(keys.size() == 2);
  auto has = [](const std::vector<std::string>& list, const std::string& key) {
    return std::find(list.begin(), list.end(), key) != list.end();
  };
  CHECK(has(keys[0], "figures:CL+PE@2022"));
  CHECK_FALSE(has(keys[0], "entity:CL"));  // figures meet figures of their subject and year only
  CHECK(std::any_of(keys[0].begin(), keys[0].end(), [](const std::string& k) { return k.find("trade.exports") != std::string::npos; }));
  CHECK(has(keys[1], "entity:person:paredes"));
  CHECK(has(keys[1], "entity:PE"));
  CHECK(has(keys[1], "entity:CL"));
  CHECK(std::is_sorted(keys[1].begin(), keys[1].end()));
}

TEST_CASE("a change relates the figures of both its years, a long period of its subject", "[store]") {
  ClaimSet set = testing::build_claims(
      {{"a.md", "2024-01",
        {R"({"id": "c", "kind": "change", "slot": {"subject": "KZ>AF", "measure": "trade.exports", "period": "2023",
             "base_period": "2022", "unit": "USD"}, "value": {"literal": "12", "unit": "percent", "direction": "increase"}})",
         quantity("q", "AF-KZ", "trade.turnover", "9.5", "2021-07..2022-06"),
         quantity("long", "AF-KZ", "trade.turnover", "90", "1950..2020")}}});
  auto keys = related_keys(set, testing::shipped_rules());
  auto figures = [](const std::vector<std::string>& list) {
    std::vector<std::string> out;
    for (const auto& k : list) {
      if (k.rfind("figures:", 0) == 0) out.push_back(k);
    }
    return out;
  };
  CHECK(figures(keys[0]) == std::vector<std::string>{"figures:AF+KZ@2022", "figures:AF+KZ@2023"});
  CHECK(figures(keys[1]) == std::vector<std::string>{"figures:AF+KZ@2021", "figures:AF+KZ@2022"});
  CHECK(figures(keys[2]) == std::vector<std::string>{"figures:AF+KZ"});
}

TEST_CASE("an audit loads the archive claims that share a key with the drafts and no others", "[store]") {
  ArchiveFixture fixture({{"archive/total.md", "2023-03", {quantity("total.t22", "CL-PE", "trade.turnover", "4.1")}},
                          {"archive/flows.md", "2023-04",
                           {quantity("flows.out", "CL>PE", "trade.exports", "2.3"),
                            quantity("flows.in", "PE>CL", "trade.exports", "1.8")}},
                          {"archive/east-africa.md", "2023-05",
                           {quantity("ea.t22", "KE-TZ", "trade.turnover", "1.2"),
                            quantity("ea.t21", "KE-TZ", "trade.turnover", "1.1", "2021")}}});
  Archive archive(fixture.path, ArchiveAccess::read);
  ClaimSet set = testing::build_claims({{"drafts/new.md", "2024-01", {quantity("draft.t22", "CL-PE", "trade.turnover", "3.6")}}});
  Warnings warnings;
  ArchiveLoad load = add_related_claims(archive, set, testing::shipped_rules(), warnings);
  CHECK(warnings.empty());
  CHECK(load.draft_documents == 1);
  CHECK(load.claims_read == 3);  // the East African figures are never read
  CHECK(archive.claims_read() == 3);
  CHECK(load.claims_added == 3);
  CHECK(load.documents_added == 2);
  // drafts first, then archive documents by path with their claims in order
  CHECK(ids_of(set) == std::vector<std::string>{"draft.t22", "flows.out", "flows.in", "total.t22"});
  REQUIRE(set.documents.size() == 3);
  CHECK(set.documents[1].path == "archive/flows.md");
  CHECK(set.documents[2].published == "2023-03");

  CheckResult result = testing::check(set);
  CHECK(testing::find_contradiction(result, {"draft.t22", "total.t22"}) != nullptr);
  CHECK(testing::find_contradiction(result, {"draft.t22", "flows.in", "flows.out"}) != nullptr);
}

TEST_CASE("loading follows the drafts' components to a fixpoint", "[store]") {
  // the draft dates the fall of Kabul; one archived article places a summit a month after it, another
  // dates the summit five days after: only the three together conflict, and the third shares no key
  // with the draft
  ArchiveFixture fixture(
      {{"archive/summit-after.md", "2021-10",
        {R"({"id": "after.summit", "kind": "ordering", "slot": {"subject": "org:sco", "measure": "event.sco-summit-2021",
             "reference": {"subject": "org:taliban", "measure": "event.taliban-took-kabul"}},
             "value": {"relation": "after", "amount": "1", "unit": "month"}})"}},
       {"archive/summit-date.md", "2021-10", {event_date("date.summit", "org:sco", "event.sco-summit-2021", "2021-08-20")}},
       {"archive/unrelated.md", "2021-10", {event_date("date.other", "org:opec", "event.opec-meeting-2021", "2021-08-20")}}});
  Archive archive(fixture.path, ArchiveAccess::read);
  ClaimSet set = testing::build_claims(
      {{"drafts/kabul.md", "2021-09", {event_date("draft.kabul", "org:taliban", "event.taliban-took-kabul", "2021-08-15")}}});
  Warnings warnings;
  ArchiveLoad load = add_related_claims(archive, set, testing::shipped_rules(), warnings);
  CHECK(load.rounds >= 2);
  CHECK(load.claims_read == 2);
  CHECK(ids_of(set) == std::vector<std::string>{"draft.kabul", "after.summit", "date.summit"});
  CheckResult result = testing::check(set);
  CHECK(testing::find_contradiction(result, {"after.summit", "date.summit", "draft.kabul"}) != nullptr);
}

TEST_CASE("a draft replaces the archived document at its path, and clashing ids are renamed", "[store]") {
  ArchiveFixture fixture({{"drafts/new.md", "2023-03", {quantity("old.t22", "CL-PE", "trade.turnover", "9.9")}},
                          {"archive/other.md", "2023-03", {quantity("draft.t22", "CL-PE", "trade.turnover", "4.1")}}});
  Archive archive(fixture.path, ArchiveAccess::read);
  ClaimSet set = testing::build_claims({{"drafts/new.md", "2024-01", {quantity("draft.t22", "CL-PE", "trade.turnover", "3.6")}}});
  Warnings warnings;
  ArchiveLoad load = add_related_claims(archive, set, testing::shipped_rules(), warnings);
  CHECK(load.documents_added == 1);
  REQUIRE(set.claims.size() == 2);
  CHECK(set.claims[0].id == "draft.t22");
  CHECK_THAT(set.claims[1].id, Catch::StartsWith("draft.t22@"));
  CHECK(set.claims[1].id.size() == std::string("draft.t22@").size() + 8);
  CHECK(set.claim_ids.size() == 2);
}

TEST_CASE("contradictions among archive claims alone are not the drafts' findings", "[store]") {
  ArchiveFixture fixture({{"archive/one.md", "2023-03", {quantity("one.t22", "CL-PE", "trade.turnover", "4.1")}},
                          {"archive/two.md", "2023-04", {quantity("two.t22", "CL-PE", "trade.turnover", "5.0")}}});
  Archive archive(fixture.path, ArchiveAccess::read);
  ClaimSet set = testing::build_claims({{"drafts/new.md", "2024-01", {quantity("draft.t22", "CL-PE", "trade.turnover", "4.1")}}});
  Warnings warnings;
  ArchiveLoad load = add_related_claims(archive, set, testing::shipped_rules(), warnings);
  CheckResult result = testing::check(set);
  REQUIRE(testing::find_contradiction(result, {"one.t22", "two.t22"}) != nullptr);
  CHECK(keep_findings_about_drafts(set, load.draft_documents, result) == 1);
  CHECK(testing::find_contradiction(result, {"one.t22", "two.t22"}) == nullptr);
  CHECK(testing::find_contradiction(result, {"draft.t22", "two.t22"}) != nullptr);
  REQUIRE(result.contradictions.size() == 1);
  for (const auto& correction : result.corrections) CHECK(correction.component == result.contradictions[0].component);
}
