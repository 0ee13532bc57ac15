/// Test support for the report formats: a small run with one contradiction whose document text and
/// metadata are hostile (markup, script, link and table injection), built as plain data.
#pragma once

#include <string>

#include "factaudit/explain/finding.hpp"
#include "factaudit/model/claim.hpp"
#include "factaudit/report/report.hpp"

namespace factaudit::unit {

struct ReportFixture {
  ClaimSet set;
  CheckResult result;
  Summary summary;

  static constexpr const char* kHostile = "<script>alert(1)</script> [click](javascript:alert(1)) | cell ![i](x) *b*";

  ReportFixture() {
    DocumentInfo a;
    a.path = "news/a <b>.md";
    a.title = std::string("Title ") + kHostile;
    a.published = "2024-05";
    DocumentInfo b;
    b.path = "news/b.md";
    b.title = "Plain";
    set.documents = {a, b};
    Claim first;
    first.id = "c-first";
    first.kind = ClaimKind::quantity;
    first.span = {10, 24, 2, 5, "$636.5 million"};
    first.document = 0;
    Claim second;
    second.id = "c-second";
    second.kind = ClaimKind::quantity;
    second.span = {40, 40 + std::string(kHostile).size(), 3, 1, kHostile};
    second.document = 1;
    set.claims = {first, second};
    Contradiction c;
    c.id = "x-contra";
    c.fingerprint = "0123456789abcdef0123456789abcdef";
    c.kind = "quantity";
    c.severity = Severity::major;
    c.claims = {"c-first", "c-second"};
    c.primary = "c-second";
    c.rules = {"sum"};
    c.rule_texts = {"turnover = exports + imports"};
    c.message = std::string("the total disagrees with ") + kHostile;
    c.derivation = {std::string("news/b.md:3:1: ") + kHostile, "fix: change it"};
    c.fix.claim = "c-second";
    c.fix.description = "change it";
    c.component = "k1";
    result.contradictions = {c};
    result.components = 1;
    summary = summarize(set, result, FailOn::minor);
  }

  ReportContext context() const { return ReportContext{set, result, summary}; }
};

}  // namespace factaudit::unit
