// A need of a project — the pre-diagnosis: what the project lacks, each need a first-class object
// with its own page and status. Three kinds share one row (migrations/0010_needs):
//   skill    — required skills with a level, mode (remote / on site / both), period, effort in
//              days, working languages;
//   funding  — an amount in integer minor units and its currency (MAD or EUR);
//   material — an item and a quantity.
// Plain structs and the fixed lists; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "money/money.h"

namespace comdev::needs {

inline constexpr std::array<std::string_view, 3> kKinds = {"skill", "funding", "material"};
// open → discussion → satisfied → closed, and back where sensible (need_rules.h).
inline constexpr std::array<std::string_view, 4> kStatuses = {"open", "discussion", "satisfied",
                                                              "closed"};
inline constexpr std::array<std::string_view, 3> kModes = {"remote", "on_site", "both"};
using money::kCurrencies;
// The working languages a need may ask for: the same list as the profiles' spoken languages.
inline constexpr std::array<std::string_view, 8> kLanguages = {"ar", "ber", "fr", "en",
                                                               "es", "nl",  "de", "it"};
inline constexpr std::array<std::string_view, 3> kLevels = {"beginner", "intermediate", "expert"};

// A skill of the `skills` table, as the forms and pages need it.
struct SkillRef {
  std::int64_t id = 0;
  std::string slug, name_fr, name_ar, name_en;
};

struct NeedSkill {
  std::int64_t skill_id = 0;
  std::string slug;
  std::string level;  // beginner | intermediate | expert
};

// What a person writes: everything of a need but its identity, status and bookkeeping.
// Fields of the other kinds stay empty (validation clears them).
struct NeedData {
  std::string kind;
  std::string title;
  std::string description;
  // skill
  std::string mode;                      // "" unless kind == skill
  std::string period_start, period_end;  // YYYY-MM-DD or ""
  std::optional<std::int64_t> effort_days;
  std::vector<NeedSkill> skills;
  std::vector<std::string> languages;
  // funding
  std::optional<std::int64_t> amount_minor;
  std::string currency;
  // material
  std::string item;
  std::optional<std::int64_t> quantity;
};

// The project a need belongs to, as the needs pages and the permission check see it.
struct ProjectRef {
  std::int64_t id = 0;
  std::string title;
  std::string summary;
  std::string status;
  std::int64_t carrier_id = 0;
  std::string carrier_name;
  std::int64_t territory_id = 0;
  std::string territory_fr, territory_ar;
  bool has_cover = false;  // the project's cover image, shown in shared previews
};

struct Need {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string status = "open";
  bool demo = false;
  std::int64_t created_by = 0;  // 0: unknown (demo data, or the author's account is gone)
  std::string created_at, updated_at;
  NeedData data;
};

}  // namespace comdev::needs
