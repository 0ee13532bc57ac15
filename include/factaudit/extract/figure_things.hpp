/// The things a figure is about: the goods of a flow and the item of a count or a length.
#pragma once

#include <cstddef>
#include <string>

#include "factaudit/extract/slot_resolver.hpp"

namespace factaudit {

/// The part of a flow a measure is narrowed to: "textile exports", "exports of wheat" -> "textile", "wheat".
std::string product_of(const SentenceView& view, const Mention& measure, const Lexicon& lexicon);

/// The goods a figure is told of after it: "$133.8 million worth of diesel-electric railway locomotives
/// to Afghanistan" -> "locomotive" (the last word before a preposition or a stop).
std::string product_after(const SentenceView& view, const Mention& figure, const Lexicon& lexicon);

/// The thing a figure (mention `m`) of an item measure is about: the measure phrase's noun with the
/// names right before it and the goods after it ("Turgundi-Herat railway" -> "turgundi-herat-railway",
/// "40 wagons of flour" -> "wagon-flour"). Takes the nearest mention of `measure` in the figure's clause
/// that is no generic word ("long", "people"; lexicon generic_measure_words); "" when there is none.
std::string item_of(const SentenceView& view, std::size_t m, const std::string& measure, const Lexicon& lexicon);

/// Which stretch of a route a length (mention `m`) is told of: `ends` are the places it runs between
/// ("between Serhetabat and Herat", "from Termez to Kabul"; lower case, sorted, joined by "-"), and
/// `part` says a part of the route is meant ("section", "stretch", "segment" in the figure's clause).
struct RouteStretch {
  bool part = false;
  std::string ends;
};
RouteStretch route_stretch(const SentenceView& view, std::size_t m);

}  // namespace factaudit
