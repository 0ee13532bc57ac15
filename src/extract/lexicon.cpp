#include "factaudit/extract/lexicon.hpp"

#include <algorithm>

namespace factaudit {

namespace {

std::vector<std::string> phrase_tokens(const std::string& phrase, bool case_sensitive) {
  std::vector<std::string> out;
  TokenizedText text(phrase);
  for (const Token& t : text.tokens()) {
    if (t.type == TokenType::block) continue;
    out.emplace_back(case_sensitive ? t.text : t.lower);
  }
  return out;
}

}  // namespace

void PhraseMatcher::add(const std::string& phrase, PhraseMeaning meaning, bool case_sensitive) {
  Entry e{phrase_tokens(phrase, case_sensitive), case_sensitive, std::move(meaning)};
  if (e.words.empty()) return;
  std::string first = e.words.front();
  for (auto& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  may_start_[start_key(first)] = true;
  by_first_[first].push_back(std::move(e));
}

PhraseMatcher::Match PhraseMatcher::longest(const std::vector<Token>& tokens, std::size_t i, std::size_t last) const {
  Match best;
  if (i >= last || !may_start_[start_key(tokens[i].lower)]) return best;
  auto it = by_first_.find(tokens[i].lower);
  if (it == by_first_.end()) return best;
  for (const Entry& e : it->second) {
    if (i + e.words.size() > last) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.words.size() && ok; ++k) {
      const Token& t = tokens[i + k];
      ok = e.case_sensitive ? t.text == e.words[k] : t.lower == e.words[k];
      // a word inside a phrase must not be glued to a following letter-less token differently
      if (ok && k > 0 && t.type == TokenType::block) ok = false;
    }
    if (!ok) continue;
    if (e.words.size() > best.length) {
      best.length = e.words.size();
      best.meanings.clear();
    }
    if (e.words.size() == best.length) best.meanings.push_back(&e.meaning);
  }
  return best;
}

Lexicon::Lexicon(const Rulebook& rules) : rules_(rules) {
  for (const auto& [id, e] : rules.entities) {
    for (const auto& n : e.names) names_.add(n, {"entity", id, ""}, true);
    for (const auto& a : e.adjectives) names_.add(a, {"adjective", id, ""}, true);
    for (const auto& c : e.capitals) names_.add(c.name, {"capital", id, c.from + ".." + c.to}, true);
  }
  for (const auto& [id, g] : rules.groups) {
    for (const auto& n : g.names) {
      if (n == "the region") words_.add(n, {"group", id, ""}, false);
      else names_.add(n, {"group", id, ""}, true);
    }
  }
  for (const auto& [id, u] : rules.units) {
    for (const auto& n : u.names) words_.add(n, {"unit", id, ""}, false);
  }
  for (const auto& [id, s] : rules.scales) {
    for (const auto& n : s.names) words_.add(n, {"scale", id, ""}, false);
  }
  for (const auto& [id, h] : rules.hedges) {
    for (const auto& w : h.words) words_.add(w, {"hedge", id, ""}, false);
  }
  for (const auto& [id, v] : rules.time.vague_amounts) {
    for (const auto& w : v.words) words_.add(w, {"vague", id, ""}, false);
  }
  static const std::map<std::string, std::string> kSections = {
      {"measure_phrases", "measure"}, {"months", "month"},        {"time_parts", "part"},
      {"relative_times", "relative"}, {"change_words", "change"}, {"base_cues", "base"},
      {"number_words", "number"},     {"ratio_words", "ratio"},   {"event_triggers", "event"},
      {"event_objects", "object"},    {"office_titles", "office"}, 
      {"subject_words", "subject"}, {"measure_modifiers", "modifier"}, {"role_words", "role"},
      {"rank_nouns", "ranked"},       {"ordinals", "ordinal"},    {"count_nouns", "counted"},
      {"set_phrases", "set"},         {"modal_words", "modal"},   {"status_lists", "list"},
      {"period_names", "period-name"}, {"period_references", "period-reference"},
      {"counterpart_words", "counterpart"}};
  for (const auto& [section, kind] : kSections) {
    for (const auto& entry : rules.extraction.list(section)) {
      for (const auto& w : entry.words) {
        // month names are names: "May" the month, "may" the verb
        bool exact = section == "months";
        words_.add(w, {kind, entry.id, entry.repeats.empty() ? entry.direction : entry.repeats}, exact);
      }
    }
  }
  for (const auto& entry : rules.extraction.list("portfolios")) {
    for (const auto& w : entry.words) portfolios_.add(w, {"portfolio", entry.id, ""}, false);
  }
  for (const auto& rule : rules.extraction.statuses) {
    for (const auto& w : rule.on) words_.add(w, {"status", rule.id, "on"}, false);
    for (const auto& w : rule.off) words_.add(w, {"status", rule.id, "off"}, false);
    for (const auto& w : rule.state) words_.add(w, {"status", rule.id, "state"}, false);
  }
  for (const auto& entry : rules.extraction.list("non_names")) {
    for (const auto& w : entry.words) non_names_.insert(w);
  }
  for (const auto& entry : rules.extraction.list("abbreviations")) {
    for (const auto& w : entry.words) abbreviations_.insert(w);
  }
}

}  // namespace factaudit
