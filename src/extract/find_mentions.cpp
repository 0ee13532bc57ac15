// All mentions of a sentence: times, then amounts, then names and vocabulary words (longest first).
#include <algorithm>

#include "factaudit/extract/mentions.hpp"

namespace factaudit {

namespace {

void find_words(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon,
                std::vector<bool>& used, std::vector<Mention>& out) {
  for (std::size_t i = sentence.first; i < sentence.last; ++i) {
    if (used[i] || tokens[i].type != TokenType::word) continue;
    auto names = lexicon.names().longest(tokens, i, sentence.last);
    // "the United States": an optional article before a name
    auto words = lexicon.words().longest(tokens, i, sentence.last);
    bool free = true;
    std::size_t len = std::max(names.length, words.length);
    for (std::size_t k = i; k < i + len; ++k) free = free && !used[k];
    if (!free || len == 0) continue;
    Mention m;
    m.first = i;
    m.last = i + len;
    if (names.length >= words.length && names.length > 0) {
      const PhraseMeaning* meaning = names.meanings.front();
      if (names.meanings.size() > 1) {
        // ambiguous between entities: keep only when all readings name the same entity
        bool same = std::all_of(names.meanings.begin(), names.meanings.end(),
                                [&](const PhraseMeaning* p) { return p->id == meaning->id; });
        if (!same) continue;
      }
      m.kind = MentionKind::entity;
      m.id = meaning->id;
      m.form = meaning->kind;
      if (meaning->kind == "group") m.vocabulary = "group";
      if (m.last < sentence.last && tokens[m.last].lower == "'s") {
        m.form = "possessive";
        ++m.last;
      }
    } else {
      const PhraseMeaning* meaning = words.meanings.front();
      for (const auto* p : words.meanings) {
        if (p->kind == "measure") meaning = p;  // a measure reading wins over a generic word
      }
      if (meaning->kind == "measure") {
        m.kind = MentionKind::measure;
        m.id = meaning->id;
        m.form = meaning->extra;
      } else if (meaning->kind == "subject" && meaning->id == "pair") {
        m.kind = MentionKind::pair;
      } else if (meaning->kind == "group") {
        m.kind = MentionKind::entity;
        m.id = meaning->id;
        m.form = "group";
      } else {
        m.kind = MentionKind::word;
        m.vocabulary = meaning->kind;
        m.id = meaning->id;
        m.form = meaning->extra;
      }
    }
    for (std::size_t k = m.first; k < m.last; ++k) used[k] = true;
    out.push_back(std::move(m));
    i = out.back().last - 1;
  }
}

}  // namespace

std::vector<Mention> find_mentions(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon,
                                   TimeContext& time) {
  std::vector<bool> used(tokens.size(), false);
  std::vector<Mention> out;
  find_times(tokens, sentence, lexicon, time, used, out);
  find_amounts(tokens, sentence, lexicon, used, out);
  find_words(tokens, sentence, lexicon, used, out);
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  return out;
}

}  // namespace factaudit
