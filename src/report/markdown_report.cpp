// The Markdown report: a summary fit for a pull-request comment. Every piece of document text and
// metadata is escaped, so a document cannot inject links, images, HTML or table cells.
#include <map>

#include "factaudit/report/report.hpp"

namespace factaudit {

namespace {

/// GitHub refuses comments over 65,536 characters; the report stops adding findings well before.
constexpr std::size_t kCommentBudget = 60000;

/// Text as inert Markdown inline content: characters that open inline markup are backslash-escaped, HTML
/// metacharacters become entities, and line breaks become spaces (a cell stays one cell).
std::string inert(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '@': out += "&#64;"; break;  // no @mention
      case '#': out += "&#35;"; break;  // no #123 link, no heading
      case ':': out += "&#58;"; break;  // no autolinked http://
      case '\n': case '\r': case '\t': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string where_inert(const Claim& c, const ClaimSet& set) {
  return inert(set.documents[c.document].path) + ":" + std::to_string(c.span.line) + ":" + std::to_string(c.span.column);
}

std::string contradiction_block(const Contradiction& c, const std::map<std::string, const Claim*>& by_id,
                                const ClaimSet& set, const Correction* correction) {
  std::string out;
  out += "### " + std::string(c.severity == Severity::major ? "🔴 major" : "🟡 minor") + " · " + inert(c.kind) + " · `" +
         c.id + "`\n\n";
  out += inert(c.message) + "\n\n";
  out += "| | where | statement |\n|---|---|---|\n";
  for (const auto& id : c.claims) {
    const Claim& claim = *by_id.at(id);
    out += std::string("| ") + (id == c.primary ? "**likely wrong**" : "") + " | " + where_inert(claim, set) + " | " +
           inert(claim.span.text) + " |\n";
  }
  out += "\n";
  // the derivation: each statement in the domain's words, the rules, the assumptions, the fix
  for (const auto& line : c.derivation) out += "- " + inert(line) + "\n";
  if (c.truncated) out += "\n*More conflicting sets exist in this component than were enumerated.*\n";
  if (correction) {
    out += "\n**Cheapest correction** of every contradiction in this group: remove";
    for (const auto& id : correction->claims) out += " " + inert(by_id.at(id)->span.text) + " (" + where_inert(*by_id.at(id), set) + ")";
    out += "\n";
  }
  out += "\n";
  return out;
}

}  // namespace

void write_markdown_report(std::ostream& out, const ReportContext& context) {
  const ClaimSet& set = context.set;
  const Summary& s = context.summary;
  std::map<std::string, const Claim*> by_id;
  for (const auto& c : set.claims) by_id[c.id] = &c;

  std::string text = "## factaudit: " + std::to_string(s.contradictions) + " contradiction(s)\n\n";
  text += "| documents | claims | major | minor | unknown | fail-on | exit |\n|---:|---:|---:|---:|---:|---|---:|\n";
  text += "| " + std::to_string(s.documents) + " | " + std::to_string(s.claims) + " | " + std::to_string(s.major) + " | " +
          std::to_string(s.minor) + " | " + std::to_string(s.unknown) + " | " + std::string(to_string(s.fail_on)) +
          " | " + std::to_string(s.exit) + " |\n\n";
  std::map<std::string, const Correction*> corrections;  // shown once, with a component's first contradiction
  for (const auto& k : context.result.corrections) corrections[k.component] = &k;
  // what follows the contradictions is short and always shown: the budget keeps room for it
  std::string tail;
  for (const auto& g : context.result.copies) {
    for (std::size_t d : g.copies) {
      tail += "- **copy**: " + inert(set.documents[d].path) + " restates " + inert(set.documents[g.original].path) +
              " (one source)\n";
    }
  }
  for (const auto& u : context.result.unknown) {
    tail += "- **unknown**: the solver budget ran out on component `" + inert(u.component) + "` (" +
            std::to_string(u.claims.size()) + " claims)\n";
  }
  if (tail.size() > kCommentBudget / 4) {
    tail = "- " + std::to_string(context.result.copies.size()) + " copy group(s) and " +
           std::to_string(context.result.unknown.size()) + " undecided component(s): see the full report\n";
  }
  std::size_t shown = 0;
  for (const auto& c : context.result.contradictions) {
    auto k = corrections.find(c.component);
    std::string block = contradiction_block(c, by_id, set, k == corrections.end() ? nullptr : k->second);
    if (k != corrections.end()) corrections.erase(k);
    if (text.size() + block.size() + tail.size() > kCommentBudget) break;
    text += block;
    ++shown;
  }
  if (shown < context.result.contradictions.size()) {
    text += "*" + std::to_string(context.result.contradictions.size() - shown) +
            " more contradiction(s) not shown here: see the full report.*\n\n";
  }
  text += tail;
  out << text;
}

}  // namespace factaudit
