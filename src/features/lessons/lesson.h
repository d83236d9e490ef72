// Lessons-learned sheets (fiches de capitalisation): what a finished project's team wrote down
// for the next commune, in the sections of the 2022 booklet, reviewed and published by an
// animator of the community. Table of migrations/0028_lessons. Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::lessons {

// lessons.state: written by the team, waiting for review, readable by everyone.
enum class State { draft, submitted, published };
std::string_view name(State s);
std::optional<State> parse_state(std::string_view s);

// The sections of a sheet, in the booklet's order. `key` names the form field, the column
// (key + "_md") and the catalogue label (lessons.section.<key>).
inline constexpr std::array<std::string_view, 11> kSections = {
    "context", "objectives", "actors",          "steps",    "results", "difficulties",
    "success", "lessons",    "recommendations", "contacts", "budget"};

// What the team writes: the forms, the API and the demo loader fill it.
struct SheetText {
  std::string title;
  std::string lang = "fr";
  std::string period;  // "2010-2012", "2021", "depuis 2018"
  std::vector<std::string> sectors;
  std::int64_t territory_id = 0;                   // 0: none
  std::array<std::string, kSections.size()> body;  // Markdown, by kSections index
  const std::string& section(std::string_view key) const;
};

struct Sheet {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  State state = State::draft;
  SheetText text;
  std::string review_note;  // the animator's note when sent back
  bool demo = false;
  std::string project_title, project_status;
  std::int64_t carrier_id = 0;
  std::string carrier_name, carrier_type;  // organisations.type: the "type of actor"
  std::string territory_fr, territory_ar;
  std::int64_t created_by = 0;
  std::string created_at, updated_at, submitted_at, published_at;
  std::int64_t reuses = 0;  // projects started from it
};

// Where a sheet's place sits in the territory tree, for the filters.
struct Place {
  std::int64_t territory_id = 0, commune_id = 0, province_id = 0, region_id = 0;
};

// The list's filters: 0 or "" = any. `q` is searched in the sheets' text (French, Arabic).
struct Filter {
  std::string sector;
  std::int64_t region_id = 0;
  std::int64_t commune_id = 0;
  std::string actor_type;
  std::string q;
  int page = 1;
};

}  // namespace comdev::lessons
