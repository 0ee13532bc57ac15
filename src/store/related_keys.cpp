#include "factaudit/store/related_keys.hpp"

#include <algorithm>
#include <set>

#include "factaudit/encode/family.hpp"
#include "factaudit/encode/slot_index.hpp"
#include "factaudit/normalize/calendar.hpp"

namespace factaudit {

namespace {

bool is_country_code(const std::string& token) {
  return token.size() >= 2 && token.size() <= 3 &&
         std::all_of(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_named_entity(const std::string& text) {
  for (const char* prefix : {"person:", "org:", "group:"}) {
    if (text.rfind(prefix, 0) == 0) return text.size() > std::string_view(prefix).size();
  }
  return false;
}

/// The slot fields that name entities, as strings: subject, office, status, among, measure (a set's
/// place: "set.countries-with-ambassador-in:AF"), and the subjects of a reference or a whole.
std::vector<std::string> entity_fields(const Claim& claim) {
  std::vector<std::string> out;
  for (const char* name : {"subject", "office", "status", "among", "measure"}) {
    auto it = claim.slot.find(name);
    if (it != claim.slot.end() && it->is_string()) out.push_back(it->get<std::string>());
  }
  for (const char* name : {"reference", "whole"}) {
    auto it = claim.slot.find(name);
    if (it != claim.slot.end() && it->is_object() && it->contains("subject") && (*it)["subject"].is_string()) {
      out.push_back((*it)["subject"].get<std::string>());
    }
  }
  return out;
}

/// A figure's period longer than this is not worth a key per year: one key for the subject instead.
constexpr int kMaxFigureYears = 50;

}  // namespace

std::vector<std::string> entities_named(const std::string& text) {
  if (is_named_entity(text)) return {text};
  std::vector<std::string> out;
  std::string token;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ':';
    if (c == '>' || c == '-' || c == ':' || c == '|') {
      if (is_country_code(token)) out.push_back(token);
      token.clear();
    } else {
      token += c;
    }
  }
  return out;
}

namespace {

/// "figures:A+B@YEAR" for each calendar year the figure's period covers: the figures of one subject (a
/// pair read either way) in one year are what the numeric axioms link (sums, parts, sub-periods).
std::vector<std::string> figure_keys(const NumericSlot& slot) {
  std::vector<std::string> entities = entities_named(slot.subject);
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  std::string subject;
  for (const auto& e : entities) subject += (subject.empty() ? "" : "+") + e;
  if (subject.empty()) subject = slot.subject;
  std::string key = "figures:" + subject;
  if (!slot.period || slot.period->open_end) return {key};
  int first = std::stoi(format_day(slot.period->first()).substr(0, 4));
  int last = std::stoi(format_day(slot.period->last()).substr(0, 4));
  if (last < first || last - first >= kMaxFigureYears) return {key};
  std::vector<std::string> out;
  for (int year = first; year <= last; ++year) out.push_back(key + "@" + std::to_string(year));
  return out;
}

}  // namespace

std::vector<std::vector<std::string>> related_keys(const ClaimSet& set, const Rulebook& rules) {
  SlotIndex index;
  for (std::size_t i = 0; i < set.claims.size(); ++i) family_of(set.claims[i].kind).index(i, set, rules, index);
  std::map<std::string, std::string> ranking_of_key;  // rank slot -> its ranking
  for (const auto& [ranking, keys] : index.rankings()) {
    for (const auto& key : keys) ranking_of_key[key] = ranking;
  }
  std::vector<std::vector<std::string>> out(set.claims.size());
  for (std::size_t i = 0; i < set.claims.size(); ++i) {
    std::set<std::string> keys;
    bool figure = false;
    if (auto it = index.claim_keys().find(i); it != index.claim_keys().end()) {
      for (const auto& key : it->second) {
        keys.insert(key);
        if (auto r = ranking_of_key.find(key); r != ranking_of_key.end()) keys.insert("ranking:" + r->second);
        if (auto n = index.numeric().find(key); n != index.numeric().end()) {
          figure = true;
          for (const auto& k : figure_keys(n->second)) keys.insert(k);
        }
      }
    }
    if (!figure) {
      for (const auto& field : entity_fields(set.claims[i])) {
        for (const auto& entity : entities_named(field)) keys.insert("entity:" + entity);
      }
    }
    out[i].assign(keys.begin(), keys.end());
  }
  return out;
}

}  // namespace factaudit
