/// Who holds a title in a sentence: the mention of the person the title is told of, if any.
#pragma once

#include <cstddef>
#include <optional>

#include "factaudit/extract/claim_builder.hpp"

namespace factaudit {

/// A person (a name the rules do not know, or a person entity), an organisation, a country.
bool is_person(const Mention& m, const Lexicon& lexicon);
bool is_organisation(const Mention& m, const Lexicon& lexicon);
bool is_country(const Mention& m, const Lexicon& lexicon);

struct Holder {
  std::size_t mention;  // the person's mention index
  bool before_title;    // named before the title ("Rui Costa, Brazil's ambassador")
};

/// The holder of the title at mention index `title`: the name right after it (only countries and
/// connectors between), after a second title joined by "and" or a dash, or before it ("X, the
/// ambassador", "X was appointed ambassador"); nullopt when none is told.
std::optional<Holder> holder_of(const SentenceView& view, std::size_t title, const Lexicon& lexicon);

}  // namespace factaudit
