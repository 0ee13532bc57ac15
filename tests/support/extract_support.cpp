#include "extract_support.hpp"

#include "claim_builder.hpp"
#include "factaudit/pipeline/check.hpp"

namespace factaudit::testing {

ExtractedDocument extract_text(const std::string& text, const std::string& published, const std::string& title,
                               const std::string& name) {
  static const Lexicon lexicon(shipped_rules());
  SourcesIndex sources;  // the name has no folder with a sources.yaml
  std::string front;
  if (!published.empty() || !title.empty()) {
    front = "---\n";
    if (!title.empty()) front += "title: \"" + title + "\"\n";
    if (!published.empty()) front += "published: \"" + published + "\"\n";
    front += "---\n";
  }
  Document doc = parse_document("/nonexistent-folder/" + name, front + text, sources);
  return extract_document(std::move(doc), lexicon, claim_validator(shipped_rules()));
}

std::vector<const Claim*> claims_of_kind(const ExtractedDocument& doc, ClaimKind kind) {
  std::vector<const Claim*> out;
  for (const auto& c : doc.claims) {
    if (c.kind == kind) out.push_back(&c);
  }
  return out;
}

std::vector<const Claim*> claims_with_text(const ExtractedDocument& doc, ClaimKind kind, const std::string& text) {
  std::vector<const Claim*> out;
  for (const auto& c : doc.claims) {
    if (c.kind == kind && c.span.text == text) out.push_back(&c);
  }
  return out;
}

std::size_t unresolved_because(const ExtractedDocument& doc, const std::string& reason) {
  std::size_t n = 0;
  for (const auto& u : doc.unresolved) n += u.reason == reason;
  return n;
}

CheckResult check_document(const ExtractedDocument& doc) {
  ClaimSet set;
  set.documents.push_back(doc.document.info);
  for (Claim c : doc.claims) {
    c.document = 0;
    set.claims.push_back(c);
  }
  return check(set);
}

}  // namespace factaudit::testing
