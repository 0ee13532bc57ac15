/// The parts an enumeration gives of a count: "seven agreements: four on trade, two on energy and one on health".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "factaudit/extract/claim_builder.hpp"

namespace factaudit {

struct CountPart {
  std::size_t first = 0, last = 0;  // tokens of the part ("two on energy")
  std::string literal;              // its number ("2")
  std::string label;                // what tells it apart ("energy"), lower case words joined by '-'
};

/// The breakdown of a count: `qualifier` is "place" for parts told "in"/"at" somewhere, "type" for parts
/// told "on"/"for"/"about" something.
struct Enumeration {
  std::string qualifier;
  std::vector<CountPart> parts;
};

/// The parts listed right after the counted noun at mention `noun` behind a colon or a dash: two or more
/// "NUMBER (noun) PREPOSITION words" joined by commas and "and", the list read to its end. nullopt when
/// the list is not all of that shape (a part left unread would make the stated parts miss their total).
std::optional<Enumeration> enumerated_parts(const SentenceView& view, std::size_t noun);

}  // namespace factaudit
