// What the cross-project needs list keeps of one need: the values its filters read and the
// fields a row of the list shows, so a page is answered from memory without SQL (the list page
// must hold ≥ 15 % of /healthz throughput with 300,000 needs: BRIEF §4).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::needslist {

// The filters of the list, in the order the page shows them.
enum class Facet : std::uint8_t { type, skill, sector, commune, province, mode, period };
inline constexpr int kFacets = 7;
inline constexpr std::string_view kFacetNames[kFacets] = {"type",     "skill", "sector", "commune",
                                                          "province", "mode",  "period"};

inline constexpr std::string_view kKinds[] = {"skill", "funding", "material"};
inline constexpr std::string_view kModes[] = {"remote", "on_site", "both"};

struct NeedEntry {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string created_at;  // ISO UTC: the list is newest first, ties by id
  bool open = false;       // status 'open': only those are listed
  std::string kind;        // skill | funding | material
  std::string title;
  std::string project_title;
  std::int64_t territory_id = 0;  // the project's place (commune or douar)
  std::int64_t commune_id = 0;    // derived from territory_id through the territory tree
  std::int64_t province_id = 0;
  std::vector<std::string> sectors;      // the project's sectors
  std::vector<std::int64_t> skill_ids;   // skill needs
  std::string mode;                      // skill needs: remote | on_site | both, or ""
  std::string period_start, period_end;  // YYYY-MM-DD or ""
  std::optional<std::int64_t> effort_days;
  std::optional<std::int64_t> amount_minor;  // funding
  std::string currency;
  std::string item;  // material
  std::optional<std::int64_t> quantity;

  bool operator==(const NeedEntry&) const = default;
};

// A month as one number (year * 12 + month - 1), the unit of the period filter: a need belongs
// to every month its period overlaps, so "July 2027" lists what a visitor that month can do.
std::optional<std::int32_t> month_of(std::string_view yyyy_mm_dd);
std::string month_text(std::int32_t month);  // "2027-07"
std::optional<std::int32_t> parse_month(std::string_view yyyy_mm);
// The months a period overlaps, at most kMaxMonths (a longer period counts from its start).
std::vector<std::int32_t> months_of(std::string_view start, std::string_view end);
inline constexpr int kMaxMonths = 36;

}  // namespace comdev::needslist
