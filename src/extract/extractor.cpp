// Extraction of one document: clean text, tokens, sentences, mentions, then each claim builder.
#include "factaudit/extract/extractor.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>
#include <span>

#include "factaudit/extract/claim_builder.hpp"
#include "factaudit/ingest/clean_text.hpp"
#include "factaudit/ingest/sha256.hpp"
#include "factaudit/ingest/text_position.hpp"
#include "factaudit/normalize/interval.hpp"

namespace factaudit {

namespace fs = std::filesystem;

namespace {

/// The document's two countries: the two most named, where a name in the title counts three times;
/// the one named first (title first) is home, the side whose view the document takes.
void choose_pair(const std::string& title, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                 const Lexicon& lexicon, ExtractedDocument& out) {
  std::map<std::string, std::size_t> score, first_seen;
  std::size_t order = 0;
  auto is_country = [&](const std::string& id) {
    const EntityRule* e = lexicon.rules().entity(id);
    return e && e->type == "country";
  };
  auto count = [&](const std::string& id, std::size_t weight) {
    score[id] += weight;
    first_seen.emplace(id, order++);
  };
  // a name that is part of a currency ("US$", "US dollars") names no country
  auto unit_at = [&](const std::vector<Token>& list, std::size_t i, std::size_t last) {
    auto w = lexicon.words().longest(list, i, last);
    return std::any_of(w.meanings.begin(), w.meanings.end(), [](const PhraseMeaning* p) { return p->kind == "unit"; });
  };
  auto in_currency = [&](const std::vector<Token>& list, std::size_t i, std::size_t length, std::size_t last) {
    if (lexicon.words().longest(list, i, last).length > length && unit_at(list, i, last)) return true;
    return i + length < last && !list[i + length].space_before && unit_at(list, i + length, last);
  };
  // a name read two ways (two entities) names neither
  auto count_names = [&](const std::vector<Token>& list, std::size_t first, std::size_t last, std::size_t weight) {
    for (std::size_t i = first; i < last; ++i) {
      if (list[i].type != TokenType::word || !list[i].capitalised()) continue;
      auto m = lexicon.names().longest(list, i, last);
      if (m.length == 0) continue;
      const std::string& id = m.meanings.front()->id;
      bool same = std::all_of(m.meanings.begin(), m.meanings.end(), [&](const PhraseMeaning* p) { return p->id == id; });
      if (same && is_country(id) && !in_currency(list, i, m.length, last)) count(id, weight);
      i += m.length - 1;
    }
  };
  TokenizedText title_text(title, &lexicon.word_index());
  count_names(title_text.tokens(), 0, title_text.tokens().size(), 3);
  for (const Sentence& s : sentences) count_names(tokens, s.first, s.last, 1);
  std::vector<std::string> ids;
  for (const auto& [id, s] : score) ids.push_back(id);
  std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
    return score[a] != score[b] ? score[a] > score[b] : first_seen[a] < first_seen[b];
  });
  if (ids.size() > 2) ids.resize(2);
  std::sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) { return first_seen[a] < first_seen[b]; });
  if (!ids.empty()) out.home = ids[0];
  if (ids.size() > 1) out.partner = ids[1];
}

/// "**3 January 2016.** Saudi Arabia breaks off relations": a sentence that is only a date (a day, a
/// month or a year, with punctuation) and opens an entry of a chronology dates the sentence after it in
/// its paragraph; the two are read as one.
void join_dated_entries(const std::vector<Token>& tokens, const Lexicon& lexicon, std::vector<Sentence>& sentences) {
  auto date_only = [&](const Sentence& s) {
    bool year = false;
    for (std::size_t i = s.first; i < s.last; ++i) {
      const Token& t = tokens[i];
      if (t.type == TokenType::punct) continue;
      if (t.type == TokenType::number) {
        bool four = t.text().size() == 4 && (t.text()[0] == '1' || t.text()[0] == '2');
        year = year || four;
        if (!four && t.text().size() > 2) return false;  // a day of the month has one or two digits
        continue;
      }
      auto w = lexicon.words().longest(tokens, i, s.last);
      bool month = std::any_of(w.meanings.begin(), w.meanings.end(), [](const PhraseMeaning* p) { return p->kind == "month"; });
      if (!month) return false;
      i += w.length - 1;
    }
    return year;
  };
  std::vector<Sentence> joined;
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    bool entry = n + 1 < sentences.size() && sentences[n + 1].block == sentences[n].block &&
                 (n == 0 || sentences[n - 1].block != sentences[n].block) && date_only(sentences[n]);
    if (!entry) {
      joined.push_back(sentences[n]);
      continue;
    }
    joined.push_back({sentences[n].first, sentences[n + 1].last, sentences[n].block, true});
    ++n;
  }
  sentences = std::move(joined);
}

std::string stem_of(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  auto dot = name.find('.');
  std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
  for (auto& c : stem) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.') c = '_';
  }
  return stem.empty() ? "doc" : stem;
}

}  // namespace

std::string DocumentContext::pair() const {
  if (home.empty() || partner.empty()) return "";
  return home < partner ? home + "-" + partner : partner + "-" + home;
}

ExtractedDocument extract_document(Document document, const Lexicon& lexicon, const ClaimValidator& validate) {
  ExtractedDocument out;
  const std::string& bytes = document.bytes;
  std::vector<TextPiece> pieces = document.markdown ? markdown_pieces(bytes, document.body_begin)
                                                    : plain_text_pieces(bytes, document.body_begin);
  CleanText clean(bytes, pieces);
  TokenizedText text(clean.text(), &lexicon.word_index());
  const std::vector<Token>& tokens = text.tokens();
  std::vector<Sentence> sentences = split_sentences(tokens, lexicon.abbreviations());
  join_dated_entries(tokens, lexicon, sentences);

  DocumentContext context;
  context.published = document.info.published;
  if (context.published) {
    context.time.published_year = std::stoi(context.published->substr(0, 4));
    if (context.published->size() >= 7) context.time.published_month = std::stoi(context.published->substr(5, 2));
  }
  choose_pair(document.info.title, tokens, sentences, lexicon, out);
  context.home = out.home;
  context.partner = out.partner;

  LineIndex lines(bytes);
  std::map<std::string, int> seen_ids;
  std::string stem = stem_of(document.path);
  context.document = stem;
  struct Told {
    const ClaimBuilder* builder;
    DraftClaim draft;
    SourceSpan span;
  };
  std::vector<Told> told;  // every statement, in document order
  // the mentions of this sentence and the one before; the year context and the people named in full
  // carry over from sentence to sentence
  std::vector<Mention> mentions, previous_mentions;
  std::set<std::string> people;
  std::size_t block = static_cast<std::size_t>(-1);
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    std::swap(mentions, previous_mentions);
    if (sentences[n].block != block) {
      block = sentences[n].block;
      context.time.recent_year.reset();
      if (context.document_period.empty()) context.document_period = context.carried_period;
      context.carried_period.clear();
      context.carried_measure.clear();
      context.carried_subject.clear();
      context.carried_unit.clear();
      context.previous_event = Json();
      context.entry_time = Json();
    }
    find_mentions(tokens, sentences[n], lexicon, context.time, people, mentions);
    if (sentences[n].dated_entry && !mentions.empty() && mentions.front().kind == MentionKind::time) {
      context.entry_time = mentions.front().time;
    }
    SentenceView view{tokens, sentences[n], mentions};
    // what "the movement" or "the group" of this sentence stands for: the organisation named last before it
    if (n > 0) {
      context.previous_person.clear();
      context.previous_country.clear();
      for (const Mention& m : previous_mentions) {
        const EntityRule* e = m.kind == MentionKind::entity ? lexicon.rules().entity(m.id) : nullptr;
        if (e && e->type == "organisation") context.last_organisation = m.id;
        if (e && e->type == "country" && context.previous_country.empty()) context.previous_country = m.id;
        if (m.kind == MentionKind::person && context.previous_person.empty()) context.previous_person = m.id;
      }
    }
    context.dated_events.clear();
    std::vector<DraftClaim> drafts;
    std::set<std::string> figure_slots;  // the slots of this sentence's figures
    for (const ClaimBuilder* builder : all_claim_builders()) {
      std::size_t before = drafts.size();
      builder->build(view, context, lexicon, drafts);
      for (std::size_t k = before; k < drafts.size(); ++k) {
        // "30 on grants and 45 on contracts": two figures of one sentence for the same slot are two
        // different things the slot cannot tell apart, not two versions of one
        if (drafts[k].kind == ClaimKind::quantity && drafts[k].unresolved.empty() &&
            !figure_slots.insert(drafts[k].slot.dump()).second) {
          drafts[k].unresolved = "a second figure for the same slot in one sentence";
        }
        SourceSpan span;
        span.start = clean.original_begin(tokens[drafts[k].first].begin);
        span.end = clean.original_end(tokens[drafts[k].last - 1].end);
        span.text = bytes.substr(span.start, span.end - span.start);
        lines.locate(span.start, span.line, span.column);
        told.push_back({builder, std::move(drafts[k]), std::move(span)});
      }
    }
  }
  // what the whole document says can resolve a statement left open ("Foreign Minister X" before the
  // sentence that names X's country)
  for (Told& t : told) {
    if (!t.draft.unresolved.empty() && t.builder->resolve_late(t.draft, context, lexicon)) t.draft.unresolved.clear();
  }
  out.claims.reserve(told.size());
  for (Told& t : told) {
    DraftClaim& d = t.draft;
    if (!d.unresolved.empty()) {
      out.unresolved.push_back({0, d.kind, std::move(d.slot), std::move(d.value), std::move(t.span), std::move(d.unresolved)});
      continue;
    }
    std::string content = std::string(to_string(d.kind)) + d.slot.dump() + d.value.dump() + t.span.text;
    std::string id = stem + ":" + std::string(to_string(d.kind)) + ":" + sha256_hex(content).substr(0, 10);
    Claim claim;
    claim.kind = d.kind;
    claim.slot = std::move(d.slot);
    claim.value = std::move(d.value);
    claim.span = std::move(t.span);
    int dup = seen_ids[id]++;
    claim.id = dup == 0 ? std::move(id) : id + "-" + std::to_string(dup + 1);
    claim.ordinal = out.claims.size();
    try {
      validate(claim, document.info);
    } catch (const ClaimValueError& e) {
      out.unresolved.push_back({0, claim.kind, std::move(claim.slot), std::move(claim.value), std::move(claim.span),
                                std::string("invalid ") + e.field() + ": " + e.what()});
      continue;
    }
    out.claims.push_back(std::move(claim));
  }
  out.document = std::move(document);
  return out;
}

namespace {

/// Pretty JSON (two-space indent, as Json::dump(2)) written piece by piece, so that a claim's slot and
/// value are serialised where they are instead of being copied into one big document first. Values go
/// through the JSON library's own serializer, started at the current depth, so they read exactly as
/// Json::dump(2) would write them there.
class PrettyJson {
 public:
  explicit PrettyJson(std::string& out)
      : out_(out), serializer_(nlohmann::detail::output_adapter<char, std::string>(out), ' ') {}
  void open(char bracket) {
    out_ += bracket;
    first_.push_back(true);
  }
  void close(char bracket) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += bracket;
  }
  /// The next member of an object ("key": ...) or, with an empty key, the next element of an array.
  /// Keys are the plain field names of a claim file: they need no escaping.
  void next(std::string_view key = "") {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    newline();
    if (key.empty()) return;
    out_ += '"';
    out_ += key;
    out_ += "\": ";
  }
  void value(const Json& v) { serializer_.dump(v, true, false, 2, static_cast<unsigned>(2 * first_.size())); }
  void member(std::string_view key, const Json& v) {
    next(key);
    value(v);
  }

 private:
  void newline() {
    out_ += '\n';
    out_.append(2 * first_.size(), ' ');
  }
  std::string& out_;
  nlohmann::detail::serializer<Json> serializer_;
  std::vector<bool> first_;  // per open bracket: nothing written inside it yet
};

void write_span(PrettyJson& w, const SourceSpan& s) {
  w.next("span");
  w.open('{');
  w.member("start", s.start);
  w.member("end", s.end);
  w.member("line", s.line);
  w.member("column", s.column);
  w.member("text", s.text);
  w.close('}');
}

}  // namespace

std::string claim_file_text(const ExtractedDocument& extracted, const std::string& output_folder) {
  const DocumentInfo& info = extracted.document.info;
  std::error_code ec;
  fs::path doc = fs::absolute(extracted.document.path, ec);
  fs::path folder = fs::absolute(output_folder, ec);
  std::string relative = fs::relative(doc, folder, ec).generic_string();
  if (ec || relative.empty()) relative = doc.generic_string();
  std::string out;
  out.reserve(512 * (extracted.claims.size() + extracted.unresolved.size() + 1));
  PrettyJson w(out);
  w.open('{');
  w.member("factaudit", "claims");
  w.member("version", 1);
  w.next("document");
  w.open('{');
  w.member("path", relative);
  w.member("size", info.size);
  w.member("sha256", info.sha256);
  if (info.published) w.member("published", *info.published);
  if (!info.title.empty()) w.member("title", info.title);
  if (!info.source.empty()) w.member("source", info.source);
  w.close('}');
  w.next("claims");
  w.open('[');
  for (const Claim& c : extracted.claims) {
    w.next();
    w.open('{');
    w.member("id", c.id);
    w.member("kind", to_string(c.kind));
    w.member("slot", c.slot);
    w.member("value", c.value);
    write_span(w, c.span);
    if (c.suppressed) {
      w.next("suppress");
      w.open('{');
      w.member("reason", *c.suppressed);
      w.close('}');
    }
    w.close('}');
  }
  w.close(']');
  if (!extracted.unresolved.empty()) {
    w.next("unresolved");
    w.open('[');
    for (const auto& u : extracted.unresolved) {
      w.next();
      w.open('{');
      w.member("kind", to_string(u.kind));
      w.member("slot", u.slot);
      w.member("value", u.value);
      write_span(w, u.span);
      w.member("reason", u.reason);
      w.close('}');
    }
    w.close(']');
  }
  w.close('}');
  out += '\n';
  return out;
}

}  // namespace factaudit
