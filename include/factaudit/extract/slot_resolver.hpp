/// Resolving a figure's slot from its sentence: measure, subject and direction, period (figure_period.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "factaudit/extract/claim_builder.hpp"

namespace factaudit {

/// The clause around token `at`: the stretch between separators (";", a comma before "while"/"and"
/// with a new figure, parentheses) that bound what a figure speaks of.
struct Clause {
  std::size_t first = 0, last = 0;
};
Clause clause_of(const SentenceView& view, std::size_t at);

/// The measure a figure at mention index `m` speaks of: the nearest measure mention before it in its
/// clause, else right after it, else the one carried from the previous sentence. Returns the mention
/// index, or nullopt.
std::optional<std::size_t> measure_for(const SentenceView& view, std::size_t m);

/// A figure told as a deficit ("a trade deficit of $770 million"): the measure's negative.
bool told_as_deficit(const SentenceView& view, std::size_t m);

/// A figure told as the base of a comparison: "from $80 million", "compared with $3.6 billion",
/// "against", "versus" right before the figure at mention index `m`.
bool is_base_figure(const SentenceView& view, std::size_t m);

/// The reporting period for a figure: the nearest period-naming time mention of the sentence (before
/// it first), else the carried period. "" when there is none.
std::string period_for(const SentenceView& view, std::size_t m, const DocumentContext& context,
                       std::size_t* time_mention = nullptr);

/// "in the first half of the decade", "over the past five years": whether the sentence names a stretch
/// of time with words no time mention reads ("over the nine months" names the period told before again).
bool names_unread_period(const SentenceView& view);

/// Whether a sentence may take a period carried from before: it names no time of its own and no year
/// that was not read as one.
bool takes_carried_period(const SentenceView& view);

/// The subject of a measure for a figure, by the measure's shape (pair, directed, entity) and the
/// countries, possessives, "from"/"to" cues of the sentence. Sets `why` and returns "" when unsure.
/// With the `figure` mention, only the stretch of the clause that states that figure counts.
std::string subject_for(const SentenceView& view, std::size_t measure_mention, const std::string& measure,
                        const Lexicon& lexicon, const DocumentContext& context, std::string& why,
                        std::size_t figure = static_cast<std::size_t>(-1));

/// A period shifted back by whole years ("2024-01..2024-08" -> "2023-01..2023-08"); "" when it cannot be.
std::string shift_years(const std::string& period, int years);

}  // namespace factaudit

namespace factaudit {

/// The full slot of a figure (amount or percentage) at mention `m`: subject, measure, period or as_of,
/// unit. `dimension` is the figure's unit dimension ("" for a percentage: any). Sets `why` when the
/// slot cannot be resolved (then the slot holds what is known).
Json figure_slot(const SentenceView& view, std::size_t m, const std::string& dimension, const Lexicon& lexicon,
                           const DocumentContext& context, std::string& why);

/// "denied" when the words [from, to) deny what follows ("not", "never", "didn't"), "planned" when they
/// make it a plan, target or forecast (the rules' modal words: "plans to", "could", "will"); "" otherwise.
std::string not_a_fact(const SentenceView& view, const Lexicon& lexicon, std::size_t from, std::size_t to);

/// The period a change at mention `m` is measured against: "compared to 2022" (the named period),
/// "year-on-year" or "the same period of the previous year" (a year before `own`); when nothing is
/// said and `default_previous` is set, a year before `own`. "" when unknown. `end` gets the last
/// token of the base phrase.
std::string base_period_for(const SentenceView& view, std::size_t m, const std::string& own, bool default_previous,
                            std::size_t* end = nullptr);

}  // namespace factaudit
