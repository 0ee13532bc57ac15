/// Pieces the HTML report's files share: escaping, ids, passages in context and the timeline picture.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "factaudit/report/report.hpp"

namespace factaudit::html {

/// Text as inert HTML content or attribute value: & < > " ' become entities, control characters
/// spaces, and bytes that are not UTF-8 the replacement character.
std::string escape(std::string_view text);

/// An id safe as an HTML id and URL fragment: letters, digits, '-' and '_' kept, anything else '-'.
std::string anchor(std::string_view id);

/// The claim's span in its sentence(s), escaped, the span in <mark>; nullopt when `document` is absent or
/// its bytes at the span are not the span's text (a changed file).
std::optional<std::string> passage_in_context(const std::optional<std::string>& document, const SourceSpan& span);

/// An inline <svg> timeline of the run's dated claims; "" when no claim carries a date.
std::string timeline_svg(const ReportContext& context);

}  // namespace factaudit::html
