// All mentions of a sentence: times, then amounts, then names and vocabulary words (longest first).
#include <algorithm>
#include <cctype>
#include <set>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "factaudit/extract/mentions.hpp"

namespace factaudit {

namespace {

bool name_particle(const Token& t) {
  static const std::set<std::string, std::less<>> kParticles = {"de", "da", "do", "dos", "das", "del", "van", "von", "der", "bin",
                                                   "ibn", "al", "el", "du", "la", "le", "di"};
  return kParticles.count(t.text()) > 0;
}

/// A run of capitalised words that are no vocabulary: "Rui Costa", "Kassym-Jomart Tokayev". Returns its end.
std::size_t person_run(const std::vector<Token>& tokens, std::size_t i, std::size_t last, const Lexicon& lexicon,
                       const UsedTokens& used) {
  auto plain_capital = [&](std::size_t k) {
    if (k >= last) return false;
    const Token& t = tokens[k];
    if (used[k] || t.type != TokenType::word || !t.capitalised() || t.text().size() < 2) return false;
    if (lexicon.non_names().count(t.text())) return false;
    return lexicon.names().longest(tokens, k, last).length == 0 && lexicon.words().longest(tokens, k, last).length == 0;
  };
  // "al-Qahtani", "el-Sisi": a lower-case particle glued to a capitalised name by a hyphen
  auto glued_particle = [&](std::size_t k) {
    return k + 2 < last && tokens[k + 1].text() == "-" && !tokens[k + 1].space_before && !tokens[k + 2].space_before &&
           !used[k] && !tokens[k].capitalised() && name_particle(tokens[k]) && plain_capital(k + 2);
  };
  std::size_t j = i, words = 0;
  while (j < last && (plain_capital(j) || glued_particle(j))) {
    if (!plain_capital(j)) j += 2;  // "al-Qahtani": the particle and its hyphen
    ++j;
    ++words;
    // hyphenated parts ("Kassym-Jomart") and particles ("Lula da Silva")
    if (j + 1 < last && tokens[j].text() == "-" && !tokens[j].space_before && !tokens[j + 1].space_before && plain_capital(j + 1)) {
      j += 2;
    } else if (j + 1 < last && name_particle(tokens[j]) && plain_capital(j + 1)) {
      ++j;
    }
  }
  return words >= 2 ? j : i;
}

/// The surname ending at `end`: its last word with the words hyphens join to it ("Abdel-Ghaffar",
/// "al-Qahtani"; "Tokayev" of "Kassym-Jomart Tokayev").
std::string surname_before(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  std::size_t from = end - 1;
  while (from >= first + 2 && tokens[from - 1].text() == "-" && !tokens[from - 1].space_before && !tokens[from].space_before &&
         tokens[from - 2].type == TokenType::word) {
    from -= 2;
  }
  std::string out;
  for (std::size_t k = from; k < end; ++k) out += tokens[k].text();
  return out;
}

/// A single capitalised word that is the surname of a person the document named in full before.
bool known_surname(const Token& t, const Lexicon& lexicon, const std::set<std::string>& people) {
  if (t.type != TokenType::word || !t.capitalised() || t.text().size() < 3 || lexicon.non_names().count(t.text())) return false;
  return people.count(person_id(t.text())) > 0;
}

void find_words(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon,
                UsedTokens& used, std::vector<Mention>& out, std::set<std::string>& people) {
  for (std::size_t i = sentence.first; i < sentence.last; ++i) {
    if (used[i] || tokens[i].type != TokenType::word) continue;
    auto names = lexicon.names().longest(tokens, i, sentence.last);
    // "the United States": an optional article before a name
    auto words = lexicon.words().longest(tokens, i, sentence.last);
    bool free = true;
    std::size_t len = std::max(names.length, words.length);
    for (std::size_t k = i; k < i + len; ++k) free = free && !used[k];
    if (len == 0 && !used[i]) {
      std::size_t end = person_run(tokens, i, sentence.last, lexicon, used);
      bool surname = end == i && known_surname(tokens[i], lexicon, people);  // "Paredes said"
      if (surname) end = i + 1;
      else if (end > i) people.insert(person_id(surname_before(tokens, i, end)));
      if (end > i) {
        Mention m;
        m.kind = MentionKind::person;
        m.first = i;
        m.last = end;
        m.id = surname ? person_id(tokens[end - 1].text()) : person_id(surname_before(tokens, i, end));
        used.mark(i, end);
        out.push_back(std::move(m));
        i = end - 1;
        continue;
      }
    }
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
      if (m.last < sentence.last && tokens[m.last].lower() == "'s") {
        m.form = "possessive";
        ++m.last;
      }
    } else {
      // a measure reading wins over a generic word; a modifier reading ("new", "total") only counts
      // when there is no other
      const PhraseMeaning* meaning = words.meanings.front();
      const PhraseMeaning* event = nullptr;
      for (const auto* p : words.meanings) {
        if (meaning->kind == "modifier" && p->kind != "modifier") meaning = p;
        if (p->kind == "measure") meaning = p;
        if (p->kind == "event") event = p;
      }
      // "cut ties with Qatar": a word that also names an event ("cut" is a fall too) names it right before
      // diplomatic relations
      if (event && meaning != event && meaning->kind != "measure" && m.last < sentence.last) {
        auto next = lexicon.words().longest(tokens, m.last, sentence.last);
        for (const auto* p : next.meanings) {
          if (p->kind == "object" && p->id == "diplomatic-relations") meaning = event;
        }
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
      } else if (meaning->kind == "modifier") {
        continue;  // consulted through the lexicon where a measure is narrowed; not a mention
      } else {
        m.kind = MentionKind::word;
        m.vocabulary = meaning->kind;
        m.id = meaning->id;
        m.form = meaning->extra;
      }
    }
    used.mark(m.first, m.last);
    out.push_back(std::move(m));
    i = out.back().last - 1;
  }
}

/// Letters without a decomposition to ASCII, as ASCII: "Bağcı" -> "bagci", "Wałęsa" -> "walesa".
const char* latin_letters(UChar c) {
  switch (c) {
    case 0x0131: case 0x0130: return "i";   // dotless i, I with dot
    case 0x0141: case 0x0142: return "l";   // Ł ł
    case 0x00D8: case 0x00F8: return "o";   // Ø ø
    case 0x0110: case 0x0111: return "d";   // Đ đ
    case 0x00DF: return "ss";
    case 0x00C6: case 0x00E6: return "ae";
    case 0x0152: case 0x0153: return "oe";
    case 0x00DE: case 0x00FE: return "th";
    case 0x0259: case 0x018F: return "a";   // Azerbaijani schwa
    default: return nullptr;
  }
}

}  // namespace

std::string person_id(std::string_view surname) {
  // plain ASCII decomposes to itself: the letters lower-cased, hyphens and apostrophes as "-"
  if (std::all_of(surname.begin(), surname.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out = "person:";
    for (char ch : surname) {
      int c = static_cast<unsigned char>(ch);
      if (std::isalpha(c)) out += static_cast<char>(std::tolower(c));
      else if (c == '-' || c == '\'') out += '-';
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(surname.data(), static_cast<int32_t>(surname.size())));
  if (U_SUCCESS(status)) text = nfd->normalize(text, status);
  std::string out = "person:";
  for (int32_t k = 0; k < text.length(); ++k) {
    UChar c = text.charAt(k);
    if (c < 0x80 && std::isalpha(c)) out += static_cast<char>(std::tolower(c));
    else if (c == '-' || c == '\'') out += '-';
    else if (const char* latin = latin_letters(c)) out += latin;
  }
  return out;
}

std::vector<Mention> find_mentions(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon,
                                   TimeContext& time, std::set<std::string>& people) {
  std::vector<Mention> out;
  find_mentions(tokens, sentence, lexicon, time, people, out);
  return out;
}

void find_mentions(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon, TimeContext& time,
                   std::set<std::string>& people, std::vector<Mention>& out) {
  out.clear();
  UsedTokens used(sentence);
  find_times(tokens, sentence, lexicon, time, used, out);
  find_amounts(tokens, sentence, lexicon, used, out);
  find_ministers(tokens, sentence, lexicon, used, out);
  find_words(tokens, sentence, lexicon, used, out, people);
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace factaudit
