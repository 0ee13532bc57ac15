// factaudit-bench: loads every *.claims.json of a folder, runs the check pipeline, and prints sizes,
// timings (load and check separately), throughput and peak RSS. When the folder was written by
// factaudit-generate it also checks itself: the contradictions found must be at least the planted
// count in DIR/PLANTED (exit 1 otherwise), and, when DIR/PLANTED.topics lists the planted topics,
// every planted topic must be among the contradictions' topics.

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "factaudit/encode/axiom.hpp"
#include "factaudit/encode/components.hpp"
#include "factaudit/encode/family.hpp"
#include "factaudit/ingest/claim_file.hpp"
#include "factaudit/pipeline/check.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/solve/session.hpp"

namespace fs = std::filesystem;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// User + system CPU seconds of this process so far (robust against other load on the machine).
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto sec = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return sec(usage.ru_utime) + sec(usage.ru_stime);
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KiB
}

/// "t123.turnover-2023" -> "t123" (the generator's topic), "" for other ids.
std::string topic_of(const std::string& claim_id) {
  auto dot = claim_id.find('.');
  if (dot == std::string::npos || dot < 2 || claim_id[0] != 't') return "";
  return claim_id.substr(0, dot);
}

/// The floor of a check: index, axioms and components, then one solver check per component (encode,
/// assert, check; no enumeration, explanation or correction), one thread, in long-lived contexts.
/// Returns the number of components found contradictory.
std::size_t floor_check(const factaudit::ClaimSet& set, const factaudit::Rulebook& rules) {
  using namespace factaudit;
  ClaimGraph graph = build_claim_graph(set, rules);
  const SlotIndex& index = graph.index;
  const std::vector<AxiomInstance>& instances = graph.instances;
  const std::vector<Component>& components = graph.components;
  SolveBudget budget;
  budget.max_conflicts = 0;  // the first check only
  std::size_t contradictory = 0;
  std::unique_ptr<z3::context> ctx;
  std::unique_ptr<SolverSession> session;
  for (std::size_t n = 0; n < components.size(); ++n) {
    if (n % 512 == 0) {
      session.reset();
      ctx = std::make_unique<z3::context>();
      session = std::make_unique<SolverSession>(*ctx, budget);
    }
    Encoding enc(*ctx, rules, set, index);
    enc.component_claims = components[n].claims;
    for (std::size_t claim : components[n].claims) {
      std::size_t item = enc.begin_claim(claim);
      family_of(set.claims[claim].kind).encode(claim, enc, item, nullptr);
    }
    for (const ClaimFamily* family : all_families()) family->finish(enc);
    for (std::size_t i : components[n].instances) axiom_kind(instances[i].rule->kind)->encode(instances[i], enc);
    contradictory += session->solve(enc).verdict != Verdict::consistent;
  }
  return contradictory;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, rules_dir = FACTAUDIT_SOURCE_RULES;
  bool no_verify = false, floor = false;
  std::size_t jobs = 1;
  CLI::App app{"Benchmarks factaudit's load and check stages on a folder of claim files."};
  app.add_option("dir", dir, "folder of *.claims.json files (e.g. written by factaudit-generate)")->required()->check(CLI::ExistingDirectory);
  app.add_option("--rules", rules_dir, "rules folder")->check(CLI::ExistingDirectory)->capture_default_str();
  app.add_option("--jobs", jobs, "worker threads for the check")->capture_default_str();
  app.add_flag("--floor", floor, "also time the floor: one solver check per component, no explanations");
  app.add_flag("--no-verify", no_verify, "do not compare with DIR/PLANTED (for folders not written by factaudit-generate)");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // as factaudit itself does (src/cli/main.cpp)
  mallopt(M_TRIM_THRESHOLD, 1 << 30);

  try {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && name.size() > 12 && name.compare(name.size() - 12, 12, ".claims.json") == 0) {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());

    factaudit::Rulebook rules = factaudit::load_rulebook({fs::path(rules_dir)});
    factaudit::ClaimValidator validate = factaudit::claim_validator(rules);

    factaudit::ClaimSet set;
    factaudit::Warnings warnings;
    const double load_cpu_start = cpu_seconds();
    auto load_start = std::chrono::steady_clock::now();
    for (const auto& file : files) factaudit::load_claim_file(file.string(), validate, set, warnings);
    const double load_s = seconds_since(load_start);
    const double load_cpu = cpu_seconds() - load_cpu_start;
    const double rss_after_load = peak_rss_mib();

    const double check_cpu_start = cpu_seconds();
    auto check_start = std::chrono::steady_clock::now();
    factaudit::CheckOptions options;
    options.jobs = jobs;
    factaudit::CheckResult result = factaudit::check_claims(set, rules, options);
    const double check_s = seconds_since(check_start);
    const double check_cpu = cpu_seconds() - check_cpu_start;
    const double rss = peak_rss_mib();
    double floor_s = 0;
    if (floor) {
      auto floor_start = std::chrono::steady_clock::now();
      std::size_t contradictory = floor_check(set, rules);
      floor_s = seconds_since(floor_start);
      std::printf("floor: one check per component, one thread: %.3f s (%zu contradictory components)\n", floor_s, contradictory);
    }

    const double claims = static_cast<double>(set.claims.size());
    const double components = static_cast<double>(result.components);
    std::printf("files                 %zu\n", files.size());
    std::printf("claims                %zu\n", set.claims.size());
    std::printf("warnings              %zu\n", warnings.size());
    std::printf("components            %zu\n", result.components);
    std::printf("contradictions found  %zu\n", result.contradictions.size());
    std::printf("unknown components    %zu\n", result.unknown.size());
    std::printf("solver checks         %zu\n", result.solver_checks);
    std::printf("load s                %.3f (cpu %.3f)\n", load_s, load_cpu);
    std::printf("check s               %.3f (cpu %.3f)\n", check_s, check_cpu);
    std::printf("claims/s (check)      %.1f\n", check_s > 0 ? claims / check_s : 0.0);
    std::printf("components/s (check)  %.1f\n", check_s > 0 ? components / check_s : 0.0);
    std::printf("claims/s (load+check) %.1f\n", load_s + check_s > 0 ? claims / (load_s + check_s) : 0.0);
    std::printf("peak RSS MiB          %.1f (after load %.1f)\n", rss, rss_after_load);

    int status = 0;
    long planted = -1;
    std::size_t missed = 0, extra_topics = 0;
    if (!no_verify) {
      std::ifstream in(fs::path(dir) / "PLANTED");
      if (!(in >> planted)) {
        std::fprintf(stderr, "factaudit-bench: %s/PLANTED is missing or not a number (use --no-verify)\n", dir.c_str());
        return 1;
      }
      if (static_cast<long>(result.contradictions.size()) < planted) {
        std::fprintf(stderr, "FAIL: found %zu contradictions, fewer than the %ld planted\n", result.contradictions.size(), planted);
        status = 1;
      }
      // per topic, when the generator listed them
      std::ifstream topics_in(fs::path(dir) / "PLANTED.topics");
      if (topics_in) {
        std::map<std::string, std::string> planted_topics;  // topic -> kind
        std::string topic, kind;
        while (topics_in >> topic >> kind) planted_topics[topic] = kind;
        std::set<std::string> flagged;
        for (const auto& c : result.contradictions) {
          for (const auto& id : c.claims) flagged.insert(topic_of(id));
        }
        std::map<std::string, std::size_t> missed_by_kind;
        for (const auto& [t, k] : planted_topics) {
          if (!flagged.count(t)) {
            ++missed;
            ++missed_by_kind[k];
          }
        }
        for (const auto& t : flagged) {
          if (!planted_topics.count(t)) ++extra_topics;
        }
        std::printf("planted topics        %zu (missed %zu, clean topics flagged %zu)\n", planted_topics.size(), missed, extra_topics);
        for (const auto& [k, n] : missed_by_kind) std::fprintf(stderr, "FAIL: %zu planted '%s' contradictions not found\n", n, k.c_str());
        if (missed > 0) status = 1;
      }
      std::printf("verify                %s (found %zu >= planted %ld)\n", status == 0 ? "ok" : "FAILED",
                  result.contradictions.size(), planted);
    }
    // one machine-readable line for bench/run.sh
    std::printf("BENCH claims=%zu components=%zu contradictions=%zu planted=%ld unknown=%zu load_s=%.3f check_s=%.3f "
                "load_cpu_s=%.3f check_cpu_s=%.3f floor_check_s=%.3f jobs=%zu "
                "claims_per_s=%.1f components_per_s=%.1f peak_rss_mib=%.1f verify=%s\n",
                set.claims.size(), result.components, result.contradictions.size(), planted, result.unknown.size(), load_s,
                check_s, load_cpu, check_cpu, floor_s, jobs, check_s > 0 ? claims / check_s : 0.0, check_s > 0 ? components / check_s : 0.0, rss,
                no_verify ? "skipped" : (status == 0 ? "ok" : "failed"));
    return status;
  } catch (const factaudit::InputError& e) {
    std::fprintf(stderr, "%s: error: %s\n", factaudit::format_position(e.where()).c_str(), e.message().c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "factaudit-bench: %s\n", e.what());
    return 2;
  }
}
