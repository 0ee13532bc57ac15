// The archive's subcommands: ingest, store stats, store export.
#include <iostream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "progress_line.hpp"
#include "factaudit/extract/lexicon.hpp"
#include "factaudit/ingest/inputs.hpp"
#include "factaudit/pipeline/archive_ingest.hpp"
#include "factaudit/report/report.hpp"
#include "factaudit/rules/rulebook.hpp"
#include "factaudit/store/archive.hpp"

namespace factaudit::cli {

namespace {

std::string plural(std::size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

/// Appends `value` as an item of an array member of the top-level object, as dump(2) of the whole prints it.
void append_item(std::string& out, const Json& value, bool first) {
  out += first ? "\n" : ",\n";
  std::string text = value.dump(2);
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t to = text.find('\n', from);
    if (to == std::string::npos) to = text.size();
    out += "    ";
    out.append(text, from, to - from);
    if (to < text.size()) out += '\n';
    from = to + 1;
  }
}

Json document_json(const ArchivedDocument& d) {
  Json out = {{"path", d.info.path}};
  out["published"] = d.info.published ? Json(*d.info.published) : Json(nullptr);
  out["title"] = d.info.title;
  out["sha256"] = d.info.sha256;
  out["size"] = d.info.size;
  out["source"] = d.info.source;
  if (!d.info.claim_file.empty()) out["claim_file"] = d.info.claim_file;
  return out;
}

/// A claim as in the JSON report's `claims`, with its suppression when it has one.
Json claim_json(const Claim& c, const std::string& document) {
  Json out = {{"id", c.id},         {"document", document},     {"start", c.span.start},
              {"end", c.span.end},  {"line", c.span.line},      {"column", c.span.column},
              {"text", c.span.text}, {"kind", to_string(c.kind)}, {"slot", c.slot},
              {"value", c.value}};
  if (c.suppressed) out["suppressed"] = *c.suppressed;
  return out;
}

}  // namespace

int run_ingest(const std::vector<std::string>& inputs, const CommonOptions& options) {
  setup_logging(options);
  return exit_code_of([&] {
    Rulebook rules = load_configured_rules(options);
    Lexicon lexicon(rules);
    Warnings warnings;
    std::vector<InputFile> files = collect_inputs(inputs, warnings);
    Archive archive(options.store, ArchiveAccess::write, options.busy_timeout_ms);
    IngestCounts counts;
    ProgressLine filing(options, "filed", "inputs");
    try {
      counts = ingest_inputs(archive, files, rules, lexicon, warnings, filing.callback());
      filing.finish(files.size());
    } catch (...) {
      for (const auto& w : warnings) spdlog::warn("{}: {}", format_position(w.where), w.message);
      throw;
    }
    for (const auto& w : warnings) spdlog::warn("{}: {}", format_position(w.where), w.message);
    if (!options.quiet) {
      std::cerr << "factaudit: " << options.store << ": " << counts.added << " added, " << counts.replaced << " replaced, "
                << counts.unchanged << " unchanged of " << plural(counts.added + counts.replaced + counts.unchanged, "document")
                << "; " << plural(counts.claims, "claim") << " written\n";
    }
    return 0;
  });
}

int run_store_stats(const CommonOptions& options) {
  setup_logging(options);
  return exit_code_of([&] {
    std::string format = options.format.empty() ? "text" : options.format;
    if (format != "text" && format != "json") {
      throw InputError({"--format"}, "store stats prints text or json, not '" + format + "'");
    }
    Archive archive(options.store, ArchiveAccess::read, options.busy_timeout_ms);
    ArchiveStats stats = archive.stats();
    std::ostringstream out;
    if (format == "json") {
      Json kinds = Json::object();
      for (const auto& [kind, n] : stats.claims_by_kind) kinds[kind] = n;
      Json report = {{"archive", options.store},       {"schema_version", stats.schema_version},
                     {"documents", stats.documents},    {"claims", stats.claims},
                     {"claims_by_kind", kinds},         {"keys", stats.keys},
                     {"file_bytes", stats.file_bytes},  {"wal_bytes", stats.wal_bytes}};
      out << report.dump(2) << "\n";
    } else {
      out << "archive: " << options.store << "\n"
          << "schema version: " << stats.schema_version << "\n"
          << "documents: " << stats.documents << "\n"
          << "claims: " << stats.claims << "\n";
      for (const auto& [kind, n] : stats.claims_by_kind) out << "  " << kind << ": " << n << "\n";
      out << "keys: " << stats.keys << "\n"
          << "size: " << stats.file_bytes << " bytes";
      if (stats.wal_bytes > 0) out << " (+ " << stats.wal_bytes << " bytes in the write-ahead log)";
      out << "\n";
    }
    std::cout << out.str() << std::flush;
    return 0;
  });
}

int run_store_export(const CommonOptions& options) {
  setup_logging(options);
  return exit_code_of([&] {
    Archive archive(options.store, ArchiveAccess::read, options.busy_timeout_ms);
    std::string documents, claims;
    archive.each_document([&](const ArchivedDocument& d) {
      append_item(documents, document_json(d), documents.empty());
      for (const Claim& c : d.claims) append_item(claims, claim_json(c, d.info.path), claims.empty());
    });
    std::string text = "{\n  \"version\": 1,\n  \"documents\": [";
    text += documents.empty() ? "]" : documents + "\n  ]";
    text += ",\n  \"claims\": [";
    text += claims.empty() ? "]" : claims + "\n  ]";
    text += "\n}\n";
    if (options.output.empty()) std::cout << text << std::flush;
    else write_file_atomically(options.output, text);
    return 0;
  });
}

}  // namespace factaudit::cli
