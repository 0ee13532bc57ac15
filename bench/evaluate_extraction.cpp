// factaudit-evaluate: extraction quality against gold claim files, per claim kind.
//
//   factaudit-evaluate GOLD... [--rules DIR] [--min-precision P] [--min-recall R] [--misses]
//
// GOLD: claim files (or folders of them) whose documents are present. Each document is extracted and
// its claims are matched one-to-one with the gold claims. An extracted claim matches a gold claim when:
//   - the kind is the same and the byte spans overlap;
//   - the slot agrees on what extraction can know: for quantity, change and share the subject, measure
//     and unit, the period (compared as day ranges) and a change's base period; for office the office
//     and the role; for the other kinds (whose event, count and status names are free text in gold
//     files) the span and the value decide;
//   - the values overlap: numeric intervals (precision and hedges applied) intersect, time values'
//     day ranges intersect, offices name the same holder.
// Prints precision and recall per kind and overall; exits 1 when a --min floor is not met.
#include <cstdio>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

#include "factaudit/extract/extractor.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/normalize/stated_value.hpp"
#include "factaudit/normalize/time_value.hpp"
#include "factaudit/pipeline/check.hpp"

using namespace factaudit;

namespace {

bool overlap(const NumericInterval& a, const NumericInterval& b) {
  auto below = [](const Bound& hi, const Bound& lo) {  // hi < lo (touching open bounds do not meet)
    if (!hi.value || !lo.value) return false;
    return *hi.value < *lo.value || (*hi.value == *lo.value && (hi.open || lo.open));
  };
  return !below(a.hi, b.lo) && !below(b.hi, a.lo);
}

bool periods_agree(const Json& a, const Json& b, const char* key) {
  std::string pa = a.value(key, ""), pb = b.value(key, "");
  if (pa.empty() || pb.empty()) return pa == pb;
  auto x = parse_period(pa), y = parse_period(pb);
  if (!x || !y) return pa == pb;
  return x->first() == y->first() && (x->open_end || y->open_end || x->last() == y->last());
}

bool times_overlap(const Json& a, const Json& b, const std::optional<std::string>& published, const Rulebook& rules) {
  try {
    DaySpan x = resolve_time(a, published, rules, "time").hull();
    DaySpan y = resolve_time(b, published, rules, "time").hull();
    if (x.last && y.first && *x.last < *y.first) return false;
    if (y.last && x.first && *y.last < *x.first) return false;
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

bool values_agree(const Claim& g, const Claim& e, const DocumentInfo& doc, const Rulebook& rules) {
  switch (g.kind) {
    case ClaimKind::quantity:
    case ClaimKind::change:
    case ClaimKind::share:
    case ClaimKind::count:
    case ClaimKind::rank:
      try {
        bool need = g.value.contains("literal");
        if (!need) return !e.value.contains("literal") || g.value.value("hedge", "") == e.value.value("hedge", "");
        if (g.value.value("direction", "") != e.value.value("direction", "")) return false;
        Json gv = g.value, ev = e.value;  // counts and ranks state no unit: they count
        if (!gv.contains("unit")) gv["unit"] = "count";
        if (!ev.contains("unit")) ev["unit"] = "count";
        return overlap(stated_number(gv, rules).interval, stated_number(ev, rules).interval);
      } catch (const std::exception&) {
        return g.value == e.value;
      }
    case ClaimKind::date:
      if (g.value.contains("from") || e.value.contains("from")) {
        return g.value.contains("from") && e.value.contains("from") &&
               times_overlap(g.value["from"], e.value["from"], doc.published, rules) &&
               times_overlap(g.value["to"], e.value["to"], doc.published, rules);
      }
      return times_overlap(g.value, e.value, doc.published, rules);
    case ClaimKind::office:
      return g.slot.value("subject", "") == e.slot.value("subject", "") || g.slot.value("subject", "").rfind("?", 0) == 0;
    case ClaimKind::ordering:
      return g.value.value("relation", "") == e.value.value("relation", "");
    case ClaimKind::status:
      return g.value.value("state", Json()) == e.value.value("state", Json()) &&
             g.value.value("change", Json()) == e.value.value("change", Json());
    case ClaimKind::identity:
      return g.value.value("same_as", "") == e.value.value("same_as", "");
  }
  return false;
}

bool slots_agree(const Claim& g, const Claim& e) {
  switch (g.kind) {
    case ClaimKind::quantity:
    case ClaimKind::change:
    case ClaimKind::share:
      return g.slot.value("subject", "") == e.slot.value("subject", "") &&
             g.slot.value("measure", "") == e.slot.value("measure", "") &&
             g.slot.value("unit", "") == e.slot.value("unit", "") && periods_agree(g.slot, e.slot, "period") &&
             periods_agree(g.slot, e.slot, "base_period");
    case ClaimKind::office:
      return g.slot.value("office", "") == e.slot.value("office", "") &&
             g.value.value("role", "") == e.value.value("role", "");
    default:
      return true;
  }
}

struct Tally {
  std::size_t gold = 0, extracted = 0, found = 0, correct = 0;  // found: gold matched; correct: extracted matched
};

void print_row(const std::string& kind, const Tally& t) {
  double p = t.extracted ? double(t.correct) / double(t.extracted) : 1.0;
  double r = t.gold ? double(t.found) / double(t.gold) : 1.0;
  std::printf("| %-9s | %5zu | %9zu | %7zu | %9.2f | %6.2f |\n", kind.c_str(), t.gold, t.extracted, t.found, p, r);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"factaudit-evaluate: extraction precision and recall against gold claim files"};
  std::vector<std::string> inputs, rule_dirs;
  double min_precision = 0, min_recall = 0;
  bool misses = false;
  app.add_option("gold", inputs, "gold claim files or folders")->required();
  app.add_option("--rules", rule_dirs, "rule folder (default: the source tree's)");
  app.add_option("--min-precision", min_precision, "exit 1 when overall precision is lower");
  app.add_option("--min-recall", min_recall, "exit 1 when overall recall is lower");
  app.add_flag("--misses", misses, "list gold claims not found and extracted claims not in gold");
  CLI11_PARSE(app, argc, argv);
  try {
    std::vector<std::filesystem::path> folders(rule_dirs.begin(), rule_dirs.end());
    if (folders.empty()) folders.push_back(FACTAUDIT_SOURCE_RULES);
    Rulebook rules = load_rulebook(folders);
    Lexicon lexicon(rules);
    ClaimValidator validate = claim_validator(rules);
    Warnings warnings;
    std::map<std::string, Tally> tally;
    SourcesIndex sources;
    for (const auto& file : collect_inputs(inputs, warnings)) {
      if (file.kind != InputKind::claims) continue;
      ClaimSet gold;
      load_claim_file(file.path, validate, gold, warnings);
      const DocumentInfo& info = gold.documents.front();
      if (!info.present) throw InputError({file.path}, "the gold file's document " + info.path + " is missing");
      ExtractedDocument extracted = extract_document(read_document(info.path, sources), lexicon, validate);
      std::vector<bool> used(extracted.claims.size(), false);
      for (const Claim& g : gold.claims) {
        Tally& t = tally[std::string(to_string(g.kind))];
        ++t.gold;
        bool found = false;
        for (std::size_t i = 0; i < extracted.claims.size() && !found; ++i) {
          const Claim& e = extracted.claims[i];
          if (used[i] || e.kind != g.kind || e.span.end <= g.span.start || g.span.end <= e.span.start) continue;
          if (!slots_agree(g, e) || !values_agree(g, e, info, rules)) continue;
          used[i] = found = true;
        }
        if (found) ++t.found;
        else if (misses) std::cout << "miss: " << info.path << ":" << g.span.line << ":" << g.span.column << " " << to_string(g.kind) << " \"" << g.span.text << "\" " << g.slot.dump() << " " << g.value.dump() << "\n";
      }
      for (std::size_t i = 0; i < extracted.claims.size(); ++i) {
        Tally& t = tally[std::string(to_string(extracted.claims[i].kind))];
        ++t.extracted;
        if (used[i]) ++t.correct;
        else if (misses) {
          const Claim& e = extracted.claims[i];
          std::cout << "extra: " << info.path << ":" << e.span.line << ":" << e.span.column << " " << to_string(e.kind) << " \"" << e.span.text << "\" " << e.slot.dump() << " " << e.value.dump() << "\n";
        }
      }
    }
    std::printf("| kind      |  gold | extracted | matched | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
    Tally all;
    for (const auto& [kind, t] : tally) {
      print_row(kind, t);
      all.gold += t.gold;
      all.extracted += t.extracted;
      all.found += t.found;
      all.correct += t.correct;
    }
    print_row("all", all);
    double p = all.extracted ? double(all.correct) / double(all.extracted) : 1.0;
    double r = all.gold ? double(all.found) / double(all.gold) : 1.0;
    if (p < min_precision || r < min_recall) {
      std::fprintf(stderr, "factaudit-evaluate: below the floor (precision %.3f < %.3f or recall %.3f < %.3f)\n", p,
                   min_precision, r, min_recall);
      return 1;
    }
    return 0;
  } catch (const InputError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
}
