// Loads rules/*.yaml into a Rulebook; each top-level key is one section.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>

#include "factaudit/ingest/sha256.hpp"
#include "factaudit/rules/extraction_sections.hpp"
#include "factaudit/rules/pattern.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/rules/yaml_reader.hpp"

namespace factaudit {

using rules::YamlReader;

namespace {

void load_entities(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of entities");
  for (const auto& e : list) {
    r.require_map(e, "an entity");
    r.only_keys(e, {"id", "type", "names", "adjectives", "groups", "possibly_same_as", "capitals", "country",
                    "family_name_first"});
    EntityRule rule;
    rule.id = r.text(e, "id");
    rule.type = r.text(e, "type");
    rule.names = r.texts(e, "names");
    rule.adjectives = r.texts(e, "adjectives");
    rule.groups = r.texts(e, "groups");
    rule.possibly_same_as = r.texts(e, "possibly_same_as");
    rule.country = r.text(e, "country", false);
    rule.family_name_first = r.flag(e, "family_name_first", false);
    rule.where = r.where(e);
    if (YAML::Node caps = e["capitals"]) {
      r.require_sequence(caps, "a list of capitals");
      for (const auto& c : caps) {
        r.require_map(c, "a capital");
        r.only_keys(c, {"name", "from", "to"});
        rule.capitals.push_back({r.text(c, "name"), r.text(c, "from", false), r.text(c, "to", false)});
      }
    }
    book.entities[rule.id] = rule;
  }
}

void load_groups(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of groups");
  for (const auto& g : list) {
    r.require_map(g, "a group");
    r.only_keys(g, {"id", "names"});
    GroupRule rule{r.text(g, "id"), r.texts(g, "names")};
    book.groups[rule.id] = rule;
  }
}

void load_measures(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of measures");
  for (const auto& m : list) {
    r.require_map(m, "a measure");
    r.only_keys(m, {"id", "says", "dimension", "nonnegative", "flow", "subject", "item"});
    MeasureRule rule;
    rule.id = r.text(m, "id");
    rule.says = r.text(m, "says");
    rule.dimension = r.text(m, "dimension");
    rule.nonnegative = r.flag(m, "nonnegative", true);
    rule.flow = r.flag(m, "flow", false);
    rule.item = r.flag(m, "item", false);
    std::string subject = r.text(m, "subject");
    if (subject == "pair") rule.subject = SubjectShape::pair;
    else if (subject == "directed") rule.subject = SubjectShape::directed;
    else if (subject == "entity") rule.subject = SubjectShape::entity;
    else r.fail(m["subject"], "expected subject: pair, directed or entity");
    book.measures[rule.id] = rule;
  }
}

void load_units(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of units");
  for (const auto& u : list) {
    r.require_map(u, "a unit");
    r.only_keys(u, {"id", "dimension", "names"});
    UnitRule rule{r.text(u, "id"), r.text(u, "dimension"), r.texts(u, "names")};
    book.units[rule.id] = rule;
  }
}

void load_scales(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of scales");
  for (const auto& s : list) {
    r.require_map(s, "a scale");
    r.only_keys(s, {"id", "factor", "names"});
    ScaleRule rule{r.text(s, "id"), r.rational(s, "factor"), r.texts(s, "names")};
    if (rule.factor <= 0) r.fail(s["factor"], "expected a positive factor");
    book.scales[rule.id] = rule;
  }
}

void load_hedges(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of hedges");
  for (const auto& h : list) {
    r.require_map(h, "a hedge");
    r.only_keys(h, {"id", "shape", "low", "high", "open", "words"});
    HedgeRule rule;
    rule.id = r.text(h, "id");
    rule.words = r.texts(h, "words");
    std::string shape = r.text(h, "shape");
    static const std::map<std::string, HedgeShape> kShapes = {{"widen", HedgeShape::widen},
                                                              {"above", HedgeShape::above},
                                                              {"below", HedgeShape::below},
                                                              {"share", HedgeShape::share},
                                                              {"neutral", HedgeShape::neutral}};
    auto it = kShapes.find(shape);
    if (it == kShapes.end()) r.fail(h["shape"], "expected shape: widen, above, below, share or neutral");
    rule.shape = it->second;
    if (rule.shape == HedgeShape::widen || rule.shape == HedgeShape::share) {
      rule.low = r.rational(h, "low");
      rule.high = r.rational(h, "high");
      if (rule.low > rule.high) r.fail(h, "expected low <= high");
    }
    if (rule.shape == HedgeShape::above || rule.shape == HedgeShape::below) rule.open = r.flag(h, "open", false);
    book.hedges[rule.id] = rule;
  }
}

void load_tolerance_sections(const YamlReader& r, const std::string& key, const YAML::Node& node,
                             Rulebook& book) {
  Tolerances& t = book.tolerances;
  if (key == "precision") {
    r.require_map(node, "precision settings");
    r.only_keys(node, {"half_unit_of_last_digit"});
  } else if (key == "round") {
    r.require_map(node, "round-figure settings");
    r.only_keys(node, {"max_significant_digits", "relative"});
    t.round_max_significant_digits = static_cast<int>(r.integer(node, "max_significant_digits", 0, 10));
    t.round_relative = r.rational(node, "relative");
  } else if (key == "unit_tolerance") {
    r.require_sequence(node, "a list of unit tolerances");
    for (const auto& u : node) {
      r.require_map(u, "a unit tolerance");
      r.only_keys(u, {"unit", "relative"});
      t.unit_relative[r.text(u, "unit")] = r.rational(u, "relative");
    }
  } else if (key == "severity") {
    r.require_map(node, "severity settings");
    r.only_keys(node, {"numeric_minor_relative", "date_minor_units"});
    t.numeric_minor_relative = r.rational(node, "numeric_minor_relative");
    t.date_minor_units = static_cast<int>(r.integer(node, "date_minor_units", 0, 1000));
  }
}

void load_parts(const YamlReader& r, const YAML::Node& node, Rulebook& book) {
  r.require_map(node, "parts of a month and of a year");
  r.only_keys(node, {"month", "year"});
  if (YAML::Node month = node["month"]) {
    r.require_map(month, "parts of a month");
    for (const auto& p : month) {
      r.require_map(p.second, "a part of a month {first_day, last_day}");
      r.only_keys(p.second, {"first_day", "last_day"});
      book.time.month_parts[p.first.Scalar()] = {
          static_cast<unsigned>(r.integer(p.second, "first_day", 1, 31)),
          static_cast<unsigned>(r.integer(p.second, "last_day", 1, 31))};
    }
  }
  if (YAML::Node year = node["year"]) {
    r.require_map(year, "parts of a year");
    for (const auto& p : year) {
      r.require_map(p.second, "a part of a year {first_month, last_month}");
      r.only_keys(p.second, {"first_month", "last_month"});
      book.time.year_parts[p.first.Scalar()] = {
          static_cast<unsigned>(r.integer(p.second, "first_month", 1, 12)),
          static_cast<unsigned>(r.integer(p.second, "last_month", 1, 12))};
    }
  }
}

void load_durations(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of durations");
  for (const auto& d : list) {
    r.require_map(d, "a duration");
    r.only_keys(d, {"unit", "min", "max", "tolerance"});
    DurationRule rule{r.text(d, "unit"), r.integer(d, "min", 1, 100000), r.integer(d, "max", 1, 100000),
                      r.rational(d, "tolerance")};
    if (rule.min_days > rule.max_days) r.fail(d, "expected min <= max");
    book.time.durations[rule.unit] = rule;
  }
}

void load_vague_amounts(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of vague amounts");
  for (const auto& v : list) {
    r.require_map(v, "a vague amount");
    r.only_keys(v, {"id", "min", "max", "words"});
    VagueAmountRule rule{r.text(v, "id"), r.integer(v, "min", 0, 1000000), r.integer(v, "max", 0, 1000000),
                         r.texts(v, "words")};
    if (rule.min > rule.max) r.fail(v, "expected min <= max");
    book.time.vague_amounts[rule.id] = rule;
  }
}

void load_axioms(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  static const std::vector<std::string> kKinds = {"linear",     "part-of",     "cumulative",
                                                  "one-holder", "enumeration", "membership", "distinct-ranks"};
  r.require_sequence(list, "a list of axioms");
  for (const auto& a : list) {
    r.require_map(a, "an axiom");
    r.only_keys(a, {"id", "kind", "says", "slots", "left", "right", "qualifier", "set", "office"});
    AxiomRule rule;
    rule.id = r.text(a, "id");
    rule.kind = r.text(a, "kind");
    rule.says = r.text(a, "says");
    rule.where = r.where(a);
    if (std::find(kKinds.begin(), kKinds.end(), rule.kind) == kKinds.end()) {
      r.fail(a["kind"], "unknown axiom kind '" + rule.kind +
                            "' (expected linear, part-of, cumulative, one-holder, enumeration or membership)");
    }
    if (rule.kind == "linear") {
      YAML::Node slots = a["slots"];
      if (!slots) r.fail(a, "missing 'slots' (a linear axiom names the slots of its equation)");
      r.require_map(slots, "the axiom's slots");
      for (const auto& s : slots) {
        r.require_map(s.second, "a slot template");
        r.only_keys(s.second, {"measure", "subject"});
        rule.slots.push_back({s.first.Scalar(), r.text(s.second, "measure"), r.text(s.second, "subject")});
      }
      rule.left = r.texts(a, "left");
      rule.right = r.texts(a, "right");
      for (const auto* side : {&rule.left, &rule.right}) {
        for (const auto& name : *side) {
          bool known = std::any_of(rule.slots.begin(), rule.slots.end(),
                                   [&](const SlotTemplate& t) { return t.name == name; });
          if (!known) r.fail(a, "the equation names '" + name + "', which is not one of its slots");
        }
      }
      if (rule.left.empty() || rule.right.empty()) r.fail(a, "a linear axiom needs left and right");
    } else if (rule.kind == "part-of") {
      rule.qualifier = r.text(a, "qualifier");
    } else if (rule.kind == "membership") {
      rule.set = r.text(a, "set");
      rule.office = r.text(a, "office");
    }
    book.axioms.push_back(rule);
  }
}

void load_offices(const YamlReader& r, const YAML::Node& list, Rulebook& book) {
  r.require_sequence(list, "a list of offices");
  for (const auto& o : list) {
    r.require_map(o, "an office");
    r.only_keys(o, {"pattern", "says", "seats", "organisations", "only_in", "not_in"});
    std::string seats = r.text(o, "seats", false);
    if (!seats.empty() && seats != "one" && seats != "many") r.fail(o["seats"], "expected seats: one or many");
    std::string organisations = r.text(o, "organisations", false);
    if (!organisations.empty() && organisations != "own" && organisations != "for-country") {
      r.fail(o["organisations"], "expected organisations: own or for-country");
    }
    std::string pattern = r.text(o, "pattern");
    if (auto problem = pattern_problem(pattern)) {
      r.fail(o["pattern"], "expected an office pattern such as \"ambassador:{X}>{Y}\": " + *problem);
    }
    book.offices.push_back({pattern, r.text(o, "says"), seats == "many", organisations == "own", r.texts(o, "only_in"),
                            r.texts(o, "not_in"), r.where(o)});
  }
}

}  // namespace

void load_rule_text(const std::string& path, std::string text, Rulebook& book) {
  book.digest = sha256_hex(book.digest + sha256_hex(text));
  YamlReader r(path, std::move(text));
  YAML::Node root = r.root();
  if (!root || root.IsNull()) return;
  r.require_map(root, "a rule file");
  using Loader = std::function<void(const YamlReader&, const YAML::Node&, Rulebook&)>;
  static const std::map<std::string, Loader> kSections = {
      {"entities", load_entities},     {"groups", load_groups},
      {"measures", load_measures},     {"units", load_units},
      {"scales", load_scales},         {"hedges", load_hedges},
      {"parts", load_parts},           {"durations", load_durations},
      {"vague_amounts", load_vague_amounts}, {"axioms", load_axioms},
      {"offices", load_offices}};
  for (const auto& entry : root) {
    std::string key = entry.first.as<std::string>("");
    if (key == "precision" || key == "round" || key == "unit_tolerance" || key == "severity") {
      load_tolerance_sections(r, key, entry.second, book);
      continue;
    }
    if (is_extraction_section(key)) {
      load_extraction_section(r, key, entry.second, book);
      continue;
    }
    auto it = kSections.find(key);
    if (it == kSections.end()) {
      r.fail(entry.first, "unknown section '" + key +
                              "' (expected entities, groups, measures, units, scales, hedges, precision, round, "
                              "unit_tolerance, severity, parts, durations, vague_amounts, axioms, offices or an "
                              "extraction word list such as measure_phrases)");
    }
    it->second(r, entry.second, book);
  }
  book.files.push_back(path);
}

namespace {

void check_references(const Rulebook& book) {
  for (const auto& [id, e] : book.entities) {
    for (const auto& other : e.possibly_same_as) {
      if (!book.entities.count(other)) throw InputError(e.where, "possibly_same_as names unknown entity '" + other + "'");
      if (other == id) throw InputError(e.where, "an entity cannot be possibly_same_as itself");
    }
    for (const auto& g : e.groups) {
      if (!book.groups.count(g)) throw InputError(e.where, "unknown group '" + g + "'");
    }
    if (!e.country.empty() && !book.entities.count(e.country)) {
      throw InputError(e.where, "country names unknown entity '" + e.country + "'");
    }
  }
  for (const auto& a : book.axioms) {
    for (const auto& s : a.slots) {
      if (!book.measures.count(s.measure)) throw InputError(a.where, "axiom uses unknown measure '" + s.measure + "'");
    }
  }
}

}  // namespace

Rulebook load_rulebook(const std::vector<std::filesystem::path>& folders) {
  Rulebook book;
  for (const auto& folder : folders) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
      throw InputError({folder.string()}, "expected a folder of rule files (*.yaml)");
    }
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) load_rule_text(file, read_file(file), book);
  }
  check_rulebook(book);
  return book;
}

void check_rulebook(const Rulebook& book) {
  check_references(book);
  check_extraction_rules(book);
}

std::filesystem::path default_rules_folder(const std::filesystem::path& executable) {
  std::error_code ec;
  auto installed = executable.parent_path() / ".." / "share" / "factaudit" / "rules";
  if (std::filesystem::is_directory(installed, ec)) return installed;
  return FACTAUDIT_SOURCE_RULES;
}

}  // namespace factaudit
