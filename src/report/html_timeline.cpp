// The HTML report's timeline: an inline SVG of the run's dated claims, one band per document, the members
// of contradictions drawn in class "clash" and labelled. Coordinates are whole pixels from day numbers.
#include <algorithm>
#include <map>
#include <tuple>

#include "factaudit/normalize/calendar.hpp"
#include "factaudit/normalize/time_value.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "html_parts.hpp"

namespace factaudit::html {

namespace {

constexpr long kWidth = 960, kPlotLeft = 20, kPlotRight = 940, kAxisHeight = 28, kLane = 18, kBandHead = 20, kBandGap = 8;
constexpr std::size_t kLabelChars = 36;
constexpr long kCharWidth = 7;  // px per character of a label at 12px, generously

/// A claim placed in time: days [first, last]; an open side runs to the edge of the picture.
struct Dated {
  const Claim* claim = nullptr;
  std::optional<DayNumber> first, last;
  std::string when;           // what the claim says, as days
  std::string contradiction;  // the first contradiction it belongs to, "" when none
  long left = 0, right = 0, extent_left = 0, extent_right = 0;
  std::size_t lane = 0;
};

/// The days a time value may denote, or nullopt. Without rules a part ("late") cannot be read: the
/// whole month or year stands for it.
std::optional<ResolvedTime> read_time(const Json& time, const Claim& claim, const ClaimSet& set, const Rulebook& rules) {
  const auto& published = set.documents[claim.document].published;
  try {
    return resolve_time(time, published, rules, "value");
  } catch (const std::exception&) {
    if (!time.is_object() || !time.contains("part")) return std::nullopt;
  }
  Json whole = time;
  whole.erase("part");
  try {
    return resolve_time(whole, published, rules, "value");
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

/// Date claims by their value, claims with a time (offices, status) by it, others by their slot's
/// period or as_of.
std::optional<Dated> place(const Claim& claim, const ClaimSet& set, const Rulebook& rules) {
  Dated out;
  out.claim = &claim;
  const Json& value = claim.value;
  if (claim.kind == ClaimKind::date && value.is_object() && (value.contains("from") || value.contains("to"))) {
    auto from = value.contains("from") ? read_time(value["from"], claim, set, rules) : std::nullopt;
    auto to = value.contains("to") ? read_time(value["to"], claim, set, rules) : std::nullopt;
    if (from) out.first = from->hull().first;
    if (to) out.last = to->hull().last;
    out.when = "from " + (from ? from->describe() : "?") + " to " + (to ? to->describe() : "?");
  } else if (claim.kind == ClaimKind::date || (value.is_object() && value.contains("time"))) {
    auto when = read_time(claim.kind == ClaimKind::date ? value : value["time"], claim, set, rules);
    if (!when || when->readings.empty()) return std::nullopt;
    DaySpan hull = when->hull();
    out.first = hull.first;
    out.last = hull.last;
    out.when = when->describe();
  } else {
    const char* field = claim.slot.contains("as_of") ? "as_of" : "period";
    auto it = claim.slot.find(field);
    if (it == claim.slot.end() || !it->is_string()) return std::nullopt;
    auto period = parse_period(it->get<std::string>());
    if (!period) return std::nullopt;
    out.first = period->first();
    if (!period->open_end) {
      out.last = period->last();
    } else if (const auto& published = set.documents[claim.document].published) {  // "2022..": to publication
      if (auto day = parse_date(*published)) out.last = std::max(day->last, period->first());
    }
    out.when = std::string(field == std::string("as_of") ? "as of " : "period ") + it->get<std::string>();
  }
  if (!out.first && !out.last) return std::nullopt;
  return out;
}

std::int64_t year_of(DayNumber day) {
  std::int64_t y;
  unsigned m, d;
  civil_from_days(day, y, m, d);
  return y;
}

/// Keeps a label short, cutting at a code point.
std::string short_label(std::string text, std::size_t limit = kLabelChars) {
  for (auto& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::size_t points = 0, at = 0;
  for (; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 && ++points > limit) break;
  }
  return at < text.size() ? text.substr(0, at) + "…" : text;
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// Year ticks every 1, 2, 5, 10 … years so that at most a dozen are labelled.
std::int64_t year_step(std::int64_t years) {
  for (std::int64_t step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
    if (years / step <= 12) return step;
  }
  return 1000;
}

}  // namespace

std::string timeline_svg(const ReportContext& context) {
  static const Rulebook kNoRules;
  const Rulebook& rules = context.rules ? *context.rules : kNoRules;
  const ClaimSet& set = context.set;
  std::map<std::string, std::string> clash;  // claim id -> first contradiction
  for (const auto& c : context.result.contradictions) {
    for (const auto& id : c.claims) clash.emplace(id, c.id);
  }
  std::vector<Dated> items;
  for (const auto& claim : set.claims) {
    if (claim.document >= set.documents.size()) continue;
    if (auto dated = place(claim, set, rules)) {
      if (auto it = clash.find(claim.id); it != clash.end()) dated->contradiction = it->second;
      items.push_back(*dated);
    }
  }
  if (items.empty()) return "";

  DayNumber low = items.front().first ? *items.front().first : *items.front().last, high = low;
  for (const auto& d : items) {
    for (const auto& day : {d.first, d.last}) {
      if (!day) continue;
      low = std::min(low, *day);
      high = std::max(high, *day);
    }
  }
  std::int64_t first_year = year_of(low), last_year = year_of(high);
  DayNumber start = days_from_civil(first_year, 1, 1), stop = days_from_civil(last_year + 1, 1, 1);
  auto x = [&](DayNumber day) {
    day = std::clamp(day, start, stop);
    return kPlotLeft + static_cast<long>((day - start) * (kPlotRight - kPlotLeft) / (stop - start));
  };

  // lanes per document: an item (with its label) goes to the first lane where it does not overlap
  std::map<std::size_t, std::vector<Dated*>> bands;
  for (auto& d : items) {
    d.left = d.first ? x(*d.first) : kPlotLeft;
    d.right = d.last ? x(*d.last + 1) : kPlotRight;
    d.right = std::max(d.right, d.left + 1);
    d.extent_left = d.left - 5;
    d.extent_right = d.right + 5;
    if (!d.contradiction.empty()) {
      long label = 12 + kCharWidth * static_cast<long>(code_points(short_label(d.claim->span.text)));
      if (d.right + label <= kWidth) d.extent_right = d.right + label;
      else d.extent_left = d.left - label;
    }
    bands[d.claim->document].push_back(&d);
  }
  std::string body;
  long y = kAxisHeight;
  for (auto& [document, members] : bands) {
    std::stable_sort(members.begin(), members.end(), [](const Dated* a, const Dated* b) {
      return std::tie(a->extent_left, a->extent_right) < std::tie(b->extent_left, b->extent_right);
    });
    std::vector<long> lane_ends;
    for (auto* d : members) {
      auto lane = std::find_if(lane_ends.begin(), lane_ends.end(), [&](long end) { return end < d->extent_left; });
      if (lane == lane_ends.end()) lane = lane_ends.insert(lane_ends.end(), 0);
      *lane = d->extent_right;
      d->lane = static_cast<std::size_t>(lane - lane_ends.begin());
    }
    const DocumentInfo& doc = set.documents[document];
    long height = kBandHead + static_cast<long>(lane_ends.size()) * kLane;
    body += "<g class=\"band\">\n<line class=\"band-rule\" x1=\"0\" y1=\"" + std::to_string(y) + "\" x2=\"" +
            std::to_string(kWidth) + "\" y2=\"" + std::to_string(y) + "\"/>\n";
    body += "<text class=\"document\" x=\"4\" y=\"" + std::to_string(y + 14) + "\"><title>" + escape(doc.path) +
            "</title>" + escape(base_name(doc.path)) + (doc.title.empty() ? "" : "<tspan class=\"title\"> — " + escape(short_label(doc.title, 80)) + "</tspan>") +
            "</text>\n";
    for (const auto* d : members) {
      const Claim& claim = *d->claim;
      long top = y + kBandHead + static_cast<long>(d->lane) * kLane, middle = top + 7;
      bool clashes = !d->contradiction.empty();
      std::string cls = std::string("item ") + std::string(to_string(claim.kind)) + (clashes ? " clash" : "") +
                        (!d->first || !d->last ? " open" : "");
      std::string tip = escape(doc.path) + ":" + std::to_string(claim.span.line) + ":" + std::to_string(claim.span.column) +
                        " — “" + escape(claim.span.text) + "” — " + escape(d->when) +
                        (clashes ? " — in contradiction " + escape(d->contradiction) : "");
      std::string item = "<g class=\"" + cls + "\"><title>" + tip + "</title>";
      if (d->right - d->left < 5) {
        item += "<circle cx=\"" + std::to_string((d->left + d->right) / 2) + "\" cy=\"" + std::to_string(middle) +
                "\" r=\"5\"/>";
      } else {
        item += "<rect x=\"" + std::to_string(d->left) + "\" y=\"" + std::to_string(top + 1) + "\" width=\"" +
                std::to_string(d->right - d->left) + "\" height=\"12\" rx=\"2\"/>";
      }
      if (clashes) {
        bool after = d->extent_right > d->right + 5;
        long at = after ? std::max(d->right, (d->left + d->right) / 2 + 5) + 4 : d->left - 6;
        item += "<text class=\"label\" x=\"" + std::to_string(at) + "\" y=\"" + std::to_string(middle + 4) + "\"" +
                (after ? "" : " text-anchor=\"end\"") + ">" + escape(short_label(claim.span.text)) + "</text>";
        item = "<a href=\"#" + anchor(d->contradiction) + "\">" + item + "</g></a>\n";
      } else {
        item += "</g>\n";
      }
      body += item;
    }
    body += "</g>\n";
    y += height + kBandGap;
  }

  // the axis: a rule and a label per year (or per step of years), month ticks when the span is short
  long height = y + 4;
  std::string axis = "<g class=\"axis\">\n";
  std::int64_t years = last_year - first_year + 1, step = year_step(years);
  for (std::int64_t year = first_year; year <= last_year + 1; ++year) {
    long at = x(days_from_civil(year, 1, 1));
    if (years <= 6 && year <= last_year) {
      for (unsigned month = 2; month <= 12; ++month) {
        long m = x(days_from_civil(year, month, 1));
        axis += "<line class=\"month\" x1=\"" + std::to_string(m) + "\" y1=\"" + std::to_string(kAxisHeight - 4) +
                "\" x2=\"" + std::to_string(m) + "\" y2=\"" + std::to_string(height) + "\"/>\n";
      }
    }
    if (year % step != 0 && year != first_year) continue;
    axis += "<line class=\"year\" x1=\"" + std::to_string(at) + "\" y1=\"" + std::to_string(kAxisHeight - 10) +
            "\" x2=\"" + std::to_string(at) + "\" y2=\"" + std::to_string(height) + "\"/>\n";
    if (year <= last_year) {
      axis += "<text class=\"tick\" x=\"" + std::to_string(at + 3) + "\" y=\"" + std::to_string(kAxisHeight - 12) +
              "\">" + std::to_string(year) + "</text>\n";
    }
  }
  axis += "</g>\n";
  std::string svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(kWidth) +
                    "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
                    std::to_string(height) + "\" role=\"img\" aria-label=\"Dated claims by document, " +
                    std::to_string(first_year) + " to " + std::to_string(last_year) + "\">\n";
  return svg + axis + body + "</svg>\n";
}

}  // namespace factaudit::html
