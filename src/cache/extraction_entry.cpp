// Extraction entries in CBOR: every field gather_claims and extract read, in arrays of fixed shape.
#include "factaudit/cache/extraction_entry.hpp"

#include "factaudit/cache/cache_key.hpp"

namespace factaudit {

namespace {

Json span_json(const SourceSpan& s) { return Json::array({s.start, s.end, s.line, s.column, s.text}); }

SourceSpan span_from(const Json& j) {
  return {j.at(0).get<std::size_t>(), j.at(1).get<std::size_t>(), j.at(2).get<std::size_t>(), j.at(3).get<std::size_t>(),
          j.at(4).get<std::string>()};
}

Json info_json(const DocumentInfo& d) {
  Json rules = Json::object();
  for (const auto& [rule, reason] : d.suppressed_rules) rules[rule] = reason;
  return Json::array({d.path, d.claim_file, d.size, d.sha256, d.published ? Json(*d.published) : Json(), d.title, d.source,
                      d.present, d.stale, rules, d.signature});
}

DocumentInfo info_from(const Json& j) {
  DocumentInfo d;
  d.path = j.at(0).get<std::string>();
  d.claim_file = j.at(1).get<std::string>();
  d.size = j.at(2).get<std::uint64_t>();
  d.sha256 = j.at(3).get<std::string>();
  if (!j.at(4).is_null()) d.published = j.at(4).get<std::string>();
  d.title = j.at(5).get<std::string>();
  d.source = j.at(6).get<std::string>();
  d.present = j.at(7).get<bool>();
  d.stale = j.at(8).get<bool>();
  for (const auto& [rule, reason] : j.at(9).items()) d.suppressed_rules[rule] = reason.get<std::string>();
  d.signature = j.at(10).get<std::vector<std::uint32_t>>();
  return d;
}

ClaimKind kind_from(const Json& j) {
  std::optional<ClaimKind> kind = claim_kind_from(j.get<std::string>());
  if (!kind) throw std::invalid_argument("unknown claim kind");
  return *kind;
}

}  // namespace

std::string extraction_key(const Document& document, const Rulebook& rules) {
  const DocumentInfo& info = document.info;
  CacheKey key("extract", rules);
  key.add(document.path).add(info.size).add(info.sha256).add(info.published ? "1" + *info.published : "0");
  return key.add(info.title).add(info.source).digest();
}

std::string extraction_entry(const ExtractedDocument& extracted, const Warnings& warnings) {
  Json claims = Json::array(), unresolved = Json::array(), notes = Json::array();
  for (const Claim& c : extracted.claims) {
    claims.push_back(Json::array({c.id, to_string(c.kind), c.slot, c.value, span_json(c.span), c.ordinal,
                                  c.suppressed ? Json(*c.suppressed) : Json()}));
  }
  for (const UnresolvedStatement& u : extracted.unresolved) {
    unresolved.push_back(Json::array({to_string(u.kind), u.slot, u.value, span_json(u.span), u.reason}));
  }
  for (const Warning& w : warnings) notes.push_back(Json::array({w.where.path, w.where.line, w.where.column, w.message}));
  Json entry = Json::array({info_json(extracted.document.info), claims, unresolved, notes, extracted.home, extracted.partner});
  std::vector<std::uint8_t> bytes = Json::to_cbor(entry);
  return std::string(bytes.begin(), bytes.end());
}

std::optional<ExtractedDocument> read_extraction_entry(const std::string& entry, Document document, Warnings& warnings) {
  try {
    Json j = Json::from_cbor(entry);
    ExtractedDocument out;
    out.document = std::move(document);
    out.document.info = info_from(j.at(0));
    for (const Json& c : j.at(1)) {
      Claim claim;
      claim.id = c.at(0).get<std::string>();
      claim.kind = kind_from(c.at(1));
      claim.slot = c.at(2);
      claim.value = c.at(3);
      claim.span = span_from(c.at(4));
      claim.ordinal = c.at(5).get<std::size_t>();
      if (!c.at(6).is_null()) claim.suppressed = c.at(6).get<std::string>();
      out.claims.push_back(std::move(claim));
    }
    for (const Json& u : j.at(2)) {
      out.unresolved.push_back({0, kind_from(u.at(0)), u.at(1), u.at(2), span_from(u.at(3)), u.at(4).get<std::string>()});
    }
    Warnings found;
    for (const Json& w : j.at(3)) {
      found.push_back({{w.at(0).get<std::string>(), w.at(1).get<std::size_t>(), w.at(2).get<std::size_t>()},
                       w.at(3).get<std::string>()});
    }
    out.home = j.at(4).get<std::string>();
    out.partner = j.at(5).get<std::string>();
    warnings.insert(warnings.end(), found.begin(), found.end());
    return out;
  } catch (const std::exception&) {
    return std::nullopt;  // not an entry this version wrote: extract again
  }
}

}  // namespace factaudit
