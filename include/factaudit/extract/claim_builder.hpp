/// Claim builders: one per claim kind, each turning a sentence's mentions into draft claims.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "factaudit/model/claim.hpp"

#include "factaudit/extract/lexicon.hpp"
#include "factaudit/extract/mentions.hpp"
#include "factaudit/model/claim.hpp"

namespace factaudit {

/// What a document is about and what the text has established so far (carried across sentences).
/// The date builder runs before the ordering builder, which places the events it dated.
struct DocumentContext {
  std::string home, partner;  // the document's two countries (home: the one whose view it takes)
  std::optional<std::string> published;
  TimeContext time;
  std::string carried_period;   // the last reporting period named in this paragraph
  std::string document_period;  // the one the first paragraph with figures named (the lede's)
  std::string carried_measure;  // the last measure named in this paragraph
  std::string carried_subject;  // the subject of the last numeric claim in this paragraph
  std::string carried_unit;     // and its unit
  std::map<std::string, std::string> person_country;  // a person -> the country of an office they hold here
  std::map<std::string, std::map<std::string, std::string>> person_offices;  // person -> office kind -> office id
  std::string document;          // the document's stem, for names that only mean something inside it
  std::set<std::string> identities_told;  // entity + spelling already linked to its entity in this document
  std::string last_organisation;  // the organisation named last before this sentence ("the movement")
  std::string previous_person;    // the person the sentence before named first ("He took office ...")
  std::string previous_country;   // the country the sentence before named first ("the country allowed ...")
  std::string mission_sender, mission_receiver;  // the embassy the text spoke of last ("the embassy was run by")
  std::map<std::string, std::string> family_names;  // a person's id -> the id by the first word of the name
  Json named_period;             // {subject, measure} of the period the text last named ("the second stage")
  struct DatedEvent {
    Json slot;              // {subject, measure}
    std::size_t first = 0;  // its first token
  };
  std::vector<DatedEvent> dated_events;  // the events dated in the current sentence (by the date builder)
  std::vector<DatedEvent> told_events;   // the events it tells without a date (their slots are their own)
  Json previous_event;                   // the last event dated in the sentence before (same paragraph)
  Json entry_time;                       // the date of the chronology entry this paragraph is (or null)

  /// The document's pair as a sorted subject ("AF-KZ"), or "" when it has fewer than two countries.
  std::string pair() const;
};

/// A sentence and its mentions, as builders see it.
struct SentenceView {
  const std::vector<Token>& tokens;
  const Sentence& sentence;
  std::span<const Mention> mentions;
};

/// A claim before it gets its id and span: kind, slot, value and the tokens that state it. A draft
/// whose slot could not be resolved carries the reason and is reported, never checked.
struct DraftClaim {
  ClaimKind kind = ClaimKind::quantity;
  Json slot, value;
  std::size_t first = 0, last = 0;  // token range of the claim's span
  std::string unresolved;           // why the slot is incomplete ("" when resolved)
};

class ClaimBuilder {
 public:
  virtual ~ClaimBuilder() = default;
  virtual ClaimKind kind() const = 0;
  virtual void build(const SentenceView& view, DocumentContext& context, const Lexicon& lexicon,
                     std::vector<DraftClaim>& out) const = 0;
  /// A draft this builder left unresolved, seen again with the context of the whole document; true
  /// when it is resolved now.
  virtual bool resolve_late(DraftClaim&, const DocumentContext&, const Lexicon&) const { return false; }
};

/// Every claim builder, in a fixed order (registry.cpp).
const std::vector<const ClaimBuilder*>& all_claim_builders();

}  // namespace factaudit
