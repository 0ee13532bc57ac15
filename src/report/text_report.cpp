// The text report: one finding per block, `path:line:col: severity: message [kind]`, then notes.
#include <algorithm>
#include <fstream>
#include <map>

#include "factaudit/report/report.hpp"

namespace factaudit {

namespace {

struct Palette {
  bool on = false;
  std::string bold() const { return on ? "\033[1m" : ""; }
  std::string red() const { return on ? "\033[1;31m" : ""; }
  std::string yellow() const { return on ? "\033[1;33m" : ""; }
  std::string cyan() const { return on ? "\033[36m" : ""; }
  std::string reset() const { return on ? "\033[0m" : ""; }
};

/// A span of a document can run over lines; each finding stays on one line, and no control byte from
/// a document (an escape sequence) reaches the terminal.
std::string one_line(std::string s) {
  for (auto& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    else if ((c >= 0 && c < 0x20) || c == 0x7F) c = '?';
  }
  return s;
}

std::string where_one_line(const Claim& c, const ClaimSet& set) {
  return one_line(set.documents[c.document].path) + ":" + std::to_string(c.span.line) + ":" + std::to_string(c.span.column);
}

/// The passage around a claim: its line of the original document (at most ~100 bytes either side of
/// the span, cut at UTF-8 boundaries) with the span between » and «; the span alone when the document
/// cannot be read or has changed size. An archived document's passage comes from the archive.
std::string passage(const Claim& claim, const DocumentInfo& doc) {
  std::string bytes;
  if (doc.archived_bytes) {
    bytes = *doc.archived_bytes;
  } else {
    std::ifstream in(doc.path, std::ios::binary);
    bytes.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) bytes.clear();
  }
  if (claim.span.end > bytes.size() || bytes.compare(claim.span.start, claim.span.end - claim.span.start, claim.span.text) != 0) {
    return "»" + one_line(claim.span.text) + "«";
  }
  auto boundary = [&](std::size_t at) { return at == 0 || at >= bytes.size() || (bytes[at] & 0xC0) != 0x80; };
  std::size_t from = claim.span.start, to = claim.span.end;
  while (from > 0 && bytes[from - 1] != '\n' && claim.span.start - from < 100) --from;
  while (!boundary(from)) ++from;
  while (to < bytes.size() && bytes[to] != '\n' && to - claim.span.end < 100) ++to;
  while (!boundary(to)) --to;
  return one_line(bytes.substr(from, claim.span.start - from)) + "»" + one_line(claim.span.text) + "«" +
         one_line(bytes.substr(claim.span.end, to - claim.span.end));
}

}  // namespace

void write_text_explanation(std::ostream& out, const ClaimSet& set, const Contradiction& c) {
  out << "contradiction " << c.id << ": " << to_string(c.severity) << " " << c.kind << "\n";
  out << one_line(c.message) << "\n\nstatements:\n";
  for (const auto& id : c.claims) {
    auto it = std::find_if(set.claims.begin(), set.claims.end(), [&](const Claim& claim) { return claim.id == id; });
    if (it == set.claims.end()) continue;
    const DocumentInfo& doc = set.documents[it->document];
    out << "  " << where_one_line(*it, set) << (id == c.primary ? "  (most likely wrong)" : "") << "\n";
    if (!doc.title.empty() || doc.published) {
      out << "    " << one_line(doc.title) << (doc.published ? (doc.title.empty() ? "" : ", ") + *doc.published : "") << "\n";
    }
    out << "    " << passage(*it, doc) << "\n";
  }
  out << "\nwhy they cannot all hold:\n";
  for (const auto& line : c.derivation) out << "  " << one_line(line) << "\n";
  if (c.truncated) out << "  (more conflicting sets exist in this component than were enumerated)\n";
  out << "\nfingerprint " << c.fingerprint << " (a baseline keys on it)\n";
}

void write_text_report(std::ostream& out, const ReportContext& context) {
  const ClaimSet& set = context.set;
  const CheckResult& result = context.result;
  const Summary& summary = context.summary;
  Palette p{context.color};
  std::map<std::string, const Claim*> by_id;
  for (const auto& c : set.claims) by_id[c.id] = &c;
  std::map<std::string, const Correction*> corrections;
  for (const auto& k : result.corrections) corrections[k.component] = &k;
  for (const auto& c : result.contradictions) {
    const Claim& primary = *by_id.at(c.primary);
    std::string severity = c.severity == Severity::major ? p.red() + "major" : p.yellow() + "minor";
    out << p.bold() << where_one_line(primary, set) << ": " << p.reset() << severity << p.reset() << ": " << one_line(c.message) << " ["
        << c.kind << "] " << p.cyan() << c.id << p.reset() << "\n";
    for (const auto& id : c.claims) {
      if (id == c.primary) continue;
      const Claim& other = *by_id.at(id);
      out << "  " << where_one_line(other, set) << ": note: \"" << one_line(other.span.text) << "\" (" << other.id << ")\n";
    }
    for (const auto& text : c.rule_texts) out << "  rule: " << text << "\n";
    for (const auto& text : c.assumptions) out << "  assuming " << text << "\n";
    out << "  fix: " << one_line(c.fix.description) << "\n";
    if (c.truncated) out << "  (more conflicting sets exist in this component than were enumerated)\n";
    auto k = corrections.find(c.component);
    if (k != corrections.end()) {  // once per component, under its first contradiction
      out << "  cheapest correction of all contradictions here: remove";
      for (const auto& id : k->second->claims) out << " \"" << one_line(by_id.at(id)->span.text) << "\" (" << where_one_line(*by_id.at(id), set) << ")";
      out << "\n";
      corrections.erase(k);
    }
  }
  for (const auto& u : result.unknown) {
    const Claim* first = u.claims.empty() ? nullptr : by_id.at(u.claims.front());
    out << (first ? where_one_line(*first, set) : u.component) << ": unknown: the solver budget ran out before "
        << u.claims.size() << " claims of component " << u.component << " were decided [" << u.reason << "]\n";
  }
  for (const auto& g : result.copies) {
    for (std::size_t d : g.copies) {
      std::size_t traced = 0;
      for (const auto& t : g.traced) traced += by_id.count(t.claim) && by_id.at(t.claim)->document == d;
      out << one_line(set.documents[d].path) << ": note: a copy of " << one_line(set.documents[g.original].path)
          << " (counted as one source with it; " << traced << " of its claims traced to the original's)\n";
    }
    for (const auto& t : g.traced) {  // where the rewording changed what was read, the original's reading holds
      if (!t.reworded || !by_id.count(t.claim) || !by_id.count(t.original)) continue;
      const Claim& copy = *by_id.at(t.claim);
      const Claim& original = *by_id.at(t.original);
      out << where_one_line(copy, set) << ": note: \"" << one_line(copy.span.text) << "\" restates \""
          << one_line(original.span.text) << "\" (" << where_one_line(original, set)
          << ") but was read differently; checked as the original states it\n";
    }
  }
  if (context.show_unresolved) {
    for (const auto& u : set.unresolved) {
      out << one_line(set.documents[u.document].path) << ":" << u.span.line << ":" << u.span.column << ": unresolved: \""
          << one_line(u.span.text) << "\" (" << to_string(u.kind) << "): " << u.reason << "\n";
    }
  }
  out << summary.contradictions << " contradiction(s) (" << summary.major << " major, " << summary.minor << " minor), "
      << summary.unknown << " unknown, in " << summary.claims << " claims from " << summary.documents
      << " document(s)" << (set.unresolved.empty() ? "" : ", " + std::to_string(set.unresolved.size()) + " unresolved")
      << (summary.baselined ? ", " + std::to_string(summary.baselined) + " accepted by " + summary.baseline : "")
      << (summary.suppressed ? ", " + std::to_string(summary.suppressed) + " suppressed" : "")
      << (summary.baseline_unmatched ? ", " + std::to_string(summary.baseline_unmatched) + " baseline entries no longer found" : "")
      << "; fail-on " << to_string(summary.fail_on) << (summary.config.empty() ? "" : " (config " + summary.config + ")")
      << ", exit " << summary.exit << "\n";
}

}  // namespace factaudit
