// Loads the extraction word lists of rules/*.yaml (each section: a list of {id, words}).
#include "factaudit/rules/extraction_sections.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "factaudit/rules/rulebook.hpp"
#include "factaudit/rules/yaml_reader.hpp"

namespace factaudit {

namespace {

constexpr std::array<const char*, 27> kSections = {
    "measure_phrases", "months",       "time_parts",     "relative_times", "change_words",
    "base_cues",       "number_words", "ratio_words",    "event_triggers", "event_objects",
    "office_titles",   "status_lists", "subject_words",  "measure_modifiers", "role_words", "non_names", "rank_nouns", "ordinals", "count_nouns", "set_phrases",
    "modal_words", "abbreviations", "period_names", "period_references",
    "counterpart_words", "generic_measure_words", "portfolios"};

void load_statuses(const rules::YamlReader& r, const YAML::Node& node, Rulebook& book) {
  r.require_sequence(node, "a list of {id, shape, on, off, state}");
  for (const auto& item : node) {
    r.require_map(item, "an entry {id, shape, on, off, state}");
    r.only_keys(item, {"id", "shape", "on", "off", "state"});
    StatusRule rule{r.text(item, "id"), r.text(item, "shape"), {}, {}, {}, r.where(item)};
    if (rule.shape != "pair" && rule.shape != "holder" && rule.shape != "member" && rule.shape != "listed") {
      r.fail(item["shape"], "expected shape pair, holder, member or listed, got '" + rule.shape + "'");
    }
    if (item["on"]) rule.on = r.texts(item, "on");
    if (item["off"]) rule.off = r.texts(item, "off");
    if (item["state"]) rule.state = r.texts(item, "state");
    if (rule.on.empty() && rule.off.empty() && rule.state.empty()) r.fail(item, "expected words under on, off or state");
    auto& list = book.extraction.statuses;
    auto same = std::find_if(list.begin(), list.end(), [&](const StatusRule& s) { return s.id == rule.id; });
    if (same != list.end()) *same = rule;
    else list.push_back(rule);
  }
}

}  // namespace

const std::vector<WordList>& ExtractionRules::list(const std::string& section) const {
  static const std::vector<WordList> kEmpty;
  auto it = lists.find(section);
  return it == lists.end() ? kEmpty : it->second;
}

const StatusRule* ExtractionRules::status(const std::string& id) const {
  for (const auto& s : statuses) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

bool is_extraction_section(const std::string& key) {
  if (key == "statuses") return true;
  return std::find_if(kSections.begin(), kSections.end(), [&](const char* s) { return key == s; }) != kSections.end();
}

void load_extraction_section(const rules::YamlReader& r, const std::string& key, const YAML::Node& node, Rulebook& book) {
  if (key == "statuses") return load_statuses(r, node, book);
  r.require_sequence(node, "a list of {id, words}");
  auto& list = book.extraction.lists[key];
  for (const auto& item : node) {
    r.require_map(item, "an entry {id, words}");
    if (key == "measure_phrases") r.only_keys(item, {"id", "words", "direction"});
    else if (key == "event_objects") r.only_keys(item, {"id", "words", "repeats"});
    else if (key == "rank_nouns") r.only_keys(item, {"id", "words", "among"});
    else r.only_keys(item, {"id", "words"});
    WordList entry{r.text(item, "id"), r.texts(item, "words"), r.text(item, "direction", false), r.where(item), ""};
    if (key == "rank_nouns") {
      entry.direction = r.text(item, "among", false);  // what the rank is among: partners (default) or region
      if (!entry.direction.empty() && entry.direction != "partners" && entry.direction != "region") {
        r.fail(item["among"], "expected among: partners or region, got '" + entry.direction + "'");
      }
    }
    if (key == "event_objects") {
      entry.repeats = r.text(item, "repeats", false);
      if (entry.repeats.empty()) entry.repeats = "often";
      if (entry.repeats != "once" && entry.repeats != "once-per-pair" && entry.repeats != "yearly" && entry.repeats != "often") {
        r.fail(item["repeats"], "expected repeats: once, once-per-pair, yearly or often, got '" + entry.repeats + "'");
      }
    }
    if (entry.words.empty()) r.fail(item, "expected at least one word in 'words'");
    for (const auto& w : entry.words) {
      if (w.empty() || w.find_first_not_of(' ') == std::string::npos) r.fail(item["words"], "a word cannot be empty");
    }
    if (key == "measure_phrases" && !entry.direction.empty() && entry.direction != "out" && entry.direction != "in" &&
        entry.direction != "deficit") {
      r.fail(item["direction"], "expected direction out (exports), in (imports) or deficit (the measure's negative), got '" +
                                    entry.direction + "'");
    }
    // a later entry with the same id (and direction) replaces the earlier one (later rule folders override)
    auto same = std::find_if(list.begin(), list.end(),
                             [&](const WordList& w) { return w.id == entry.id && w.direction == entry.direction; });
    if (same != list.end()) *same = entry;
    else list.push_back(entry);
  }
}

namespace {

/// True when `id` is written as a whole number (digits, no leading zero) between `min` and `max`.
bool whole_number_in(const std::string& id, long min, long max) {
  if (id.empty() || id.size() > 7 || !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  if (id.size() > 1 && id[0] == '0') return false;
  long value = std::stol(id);
  return value >= min && value <= max;
}

}  // namespace

void check_extraction_rules(const Rulebook& book) {
  for (const OfficeRule& office : book.offices) {
    for (const auto* list : {&office.only_in, &office.not_in}) {
      for (const std::string& id : *list) {
        const EntityRule* e = book.entity(id);
        if (!e || e->type != "country") {
          throw InputError(office.where, "office '" + office.pattern + "' names '" + id + "', which is no country of the rules");
        }
      }
    }
  }
  for (const auto& entry : book.extraction.list("measure_phrases")) {
    if (!book.measures.count(entry.id)) throw InputError(entry.where, "measure phrases name unknown measure '" + entry.id + "'");
    if (entry.direction == "deficit" && book.measures.at(entry.id).nonnegative) {
      throw InputError(entry.where, "a deficit phrase needs a measure that can be negative; '" + entry.id + "' cannot");
    }
  }
  for (const auto& entry : book.extraction.list("months")) {
    if (!whole_number_in(entry.id, 1, 12)) {
      throw InputError(entry.where, "expected a month number 1..12 as id, got '" + entry.id + "'");
    }
  }
  for (const auto& entry : book.extraction.list("number_words")) {
    if (!whole_number_in(entry.id, 0, 1'000'000)) {
      throw InputError(entry.where, "expected the number the words say as id (a whole number 0..1000000, e.g. \"12\"), got '" +
                                        entry.id + "'");
    }
  }
  for (const auto& entry : book.extraction.list("time_parts")) {
    if (!book.time.month_parts.count(entry.id) && !book.time.year_parts.count(entry.id)) {
      throw InputError(entry.where, "unknown time part '" + entry.id + "' (define it under parts:)");
    }
  }
  static const std::set<std::string> kRelative = {"last-year", "this-year", "next-year", "last-month", "this-month", "now",
                                                  "previous-year", "same-period-last-year", "year-in-view"};
  for (const auto& entry : book.extraction.list("relative_times")) {
    if (!kRelative.count(entry.id)) throw InputError(entry.where, "unknown relative time '" + entry.id + "'");
  }
  for (const auto& entry : book.extraction.list("office_titles")) {
    bool known = std::any_of(book.offices.begin(), book.offices.end(),
                             [&](const OfficeRule& o) { return o.pattern.rfind(entry.id + ":", 0) == 0; });
    if (!known) throw InputError(entry.where, "no office pattern '" + entry.id + ":...' in the office rules for this title");
  }
  for (const auto& entry : book.extraction.list("role_words")) {
    if (entry.id != "start" && entry.id != "end" && entry.id != "holds" && entry.id != "sends") {
      throw InputError(entry.where, "expected role start, end, holds or sends, got '" + entry.id + "'");
    }
  }
  for (const auto& entry : book.extraction.list("change_words")) {
    if (entry.id != "increase" && entry.id != "decrease") {
      throw InputError(entry.where, "expected change id increase or decrease, got '" + entry.id + "'");
    }
  }
}

}  // namespace factaudit
