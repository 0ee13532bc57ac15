/// Whose office a title is when no country is told beside it: the side the sentence names, a visit or a reception, the embassy spoken of.
#pragma once

#include <cstddef>
#include <string>

#include "factaudit/extract/claim_builder.hpp"

namespace factaudit {

/// The country whose side the title at mention `title` is told on: "The Lithuanian delegation was led
/// by ...", "... attended on the Polish side", "Many Taliban leaders, including ...", "who signed the
/// agreement for the Islamic Emirate"; for "President X received the Uzbek delegation", the other
/// country of the document's pair. "" when the sentence names no side, or two.
std::string side_told(const SentenceView& view, std::size_t title, const DocumentContext& context,
                      const Lexicon& lexicon);

/// The country a person (mention `holder`) is told to travel to makes them one of the other country
/// of the document's pair: "President X's visit to Caracas", "X, who visited Lima on 3 July". "" when no
/// such trip is told, or the place is not one of the pair.
std::string visitor_from(const SentenceView& view, std::size_t holder, const DocumentContext& context,
                         const Lexicon& lexicon);

/// The embassy an envoy's title speaks of: "Its chargé d'affaires, X" (the country named before, in
/// this sentence or the one before), "the embassy was run by chargé d'affaires X" (the embassy the text
/// spoke of last). Both empty when none.
struct Mission {
  std::string sender, receiver;
};
Mission mission_told(const SentenceView& view, std::size_t title, const DocumentContext& context,
                     const Lexicon& lexicon);

/// Remembers the embassy a sentence speaks of ("Iran reopened its embassy in Riyadh", "Colombia's
/// embassy", an envoy's office resolved here) for the sentences after it.
void remember_mission(const SentenceView& view, const std::vector<DraftClaim>& drafts, std::size_t from,
                      DocumentContext& context, const Lexicon& lexicon);

}  // namespace factaudit
