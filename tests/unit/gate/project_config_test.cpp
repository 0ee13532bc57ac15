// `.factaudit.yaml`: fields, paths relative to the file, discovery upward, and located errors.
#include <catch2/catch.hpp>

#include "../unit_support.hpp"
#include "factaudit/gate/project_config.hpp"
#include "factaudit/model/diagnostic.hpp"

using namespace factaudit;

TEST_CASE("a configuration sets rules, format, threshold, baseline and tolerances", "[gate][config]") {
  ProjectConfig c = parse_project_config("proj/.factaudit.yaml",
                                         "rules: [rules, ../shared-rules]\nformat: sarif\nfail-on: major\n"
                                         "baseline: ci/accepted.json\nseverity:\n  numeric_minor_relative: \"0.02\"\n"
                                         "  date_minor_units: 2\n");
  CHECK(c.rules == std::vector<std::string>{"proj/rules", "shared-rules"});
  CHECK(c.format == "sarif");
  CHECK(c.fail_on == "major");
  CHECK(c.baseline == "proj/ci/accepted.json");
  CHECK(c.numeric_minor_relative == mpq_class(1, 50));
  CHECK(c.date_minor_units == 2);
  ProjectConfig empty = parse_project_config(".factaudit.yaml", "");
  CHECK_FALSE(empty.format);
  CHECK(empty.rules.empty());
}

TEST_CASE("configuration errors name the line and column", "[gate][config]") {
  auto error_of = [](const std::string& text) {
    try {
      parse_project_config("c.yaml", text);
    } catch (const InputError& e) {
      return format_position(e.where()) + " " + e.message();
    }
    return std::string("no error");
  };
  CHECK(error_of("format: json\nfail_on: minor\n").find("c.yaml:2:1") == 0);  // the key is fail-on
  CHECK(error_of("fail-on: often\n").find("c.yaml:1:10") == 0);
  CHECK(error_of("severity:\n  numeric_minor_relative: \"3\"\n").find("c.yaml:2:") == 0);
  CHECK(error_of("rules: {a: b}\n").find("c.yaml:1:") == 0);
  CHECK(error_of("- just\n- a list\n").find("c.yaml:1:1") == 0);
  CHECK(error_of("format: [json\n").find("c.yaml:") == 0);
}

TEST_CASE("the nearest configuration upward is found", "[gate][config]") {
  unit::TempDir dir;
  std::filesystem::create_directories(dir.path() / "a/b/c");
  std::ofstream(dir.path() / "a/.factaudit.yaml") << "format: json\n";
  auto found = find_project_config(dir.path() / "a/b/c");
  REQUIRE(found);
  CHECK(*found == dir.path() / "a/.factaudit.yaml");
  std::ofstream(dir.path() / "a/b/.factaudit.yaml") << "format: md\n";
  CHECK(*find_project_config(dir.path() / "a/b/c") == dir.path() / "a/b/.factaudit.yaml");
}

TEST_CASE("the search stops at the repository's root and ignores a folder named like the file", "[gate][config]") {
  unit::TempDir dir;
  std::filesystem::create_directories(dir.path() / "a/repo/.git");
  std::filesystem::create_directories(dir.path() / "a/repo/src/.factaudit.yaml");  // a folder, not a file
  std::ofstream(dir.path() / "a/.factaudit.yaml") << "fail-on: never\n";            // another project's
  CHECK_FALSE(find_project_config(dir.path() / "a/repo/src"));
  std::ofstream(dir.path() / "a/repo/.factaudit.yaml") << "format: json\n";
  CHECK(*find_project_config(dir.path() / "a/repo/src") == dir.path() / "a/repo/.factaudit.yaml");
}
