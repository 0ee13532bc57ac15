// Ministers named by their portfolios: "Minister of Transport", "Federal Minister for Railways",
// "Deputy Minister of Industry and Trade", "Trade and Industry Minister".
#include <string>
#include <vector>

#include "factaudit/extract/mentions.hpp"

namespace factaudit {

namespace {

/// The portfolio phrase at i: its id and length in tokens.
std::optional<std::pair<std::string, std::size_t>> portfolio_at(const std::vector<Token>& tokens, std::size_t i,
                                                                std::size_t last, const Lexicon& lexicon) {
  if (i >= last) return std::nullopt;
  auto m = lexicon.portfolios().longest(tokens, i, last);
  if (m.length == 0) return std::nullopt;
  return std::make_pair(m.meanings.front()->id, m.length);
}

/// Portfolios joined by commas and "and" from i ("Investment, Trade and Industry"): their ids and the end.
std::vector<std::string> portfolios_from(const std::vector<Token>& tokens, std::size_t& i, std::size_t last,
                                         const Lexicon& lexicon) {
  std::vector<std::string> ids;
  while (auto p = portfolio_at(tokens, i, last, lexicon)) {
    ids.push_back(p->first);
    i += p->second;
    std::size_t next = i;
    if (next < last && tokens[next].text() == ",") ++next;
    if (next < last && tokens[next].is("and")) ++next;
    if (next == i || !portfolio_at(tokens, next, last, lexicon)) break;
    i = next;
  }
  return ids;
}

std::string ministry_id(const std::string& rank, const std::vector<std::string>& portfolios) {
  std::string id = rank + "minister-of-";
  for (std::size_t k = 0; k < portfolios.size(); ++k) {
    if (k > 0) id += k + 1 == portfolios.size() ? "-and-" : "-";
    id += portfolios[k];
  }
  return id;
}

}  // namespace

void find_ministers(const std::vector<Token>& tokens, const Sentence& sentence, const Lexicon& lexicon, UsedTokens& used,
                    std::vector<Mention>& out) {
  const std::size_t last = sentence.last;
  for (std::size_t i = sentence.first; i < last; ++i) {
    if (used[i] || tokens[i].type != TokenType::word) continue;
    std::size_t at = i;
    std::string rank;
    if (tokens[at].is("first") && at + 1 < last && tokens[at + 1].is("deputy")) {
      rank = "first-deputy-";
      at += 2;
    } else if (tokens[at].is("deputy") || tokens[at].is("vice")) {
      rank = "deputy-";
      ++at;
    }
    if (at < last && (tokens[at].is("federal") || tokens[at].is("state") || tokens[at].is("union"))) ++at;
    std::vector<std::string> portfolios;
    std::size_t end = at;
    if (at + 2 < last && tokens[at].is("minister") && (tokens[at + 1].is("of") || tokens[at + 1].is("for"))) {
      end = at + 2;
      if (tokens[end].is("the") && portfolio_at(tokens, end + 1, last, lexicon)) ++end;
      portfolios = portfolios_from(tokens, end, last, lexicon);
    } else if (portfolio_at(tokens, at, last, lexicon) && tokens[at].capitalised()) {
      // "Transport Minister", "Trade and Industry Minister": capitalised, as a title is
      portfolios = portfolios_from(tokens, end, last, lexicon);
      if (end >= last || !tokens[end].is("minister")) portfolios.clear();
      else ++end;
    }
    if (portfolios.empty()) continue;
    // a title of the rules that says as much or more ("minister of trade", "minister of foreign affairs")
    // is left to them
    auto titled = lexicon.words().longest(tokens, i, last);
    bool office = false;
    for (const auto* meaning : titled.meanings) office = office || meaning->kind == "office";
    if (office && i + titled.length >= end) continue;
    bool free = true;
    for (std::size_t k = i; k < end; ++k) free = free && !used[k];
    if (!free) continue;
    Mention m;
    m.kind = MentionKind::word;
    m.vocabulary = "office";
    m.id = ministry_id(rank, portfolios);
    m.first = i;
    m.last = end;
    used.mark(i, end);
    out.push_back(std::move(m));
    i = end - 1;
  }
}

}  // namespace factaudit
