/// The rules as data: entities, measures, units, hedges, time and domain axioms, loaded from rules/.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gmpxx.h>

#include "factaudit/model/diagnostic.hpp"
#include "factaudit/rules/extraction_rules.hpp"

namespace factaudit {

struct CapitalName {
  std::string name;
  std::string from, to;  // dates, empty when open
};

struct EntityRule {
  std::string id, type;
  std::vector<std::string> names, adjectives, groups, possibly_same_as;
  std::vector<CapitalName> capitals;
  std::string country;  // an organisation that stands for a country ("Taliban-accredited": accredited in AF)
  bool family_name_first = false;  // its people's names put the family name first ("Wang Yi")
  SourcePosition where;
  /// The first name, or the id when the entity has none.
  std::string display_name() const { return names.empty() ? id : names.front(); }
};

struct GroupRule {
  std::string id;
  std::vector<std::string> names;
};

enum class SubjectShape { pair, directed, entity };

struct MeasureRule {
  std::string id, says, dimension;
  bool nonnegative = true;
  bool flow = false;
  bool item = false;  // a figure is about the thing the measure phrase names (students, wagons, a railway)
  SubjectShape subject = SubjectShape::entity;
};

struct UnitRule {
  std::string id, dimension;
  std::vector<std::string> names;
};

struct ScaleRule {
  std::string id;
  mpq_class factor;
  std::vector<std::string> names;
};

enum class HedgeShape { widen, above, below, share, neutral };

struct HedgeRule {
  std::string id;
  HedgeShape shape = HedgeShape::neutral;
  mpq_class low, high;
  bool open = false;
  std::vector<std::string> words;
};

struct Tolerances {
  mpq_class round_relative{1, 20};
  int round_max_significant_digits = 2;
  std::map<std::string, mpq_class> unit_relative;  // unit id -> relative tolerance
  mpq_class numeric_minor_relative{1, 100};
  int date_minor_units = 1;
};

struct PartRule {  // a stretch of a month (days) or a year (months)
  unsigned first = 1, last = 31;
};

struct DurationRule {
  std::string unit;
  long min_days = 1, max_days = 1;
  mpq_class tolerance;
};

struct VagueAmountRule {
  std::string id;
  long min = 1, max = 1;
  std::vector<std::string> words;
};

struct TimeRules {
  std::map<std::string, PartRule> month_parts, year_parts;
  std::map<std::string, DurationRule> durations;
  std::map<std::string, VagueAmountRule> vague_amounts;
};

/// A slot template in an axiom: a measure and a subject pattern with {A}/{B} placeholders.
struct SlotTemplate {
  std::string name, measure, subject;
};

struct AxiomRule {
  std::string id, kind, says;
  std::vector<SlotTemplate> slots;       // linear
  std::vector<std::string> left, right;  // linear: names of slots
  std::string qualifier;                 // part-of
  std::string set, office;               // membership templates
  SourcePosition where;
};

struct OfficeRule {
  std::string pattern;  // "ambassador:{X}>{Y}"
  std::string says;     // "{X} ambassador to {Y}"
  bool many_seats = false;  // several people hold it at once (deputy prime ministers): no one-holder rule
  bool organisations_own = false;  // an organisation holds it itself (a spokesman), not for a country
  std::vector<std::string> only_in;  // the countries that have this office (kings, emirs); empty: any
  std::vector<std::string> not_in;   // the countries that have no such office (presidents of monarchies)
  SourcePosition where;
};

/// Everything in rules/, validated. Later rule folders override earlier ones by id.
struct Rulebook {
  std::map<std::string, EntityRule> entities;
  std::map<std::string, GroupRule> groups;
  std::map<std::string, MeasureRule> measures;
  std::map<std::string, UnitRule> units;
  std::map<std::string, ScaleRule> scales;
  std::map<std::string, HedgeRule> hedges;
  Tolerances tolerances;
  TimeRules time;
  std::vector<AxiomRule> axioms;
  std::vector<OfficeRule> offices;
  ExtractionRules extraction;
  std::vector<std::string> files;  // the rule files read, in order
  std::string digest;              // SHA-256 chained over the contents of every rule file read, in order

  const EntityRule* entity(const std::string& id) const;
  const MeasureRule* measure(const std::string& id) const;
  const HedgeRule* hedge(const std::string& id) const;
  const AxiomRule* axiom(const std::string& id) const;
  std::vector<const AxiomRule*> axioms_of_kind(const std::string& kind) const;
  /// Members of a group, sorted by id.
  std::vector<std::string> group_members(const std::string& group) const;
  /// A person-readable name for an entity id, or the id itself.
  std::string name_of(const std::string& id) const;
  /// A person-readable office ("Kazakh ambassador to Afghanistan"), from the office rules.
  std::string describe_office(const std::string& office) const;
  /// The office rule of a title ("ambassador" -> "ambassador:{X}>{Y}"; "minister-of-transport" ->
  /// "minister-of-{P}:{X}" with {P} filled in: "minister-of-transport:{X}"); nullopt when none fits.
  std::optional<OfficeRule> office_for_title(const std::string& title) const;
  /// False for offices several people hold at once (office rules with `seats: many`).
  bool office_has_one_seat(const std::string& office) const;
};

/// Loads every *.yaml file of each folder in order. Throws InputError (path:line:col) on any problem.
Rulebook load_rulebook(const std::vector<std::filesystem::path>& folders);

/// Adds the rules of one file's text to `book` (exposed for tests); `path` names it in errors.
void load_rule_text(const std::string& path, std::string text, Rulebook& book);

/// Checks what rules of different files must agree on (references, extraction word lists); InputError.
void check_rulebook(const Rulebook& book);

/// The default rules folder: beside the installed binary (../share/factaudit/rules), else the source tree's.
std::filesystem::path default_rules_folder(const std::filesystem::path& executable);

}  // namespace factaudit
