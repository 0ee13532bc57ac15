// The HTML report: one self-contained page for an editor (inline CSS, no script, nothing fetched). Every
// piece of document text and metadata is escaped; the same findings give the same bytes.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "html_parts.hpp"

namespace factaudit {

namespace {

/// Documents larger than this are not read for context: the span alone is shown.
constexpr std::uintmax_t kMaxDocumentBytes = 64u << 20;

constexpr const char* kStyle = R"css(
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --major: #b3261e; --minor: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
h1, h2, h3, table, nav, .where, .flag, .severity, .kind, code { font-family: system-ui, "Segoe UI", Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
h3 { font-size: .95rem; margin: 1rem 0 .25rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
code { font-size: .85em; overflow-wrap: anywhere; }
table.summary { border-collapse: collapse; margin: .5rem 0 1rem; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: .25rem .75rem; text-align: right; }
table.summary th { background: #f4f4f6; font-weight: 600; }
ol.documents li, nav li { margin: .15rem 0; }
.muted { color: var(--muted); }
section { margin: 2rem 0; }
section.contradiction { border-top: 3px solid var(--line); padding-top: 1rem; }
section.contradiction.major { border-top-color: var(--major); }
section.contradiction.minor { border-top-color: var(--minor); }
.severity { display: inline-block; padding: 0 .5rem; border-radius: .25rem; color: #fff; font-size: .85rem; text-transform: uppercase; }
.severity.major { background: var(--major); }
.severity.minor { background: var(--minor); }
.kind { font-size: .9rem; color: var(--muted); margin: 0 .5rem; }
.message { font-size: 1.05rem; }
.members { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: 1rem 0; }
.member { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; background: #fafafa; }
.member.primary { border: 2px solid var(--major); background: #fff7f6; }
.member .where { margin: 0; font-size: .85rem; }
.member .source { margin: .15rem 0 .5rem; font-size: .9rem; color: var(--muted); }
.flag { margin: 0 0 .25rem; font-size: .8rem; font-weight: 700; color: var(--major); text-transform: uppercase; }
blockquote.passage { margin: 0; }
mark { background: #ffe066; color: inherit; padding: 0 .1em; border-radius: .15em; }
.member.primary mark { background: #ffb4a9; }
.fix { background: #eef6ee; border-left: 4px solid #2e7d32; padding: .5rem .75rem; }
.note { font-style: italic; color: var(--muted); }
figure { margin: 0; overflow-x: auto; }
svg.timeline { max-width: 100%; height: auto; font-family: system-ui, Helvetica, Arial, sans-serif; font-size: 12px; }
svg .axis line.year { stroke: #b0b0b8; }
svg .axis line.month { stroke: #ececf0; }
svg .axis text.tick { fill: var(--muted); }
svg .band-rule { stroke: var(--line); }
svg text.document { fill: var(--ink); font-weight: 600; }
svg text.document tspan.title { fill: var(--muted); font-weight: 400; }
svg .item rect, svg .item circle { fill: #8aa4c8; stroke: #4a6a94; }
svg .item.open rect { fill-opacity: .45; stroke-dasharray: 4 2; }
svg .item.clash rect, svg .item.clash circle { fill: #e5533d; stroke: #8c1d0f; }
svg .item.clash text.label { fill: #8c1d0f; font-weight: 600; }
@media print { body { max-width: none; padding: 0; } section.contradiction { break-inside: avoid; } }
)css";

struct Page {
  const ReportContext& context;
  std::map<std::string, const Claim*> by_id;
  std::map<std::size_t, std::optional<std::string>> documents;  // bytes read, by document index

  /// The document's bytes, read once (an archived document's from the archive); nullopt when it cannot be read.
  const std::optional<std::string>& bytes(std::size_t document) {
    auto [it, fresh] = documents.try_emplace(document);
    if (!fresh) return it->second;
    if (context.set.documents[document].archived_bytes) return it->second = context.set.documents[document].archived_bytes;
    const std::string& path = context.set.documents[document].path;
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec || size > kMaxDocumentBytes) return it->second;
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) return it->second;
    it->second = std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return it->second;
  }
};

std::string where(const Claim& c, const ClaimSet& set) {
  return html::escape(set.documents[c.document].path) + ":" + std::to_string(c.span.line) + ":" + std::to_string(c.span.column);
}

/// "Title · published 2024-05" for a card or the document list.
std::string source_line(const DocumentInfo& doc) {
  std::string out = doc.title.empty() ? "<span class=\"muted\">untitled</span>" : html::escape(doc.title);
  if (doc.published) out += " · published " + html::escape(*doc.published);
  return out;
}

std::string header(const ReportContext& context) {
  const Summary& s = context.summary;
  std::string out = "<header>\n<h1>factaudit: " + std::to_string(s.contradictions) + " contradiction(s)</h1>\n";
  out += "<table class=\"summary\">\n<tr><th>documents</th><th>claims</th><th>major</th><th>minor</th><th>unknown</th>"
         "<th>fail-on</th><th>exit</th></tr>\n";
  out += "<tr><td>" + std::to_string(s.documents) + "</td><td>" + std::to_string(s.claims) + "</td><td>" +
         std::to_string(s.major) + "</td><td>" + std::to_string(s.minor) + "</td><td>" + std::to_string(s.unknown) +
         "</td><td>" + std::string(to_string(s.fail_on)) + "</td><td>" + std::to_string(s.exit) + "</td></tr>\n</table>\n";
  out += "<h2>Documents</h2>\n<ol class=\"documents\">\n";
  std::vector<std::size_t> copy_of(context.set.documents.size(), context.set.documents.size());
  for (const auto& g : context.result.copies) {
    for (std::size_t d : g.copies) copy_of[d] = g.original;
  }
  for (std::size_t d = 0; d < context.set.documents.size(); ++d) {
    const auto& doc = context.set.documents[d];
    out += "<li><code>" + html::escape(doc.path) + "</code> — " + source_line(doc);
    if (copy_of[d] < context.set.documents.size()) {
      out += " <span class=\"copy\">a copy of <code>" + html::escape(context.set.documents[copy_of[d]].path) +
             "</code> (one source with it)</span>";
    }
    out += "</li>\n";
  }
  out += "</ol>\n</header>\n";
  return out;
}

std::string contents(const ReportContext& context) {
  if (context.result.contradictions.empty()) return "<p>No contradictions.</p>\n";
  std::string out = "<nav>\n<h2>Contradictions</h2>\n<ol>\n";
  for (const auto& c : context.result.contradictions) {
    out += "<li><a href=\"#" + html::anchor(c.id) + "\">" + html::escape(c.message) + "</a> <span class=\"muted\">" +
           std::string(to_string(c.severity)) + ", " + html::escape(c.kind) + "</span></li>\n";
  }
  out += "</ol>\n</nav>\n";
  return out;
}

std::string member_card(const Contradiction& c, const Claim& claim, Page& page) {
  const DocumentInfo& doc = page.context.set.documents[claim.document];
  bool primary = claim.id == c.primary;
  std::string out = std::string("<article class=\"member") + (primary ? " primary" : "") + "\">\n";
  if (primary) out += "<p class=\"flag\">likely wrong</p>\n";
  out += "<p class=\"where\"><code>" + where(claim, page.context.set) + "</code></p>\n";
  out += "<p class=\"source\">" + source_line(doc) + "</p>\n";
  auto passage = html::passage_in_context(page.bytes(claim.document), claim.span);
  out += "<blockquote class=\"passage\">" + (passage ? *passage : "<mark>" + html::escape(claim.span.text) + "</mark>") +
         "</blockquote>\n";
  if (!passage) out += "<p class=\"note\">The document could not be read here: the statement alone.</p>\n";
  out += "</article>\n";
  return out;
}

/// A heading and a list, nothing when the list is empty.
std::string list(const char* title, const std::vector<std::string>& items, const char* tag = "ul") {
  if (items.empty()) return "";
  std::string out = std::string("<h3>") + title + "</h3>\n<" + tag + ">\n";
  for (const auto& item : items) out += "<li>" + html::escape(item) + "</li>\n";
  return out + "</" + tag + ">\n";
}

std::string contradiction_section(const Contradiction& c, Page& page) {
  std::string severity(to_string(c.severity));
  std::string out = "<section class=\"contradiction " + severity + "\" id=\"" + html::anchor(c.id) + "\">\n";
  out += "<h2><span class=\"severity " + severity + "\">" + severity + "</span><span class=\"kind\">" +
         html::escape(c.kind) + "</span><code>" + html::escape(c.id) + "</code></h2>\n";
  out += "<p class=\"message\">" + html::escape(c.message) + "</p>\n<div class=\"members\">\n";
  for (const auto& id : c.claims) {
    auto it = page.by_id.find(id);
    if (it != page.by_id.end()) out += member_card(c, *it->second, page);
  }
  out += "</div>\n";
  std::vector<std::string> derivation;  // its closing "fix:" line is the fix below
  for (const auto& line : c.derivation) {
    if (line != "fix: " + c.fix.description) derivation.push_back(line);
  }
  out += list("Derivation", derivation, "ol");
  std::vector<std::string> rules = c.rule_texts;
  if (rules.empty()) rules = c.rules;
  out += list("Rules", rules);
  out += list("Assumptions", c.assumptions);
  if (!c.fix.description.empty()) out += "<p class=\"fix\"><strong>Fix:</strong> " + html::escape(c.fix.description) + "</p>\n";
  if (c.truncated) out += "<p class=\"note\">More conflicting sets exist in this component than were enumerated.</p>\n";
  out += "</section>\n";
  return out;
}

std::string unknown_section(const ReportContext& context, const Page& page) {
  if (context.result.unknown.empty()) return "";
  std::string out = "<section class=\"unknown\">\n<h2>Undecided components</h2>\n<ul>\n";
  for (const auto& u : context.result.unknown) {
    out += "<li>The solver budget (" + html::escape(u.reason) + ") ran out on component <code>" +
           html::escape(u.component) + "</code>: " + std::to_string(u.claims.size()) + " claims";
    std::string places;
    for (const auto& id : u.claims) {
      auto it = page.by_id.find(id);
      if (it != page.by_id.end()) places += (places.empty() ? "" : ", ") + ("<code>" + where(*it->second, context.set) + "</code>");
    }
    out += (places.empty() ? "" : ", at " + places) + "</li>\n";
  }
  return out + "</ul>\n</section>\n";
}

std::string unresolved_section(const ReportContext& context) {
  if (!context.show_unresolved || context.set.unresolved.empty()) return "";
  std::string out = "<section class=\"unresolved\">\n<h2>Unresolved statements</h2>\n<ul>\n";
  for (const auto& u : context.set.unresolved) {
    out += "<li><code>" + html::escape(context.set.documents[u.document].path) + ":" + std::to_string(u.span.line) + ":" +
           std::to_string(u.span.column) + "</code> “" + html::escape(u.span.text) + "” (" +
           std::string(to_string(u.kind)) + "): " + html::escape(u.reason) + "</li>\n";
  }
  return out + "</ul>\n</section>\n";
}

}  // namespace

void write_html_report(std::ostream& out, const ReportContext& context) {
  Page page{context, {}, {}};
  for (const auto& c : context.set.claims) page.by_id[c.id] = &c;
  std::string text =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n";
  text += "<title>factaudit: " + std::to_string(context.summary.contradictions) + " contradiction(s)</title>\n";
  text += std::string("<style>") + kStyle + "</style>\n</head>\n<body>\n";
  text += header(context);
  text += contents(context);
  std::string timeline = html::timeline_svg(context);
  if (!timeline.empty()) {
    text += "<section class=\"timeline\">\n<h2>Timeline</h2>\n<p class=\"muted\">Dated statements by document; "
            "those in a contradiction are red and labelled. Hover for the statement.</p>\n<figure>\n" +
            timeline + "</figure>\n</section>\n";
  }
  text += "<main>\n";
  for (const auto& c : context.result.contradictions) text += contradiction_section(c, page);
  text += "</main>\n";
  text += unknown_section(context, page);
  text += unresolved_section(context);
  text += "</body>\n</html>\n";
  out << text;
}

}  // namespace factaudit
