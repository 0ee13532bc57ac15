#include "factaudit/extract/lexicon.hpp"

#include <algorithm>

namespace factaudit {

namespace {

/// The words of a phrase, as written.
std::vector<std::string> phrase_tokens(const std::string& phrase) {
  std::vector<std::string> out;
  TokenizedText text(phrase);
  for (const Token& t : text.tokens()) {
    if (t.type == TokenType::block) continue;
    out.emplace_back(t.text());
  }
  return out;
}

}  // namespace

PhraseMatcher::PhraseMatcher(WordIndex& index) : index_(index), nodes_(1) {}

std::uint32_t PhraseMatcher::child(std::uint32_t node, std::uint32_t word) const {
  if (node == 0) return word < root_.size() ? root_[word] : 0;
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(word, std::uint32_t{0}));
  return it != next.end() && it->first == word ? it->second : 0;
}

void PhraseMatcher::add(const std::string& phrase, PhraseMeaning meaning, bool case_sensitive) {
  std::vector<std::string> words = phrase_tokens(phrase);
  if (words.empty()) return;
  std::uint32_t node = 0, first = 0;
  for (const std::string& word : words) {
    std::uint32_t number = index_.add(ascii_lower(word));
    if (node == 0) first = number;
    std::uint32_t next = child(node, number);
    if (next == 0) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (node == 0) {
        if (root_.size() <= number) root_.resize(number + 1, 0);
        root_[number] = next;
      } else {
        auto& list = nodes_[node].next;
        list.insert(std::lower_bound(list.begin(), list.end(), std::make_pair(number, std::uint32_t{0})), {number, next});
      }
    }
    node = next;
  }
  if (first_word_kinds_.size() <= first) first_word_kinds_.resize(first + 1, 0);
  meaning.kind_bit = kind_bit(meaning.kind);
  first_word_kinds_[first] |= meaning.kind_bit;
  if (!case_sensitive) words.clear();
  nodes_[node].ends.push_back({std::move(words), case_sensitive, std::move(meaning)});
}

std::uint64_t PhraseMatcher::kind_bit(const std::string& kind) {
  auto it = kind_bits_.find(kind);
  if (it != kind_bits_.end()) return it->second;
  std::uint64_t bit = std::uint64_t{1} << std::min<std::size_t>(kind_bits_.size(), 63);
  kind_bits_.emplace(kind, bit);
  return bit;
}

std::uint64_t PhraseMatcher::kind_bits(std::initializer_list<std::string_view> kinds) const {
  std::uint64_t bits = 0;
  for (std::string_view kind : kinds) {
    auto it = kind_bits_.find(kind);
    if (it != kind_bits_.end()) bits |= it->second;
  }
  return bits;
}

PhraseMatcher::Match PhraseMatcher::longest(const std::vector<Token>& tokens, std::size_t i, std::size_t last) const {
  Match best;
  std::uint32_t node = 0;
  for (std::size_t k = i; k < last; ++k) {
    std::uint32_t word = tokens[k].word != Token::kUnindexed ? tokens[k].word : index_.number(tokens[k].lower());
    node = word == 0 ? 0 : child(node, word);
    if (node == 0) break;
    const std::size_t length = k + 1 - i;
    bool found = false;
    for (const Entry& e : nodes_[node].ends) {
      bool ok = true;
      for (std::size_t w = 0; e.case_sensitive && w < length && ok; ++w) ok = tokens[i + w].text() == e.words[w];
      if (!ok) continue;
      if (!found) best.meanings.clear();
      found = true;
      best.length = length;
      best.meanings.push_back(&e.meaning);
    }
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
  time_opening_kinds_ = words_.kind_bits({"month", "part", "relative", "hedge", "number"});
  amount_opening_kinds_ = words_.kind_bits({"unit", "number"});
}

}  // namespace factaudit
