// The cheapest correction per contradictory component, on the seed claim files: removing its claims
// leaves a consistent run, and it removes nothing it does not need to.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using namespace factaudit::testing;
using JsonDoc = nlohmann::json;
namespace fs = std::filesystem;

namespace {

/// The seed claim files without the claims in `removed`, in a fresh folder; returns the folder. They
/// still find their documents, so the reworded copy among them is known as one.
std::string seeds_without(const std::set<std::string>& removed, const std::string& name) {
  fs::path dir = temp_folder(name);
  for (const auto& entry : fs::directory_iterator(fs::path(FACTAUDIT_SOURCE_DIR) / "claims")) {
    if (entry.path().string().find(".claims.json") == std::string::npos) continue;
    std::ifstream in(entry.path());
    JsonDoc file = JsonDoc::parse(in);
    fs::path document = entry.path().parent_path() / file["document"]["path"].get<std::string>();
    file["document"]["path"] = fs::absolute(document).lexically_normal().string();
    JsonDoc kept = JsonDoc::array();
    for (const auto& claim : file["claims"]) {
      if (!removed.count(claim["id"].get<std::string>())) kept.push_back(claim);
    }
    file["claims"] = kept;
    std::ofstream(dir / entry.path().filename()) << file.dump(2);
  }
  return dir.string();
}

std::size_t contradictions_in(const std::string& folder) {
  RunResult run = run_factaudit("check '" + folder + "' --format json --no-config");
  REQUIRE(run.exit_code != 2);
  return JsonDoc::parse(run.out)["contradictions"].size();
}

}  // namespace

TEST_CASE("each contradictory component has a correction that hits all its contradictions and is irreducible",
          "[e2e][correction]") {
  RunResult run = run_factaudit("check claims --format json --no-config");
  REQUIRE(run.exit_code == 1);
  JsonDoc report = JsonDoc::parse(run.out);
  std::set<std::string> components;
  for (const auto& c : report["contradictions"]) components.insert(c["component"].get<std::string>());
  REQUIRE(report["corrections"].size() == components.size());

  // a copy's restatements of a claim go with it: free, and put back together with it
  std::map<std::string, std::vector<std::string>> restatements;
  std::set<std::string> restating;
  for (const auto& group : report["copies"]) {
    for (const auto& t : group["traced"]) {
      restatements[t["original"].get<std::string>()].push_back(t["claim"].get<std::string>());
      restating.insert(t["claim"].get<std::string>());
    }
  }
  REQUIRE_FALSE(restatements.empty());

  std::set<std::string> all_removed;
  for (const auto& k : report["corrections"]) {
    std::set<std::string> removed;
    int stated = 0;
    for (const auto& id : k["claims"]) {
      removed.insert(id.get<std::string>());
      stated += !restating.count(id.get<std::string>());
    }
    CHECK(k["weight"].get<int>() >= stated);
    for (const auto& id : removed) {
      for (const auto& copy : restatements[id]) CHECK(removed.count(copy));
    }
    // every contradiction of the component loses a member
    for (const auto& c : report["contradictions"]) {
      if (c["component"] != k["component"]) continue;
      bool hit = false;
      for (const auto& id : c["claims"]) hit = hit || removed.count(id.get<std::string>());
      CHECK(hit);
    }
    all_removed.insert(removed.begin(), removed.end());
  }
  // removing every correction leaves a consistent run ...
  CHECK(contradictions_in(seeds_without(all_removed, "correction-all")) == 0);
  // ... and putting back any one removed claim (with its copies' restatements) brings a contradiction back
  for (const auto& id : all_removed) {
    if (restating.count(id)) continue;
    std::set<std::string> fewer = all_removed;
    fewer.erase(id);
    for (const auto& copy : restatements[id]) fewer.erase(copy);
    INFO("put back " << id);
    CHECK(contradictions_in(seeds_without(fewer, "correction-one")) > 0);
  }
}
