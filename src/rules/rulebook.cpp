#include <algorithm>
#include <cctype>

#include "factaudit/rules/rulebook.hpp"
#include "factaudit/rules/pattern.hpp"

namespace factaudit {

namespace {
template <typename Map>
const typename Map::mapped_type* find_in(const Map& map, const std::string& id) {
  auto it = map.find(id);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

const EntityRule* Rulebook::entity(const std::string& id) const { return find_in(entities, id); }
const MeasureRule* Rulebook::measure(const std::string& id) const { return find_in(measures, id); }
const HedgeRule* Rulebook::hedge(const std::string& id) const { return find_in(hedges, id); }

const AxiomRule* Rulebook::axiom(const std::string& id) const {
  for (const auto& a : axioms) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

std::vector<const AxiomRule*> Rulebook::axioms_of_kind(const std::string& kind) const {
  std::vector<const AxiomRule*> out;
  for (const auto& a : axioms) {
    if (a.kind == kind) out.push_back(&a);
  }
  return out;
}

std::vector<std::string> Rulebook::group_members(const std::string& group) const {
  std::vector<std::string> out;
  for (const auto& [id, e] : entities) {
    if (std::find(e.groups.begin(), e.groups.end(), group) != e.groups.end()) out.push_back(id);
  }
  return out;
}

std::string Rulebook::name_of(const std::string& id) const {
  if (const EntityRule* e = entity(id)) return e->display_name();
  // a person the rules do not know ("person:sattorov") reads by surname
  if (id.rfind("person:", 0) == 0 && id.size() > 7) {
    std::string name = id.substr(7);
    bool start = true;
    for (auto& c : name) {
      if (start && std::isalpha(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      start = c == '-';
    }
    return name;
  }
  return id;
}

bool Rulebook::office_has_one_seat(const std::string& office) const {
  for (const auto& rule : offices) {
    Bindings bound;
    if (match_pattern(rule.pattern, office, bound)) return !rule.many_seats;
  }
  return true;
}

std::string Rulebook::describe_office(const std::string& office) const {
  for (const auto& rule : offices) {
    Bindings bound;
    if (!match_pattern(rule.pattern, office, bound)) continue;
    std::string out;
    for (std::size_t i = 0; i < rule.says.size(); ++i) {
      if (rule.says[i] != '{') {
        out += rule.says[i];
        continue;
      }
      std::size_t close = rule.says.find('}', i);
      if (close == std::string::npos) break;
      std::string name = rule.says.substr(i + 1, close - i - 1);
      bool adjective = name.size() > 4 && name.substr(name.size() - 4) == ":adj";
      if (adjective) name.resize(name.size() - 4);
      std::string id = bound[name];
      const EntityRule* e = entity(id);
      if (adjective && e && !e->adjectives.empty()) out += e->adjectives.front();
      else out += e ? e->display_name() : id;
      i = close;
    }
    return out;
  }
  return office;
}

std::optional<OfficeRule> Rulebook::office_for_title(const std::string& title) const {
  std::optional<OfficeRule> exact, by_portfolio;
  for (const auto& rule : offices) {
    if (rule.pattern.rfind(title + ":", 0) == 0) exact = rule;
    auto p = rule.pattern.find("{P}");
    if (p == std::string::npos || by_portfolio || title.size() <= p || title.compare(0, p, rule.pattern, 0, p) != 0) continue;
    by_portfolio = rule;
    by_portfolio->pattern.replace(p, 3, title.substr(p));
  }
  return exact ? exact : by_portfolio;
}

}  // namespace factaudit
