// factaudit-generate: writes a synthetic world of claim files (format v1) with a known number of
// planted contradictions, for benchmarking and self-checking the check pipeline.
//
// The world is a set of independent topics. Topic t speaks about a country pair (from
// rules/entities.yaml) and the product "p<t>", so that its numeric slots are its own; its events are
// named after the product. A full topic has eleven claims:
//
//   numeric component (8 claims)            event component (3 claims)
//     turnover 2021, 2022, 2023                date of "contract signed"
//     change 2022 vs 2021, 2023 vs 2022 (%)    date of "first delivery"
//     exports A>B 2023, imports B>A 2023       ordering: delivery N days after signing
//     turnover 2023-01..2023-06
//
// turnover 2023 = exports + imports (trade.turnover-sum + trade.imports-mirror), the half year is
// within the year (cumulative.sub-period); the changes link the years (without them 2021 would be a
// component of its own). Dates and numbers never share a slot, so each topic is two components.
// --claims N writes N / 11 full topics and, for the rest, a consistent prefix of one more topic.
// A seeded choice of full topics gets exactly one planted error, one of:
//   change    - the 2022 value is 30 % off what 2021, 2023 and the stated changes imply
//   sum       - the exports exceed the turnover they are part of
//   sub-period - the half-year figure exceeds the full year's
//   ordering  - the ordering says "before" where the dates say "after"
// Each planted error yields at least one minimal conflicting set (some yield more, because a value
// is implied along several paths).
//
// Outputs: DIR/<name>.claims.json files, DIR/PLANTED (the planted count), DIR/PLANTED.topics (one line
// per planted topic: "t<topic> <kind>"). Output is a pure function of the arguments.

#include <algorithm>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "factaudit/ingest/sha256.hpp"
#include "factaudit/normalize/calendar.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

/// splitmix64: small, fast, and identical on every platform (unlike std:: distributions).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [lo, hi] (inclusive); the tiny modulo bias does not matter here.
  std::int64_t range(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  /// Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

 private:
  std::uint64_t state_;
};

// Countries of rules/entities.yaml, sorted so that "A-B" pairs are in sorted order.
const std::vector<std::string> kCountries = {"AF", "AZ", "CN", "IN", "IR", "KG", "KR", "KZ",
                                             "PK", "QA", "RU", "TJ", "TM", "US", "UZ"};

constexpr std::uint64_t kClaimsPerTopic = 11;

const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};

enum class Plant { none, change, sum, sub_period, ordering };

const char* plant_name(Plant p) {
  switch (p) {
    case Plant::change: return "change";
    case Plant::sum: return "sum";
    case Plant::sub_period: return "sub-period";
    case Plant::ordering: return "ordering";
    case Plant::none: break;
  }
  return "none";
}

// A calendar date, from the library's day-number arithmetic.
struct Civil {
  std::int64_t y;
  unsigned m, d;
};

Civil civil_from_days(std::int64_t z) {
  Civil c{};
  factaudit::civil_from_days(z, c.y, c.m, c.d);
  return c;
}

std::string iso_date(const Civil& c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04" PRId64 "-%02u-%02u", c.y, c.m, c.d);
  return buf;
}

std::string spoken_date(const Civil& c) {
  return std::string(kMonths[c.m - 1]) + " " + std::to_string(c.d) + ", " + std::to_string(c.y);
}

/// An amount in tenths as a decimal literal: 12345 -> "1234.5".
std::string tenths(std::int64_t v) { return std::to_string(v / 10) + "." + std::to_string(v % 10); }

/// A claim before it is placed in a file (span offsets are assigned when the file is written).
struct PendingClaim {
  Json claim;  // without "span"
  std::string text;
};

Json quantity_slot(const std::string& subject, const std::string& measure, const std::string& period,
                   const std::string& product) {
  return Json{{"subject", subject}, {"measure", measure}, {"period", period}, {"unit", "USD"}, {"product", product}};
}

PendingClaim money(const std::string& id, Json slot, std::int64_t tenths_million) {
  std::string literal = tenths(tenths_million);
  PendingClaim out;
  out.claim = Json{{"id", id},
                   {"kind", "quantity"},
                   {"slot", std::move(slot)},
                   {"value", Json{{"literal", literal}, {"scale", "million"}, {"unit", "USD"}}}};
  out.text = "$" + literal + " million";
  return out;
}

/// The change from `base` to `next` in tenths of a percent, rounded to nearest.
std::int64_t per_mille_change(std::int64_t next, std::int64_t base) {
  double change = (static_cast<double>(next) / static_cast<double>(base) - 1.0) * 1000.0;
  return static_cast<std::int64_t>(change < 0 ? change - 0.5 : change + 0.5);
}

/// A value for an earlier period: later / (low + width x u), redrawn until the change is at least 1 %.
std::int64_t earlier_value(std::int64_t later, double low, double width, Rng& rng) {
  for (;;) {
    auto earlier = static_cast<std::int64_t>(static_cast<double>(later) / (low + width * rng.unit()));
    std::int64_t c = per_mille_change(later, earlier);
    if (c <= -10 || c >= 10) return earlier;
  }
}

PendingClaim change(const std::string& id, Json slot, const std::string& base_period, std::int64_t per_mille) {
  slot["base_period"] = base_period;
  std::string literal = tenths(per_mille < 0 ? -per_mille : per_mille);
  PendingClaim c;
  c.claim = Json{{"id", id},
                 {"kind", "change"},
                 {"slot", std::move(slot)},
                 {"value", Json{{"literal", literal}, {"unit", "percent"}, {"direction", per_mille < 0 ? "decrease" : "increase"}}}};
  c.text = literal + "%";
  return c;
}

/// The claims of topic `t` (kClaimsPerTopic).
std::vector<PendingClaim> make_topic(std::uint64_t t, Rng& rng, Plant plant) {
  const std::size_t n = kCountries.size();
  const std::size_t pairs = n * (n - 1) / 2;
  std::size_t p = t % pairs, a = 0;
  while (p >= n - 1 - a) p -= n - 1 - a++;
  const std::string A = kCountries[a], B = kCountries[a + 1 + p];
  const std::string pair = A + "-" + B, out_dir = A + ">" + B, in_dir = B + ">" + A;
  const std::string product = "p" + std::to_string(t);
  const std::string id = "t" + std::to_string(t) + ".";

  // the consistent world, in tenths of a million USD
  std::int64_t exports = rng.range(600, 60000), imports = rng.range(400, 40000);
  std::int64_t v23 = exports + imports;
  std::int64_t v22 = earlier_value(v23, 0.6, 1.0, rng);
  std::int64_t v21 = earlier_value(v22, 0.7, 0.6, rng);
  std::int64_t h1 = static_cast<std::int64_t>(static_cast<double>(v23) * (0.35 + 0.3 * rng.unit()));
  std::int64_t signed_day = factaudit::days_from_civil(2019, 1, 1) + rng.range(0, 5 * 365);
  std::int64_t gap = rng.range(2, 120);
  std::string relation = "after";

  const std::int64_t true_v22 = v22;
  switch (plant) {  // exactly one planted error, far outside every tolerance
    case Plant::change: v22 = v22 * 13 / 10; break;
    case Plant::sum: exports = v23 * 5 / 4; break;
    case Plant::sub_period: h1 = v23 * 13 / 10; break;
    case Plant::ordering: relation = "before"; break;
    case Plant::none: break;
  }

  std::vector<PendingClaim> out;
  // the changes are stated from the consistent values, so a planted error in one value shows
  const std::int64_t change22 = per_mille_change(true_v22, v21), change23 = per_mille_change(v23, true_v22);
  out.push_back(money(id + "turnover-2021", quantity_slot(pair, "trade.turnover", "2021", product), v21));
  out.push_back(money(id + "turnover-2022", quantity_slot(pair, "trade.turnover", "2022", product), v22));
  out.push_back(change(id + "turnover-2022-change", quantity_slot(pair, "trade.turnover", "2022", product), "2021", change22));
  out.push_back(money(id + "turnover-2023", quantity_slot(pair, "trade.turnover", "2023", product), v23));
  out.push_back(change(id + "turnover-2023-change", quantity_slot(pair, "trade.turnover", "2023", product), "2022", change23));
  out.push_back(money(id + "exports-2023", quantity_slot(out_dir, "trade.exports", "2023", product), exports));
  out.push_back(money(id + "imports-2023", quantity_slot(in_dir, "trade.imports", "2023", product), imports));
  out.push_back(money(id + "turnover-2023-h1", quantity_slot(pair, "trade.turnover", "2023-01..2023-06", product), h1));

  const std::string signed_event = "event." + product + "-contract-signed";
  const std::string delivery_event = "event." + product + "-first-delivery";
  Civil signed_on = civil_from_days(signed_day), delivered_on = civil_from_days(signed_day + gap);
  auto date_claim = [&](const std::string& cid, const std::string& event, const Civil& when) {
    PendingClaim c;
    c.claim = Json{{"id", cid}, {"kind", "date"}, {"slot", Json{{"subject", pair}, {"measure", event}}}, {"value", Json{{"date", iso_date(when)}}}};
    c.text = spoken_date(when);
    return c;
  };
  out.push_back(date_claim(id + "contract-signed", signed_event, signed_on));
  out.push_back(date_claim(id + "first-delivery", delivery_event, delivered_on));
  {
    PendingClaim c;
    c.claim = Json{{"id", id + "delivery-after-signing"},
                   {"kind", "ordering"},
                   {"slot", Json{{"subject", pair}, {"measure", delivery_event}, {"reference", Json{{"subject", pair}, {"measure", signed_event}}}}},
                   {"value", Json{{"relation", relation}, {"amount", std::to_string(gap)}, {"unit", "day"}}}};
    c.text = std::to_string(gap) + " days " + relation;
    out.push_back(std::move(c));
  }
  return out;
}

/// Writes one claim file: spans laid out one claim per line of a virtual document.
void write_file(const fs::path& path, std::size_t file_index, std::uint64_t seed, std::vector<PendingClaim>& claims) {
  std::size_t offset = 0, line = 1;
  Json list = Json::array();
  for (auto& c : claims) {
    const std::size_t lead = 20 + (line * 7) % 40;  // some prose before the claim on its line
    const std::size_t start = offset + lead;
    const std::size_t end = start + c.text.size();
    c.claim["span"] = Json{{"start", start}, {"end", end}, {"line", line}, {"column", lead + 1}, {"text", c.text}};
    list.push_back(std::move(c.claim));
    offset = end + 30 + 1;  // the rest of the line and its newline
    ++line;
  }
  char stem[64];
  std::snprintf(stem, sizeof stem, "synthetic-%06zu", file_index);
  Json doc = Json{{"path", std::string("documents/") + stem + ".txt"},  // never present: spans are checked against size
                  {"size", offset + 1},
                  {"sha256", factaudit::sha256_hex(std::string(stem) + "/" + std::to_string(seed))},
                  {"published", "2024-11"},
                  {"title", std::string("Synthetic trade report ") + std::to_string(file_index)}};
  Json root = Json{{"factaudit", "claims"}, {"version", 1}, {"document", std::move(doc)}, {"claims", std::move(list)}};
  std::ofstream out(path, std::ios::binary);
  out << root.dump(1) << '\n';
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t total = 0, seed = 1;
  std::size_t per_file = 50;
  double fraction = 0.1;
  std::string out_dir;
  bool overwrite = false;

  CLI::App app{"Writes synthetic claim files (format v1) with a known number of planted contradictions."};
  app.add_option("--claims", total, "number of claims to write")->required()->check(CLI::PositiveNumber);
  app.add_option("--out", out_dir, "output folder (created when missing)")->required();
  app.add_option("--seed", seed, "random seed (same seed, same files)");
  app.add_option("--contradictions", fraction, "fraction of topics with one planted contradiction")->check(CLI::Range(0.0, 1.0));
  app.add_option("--claims-per-file", per_file, "claims per claim file")->check(CLI::PositiveNumber);
  app.add_flag("--overwrite", overwrite, "delete *.claims.json and PLANTED* already in the output folder");
  CLI11_PARSE(app, argc, argv);

  try {
    fs::path dir(out_dir);
    fs::create_directories(dir);
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::string name = entry.path().filename().string();
      bool ours = name.rfind("PLANTED", 0) == 0 ||
                  (name.size() > 12 && name.compare(name.size() - 12, 12, ".claims.json") == 0);
      if (!ours) continue;
      if (!overwrite) {
        std::cerr << "factaudit-generate: " << dir.string() << " already holds " << name << " (use --overwrite)\n";
        return 2;
      }
      fs::remove(entry.path());
    }

    const std::uint64_t full_topics = total / kClaimsPerTopic, rest = total % kClaimsPerTopic;
    const std::uint64_t topics = full_topics + (rest ? 1 : 0);
    const auto planted = static_cast<std::uint64_t>(static_cast<double>(full_topics) * fraction + 0.5);

    // which full topics get an error, and which kind: a seeded shuffle, then a seeded pick
    Rng choose(seed ^ 0x5eed5eed5eed5eedULL);
    std::vector<std::uint64_t> order(full_topics);
    for (std::uint64_t i = 0; i < full_topics; ++i) order[i] = i;
    for (std::uint64_t i = full_topics; i > 1; --i) std::swap(order[i - 1], order[static_cast<std::uint64_t>(choose.range(0, static_cast<std::int64_t>(i - 1)))]);
    std::vector<Plant> plant(topics, Plant::none);
    const Plant kinds[] = {Plant::change, Plant::sum, Plant::sub_period, Plant::ordering};
    for (std::uint64_t i = 0; i < planted; ++i) plant[order[i]] = kinds[choose.range(0, 3)];

    Rng rng(seed);
    std::vector<PendingClaim> batch;
    std::size_t files = 0;
    std::uint64_t written = 0;
    auto flush = [&] {
      char name[64];
      std::snprintf(name, sizeof name, "synthetic-%06zu.claims.json", files);
      write_file(dir / name, files, seed, batch);
      ++files;
      batch.clear();
    };
    std::ofstream planted_topics(dir / "PLANTED.topics");
    for (std::uint64_t t = 0; t < topics; ++t) {
      std::vector<PendingClaim> claims = make_topic(t, rng, plant[t]);
      if (t == full_topics) claims.resize(rest);  // the partial last topic: a consistent prefix
      if (plant[t] != Plant::none) planted_topics << "t" << t << " " << plant_name(plant[t]) << "\n";
      for (auto& c : claims) {
        batch.push_back(std::move(c));
        ++written;
        if (batch.size() == per_file) flush();
      }
    }
    if (!batch.empty()) flush();
    std::ofstream(dir / "PLANTED") << planted << "\n";

    std::cout << "wrote " << written << " claims in " << files << " files, " << topics << " topics, " << planted
              << " planted contradictions (seed " << seed << ") to " << dir.string() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "factaudit-generate: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
