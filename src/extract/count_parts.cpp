// Enumerations of a count: "seven agreements: four on trade and customs, two on energy and one on public
// health", "seven meetings: three in Astana (2007, 2010 and 2015), three in Kabul (...) and one in Almaty".
// Read only when the whole list has that shape: a list half read would not add up to its total.
#include "factaudit/extract/count_parts.hpp"

#include <cctype>
#include <set>
#include <string_view>

namespace factaudit {

namespace {

/// A whole number at token `i`: digits ("4") or a number word ("four"); sets `end` past it.
std::optional<std::string> whole_number(const SentenceView& view, std::size_t i, std::size_t& end) {
  const Token& t = view.tokens[i];
  if (t.type == TokenType::number) {
    std::string_view text = t.text();
    if (text.empty() || text.size() > 4) return std::nullopt;
    for (char c : text) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    }
    end = i + 1;
    return std::string(text);
  }
  for (const Mention& m : view.mentions) {
    if (m.first == i && m.kind == MentionKind::word && m.vocabulary == "number") {
      end = m.last;
      return m.id;
    }
  }
  return std::nullopt;
}

bool is_opener(const Token& t) {
  std::string_view s = t.text();
  return s == ":" || s == "\u2014" || s == "\u2013" || (s == "-" && t.space_before);
}

}  // namespace

std::optional<Enumeration> enumerated_parts(const SentenceView& view, std::size_t noun) {
  static const std::set<std::string_view, std::less<>> kPlaces = {"in", "at", "from"};
  static const std::set<std::string_view, std::less<>> kTypes = {"on", "for", "about", "concerning", "covering", "with"};
  const auto& t = view.tokens;
  const std::size_t end = view.sentence.last;
  const Mention& counted = view.mentions[noun];
  // the list opens soon after the noun ("seven cooperation documents signed since relations were restored -")
  std::size_t i = counted.last;
  while (i < end && i < counted.last + 10 && !is_opener(t[i])) {
    std::size_t skip = 0;
    if (whole_number(view, i, skip) || t[i].text() == "," || t[i].text() == "(" || t[i].text() == ";") return std::nullopt;
    ++i;
  }
  if (i >= end || !is_opener(t[i])) return std::nullopt;
  ++i;
  Enumeration list;
  while (true) {
    CountPart part;
    part.first = i;
    std::size_t after = 0;
    auto number = i < end ? whole_number(view, i, after) : std::nullopt;
    if (!number) return std::nullopt;
    part.literal = *number;
    i = after;
    if (i < end && t[i].lower() == t[counted.first].lower()) ++i;  // "three meetings in Astana"
    if (i >= end) return std::nullopt;
    std::string qualifier = kPlaces.count(t[i].lower()) ? "place" : kTypes.count(t[i].lower()) ? "type" : "";
    if (qualifier.empty() || (!list.qualifier.empty() && qualifier != list.qualifier)) return std::nullopt;
    list.qualifier = qualifier;
    ++i;
    // the label runs to a comma, a parenthesis, or "and" before the next part's number
    // ("on trade and investment": "and" inside a label joins two nouns, never an article or a number)
    static const std::set<std::string_view, std::less<>> kNotJoined = {"a", "an", "the", "another", "other", "its", "their"};
    std::size_t skip = 0;
    auto ends_label = [&](std::size_t k) {
      return t[k].is("and") && (k + 1 == end || whole_number(view, k + 1, skip) || kNotJoined.count(t[k + 1].lower()) ||
                                t[k + 1].type != TokenType::word);
    };
    std::size_t words = 0;
    while (i < end && t[i].type == TokenType::word && !ends_label(i)) {
      if (++words > 6) return std::nullopt;  // a clause, not a label
      if (t[i].is("the") && part.label.empty()) {
        ++i;
        continue;
      }
      std::string word;
      for (char c : t[i].lower()) {
        if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) word += c;
      }
      if (!word.empty()) part.label += (part.label.empty() ? "" : "-") + word;
      ++i;
    }
    if (part.label.empty()) return std::nullopt;
    part.last = i;
    if (i < end && t[i].text() == "(") {  // "three in Kabul (2008, 2011 and 2013)"
      while (i < end && t[i].text() != ")") ++i;
      if (i == end) return std::nullopt;
      ++i;
    }
    list.parts.push_back(std::move(part));
    // the next part after a comma or "and"; the list ends at the sentence's end, a semicolon or a bracket
    bool more = false;
    while (i < end && (t[i].text() == "," || t[i].is("and"))) {
      more = true;
      ++i;
    }
    if (more) continue;
    bool closed = i == end || t[i].text() == "." || t[i].text() == ";" || t[i].text() == ")" || t[i].text() == "[" ||
                  is_opener(t[i]);  // "[5]": a reference after the list
    if (!closed || list.parts.size() < 2) return std::nullopt;
    return list;
  }
}

}  // namespace factaudit
