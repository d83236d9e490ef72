// Local development projects: carried by an organisation, placed on the territory, maybe serving
// an action of a commune's PCD, moving through a lifecycle whose every change is dated; with
// partners, updates, followers, comments and translations of their title and summary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace comdev::projects {

struct Partner {
  std::int64_t organisation_id = 0;
  std::string name;  // filled when read
  std::string role;  // what the partner brings, in the carrier's words
};

struct Translation {
  std::string lang;  // fr | ar | en
  std::string title, summary;
};

// What a carrier writes: the create and edit forms, the API and the demo loader fill it.
struct ProjectData {
  std::string title, summary, description_md;
  std::string lang = "fr";
  std::string status = "idea";  // only used at creation; later changes go through change_status
  std::int64_t carrier_id = 0;
  std::int64_t territory_id = 0;
  std::optional<double> lat, lon;
  std::vector<std::string> sectors;
  std::vector<Partner> partners;
  std::int64_t plan_action_id = 0;  // 0: none
};

struct Project {
  std::int64_t id = 0;
  ProjectData data;
  std::string carrier_name;
  std::string territory_fr, territory_ar, territory_kind;
  std::string plan_action_title;  // "" when not linked (or the plan is gone)
  std::int64_t plan_id = 0;
  bool has_cover = false;
  bool demo = false;
  std::int64_t created_by = 0;
  std::string created_at, updated_at;
  std::vector<Translation> translations;
  // Read-only conveniences for other features (needs' section hook reads these).
  const std::string& title() const { return data.title; }
  const std::string& status() const { return data.status; }
};

struct StatusChange {
  std::string from_status;  // "" for the creation
  std::string to_status;
  std::string note;
  std::string changed_by_name;
  std::string changed_at;
};

struct Update {
  std::int64_t id = 0;
  std::string title, body_md;
  std::string author_name;
  std::string created_at;
};

struct Comment {
  std::int64_t id = 0;
  std::int64_t author_id = 0;
  std::string author_name;
  std::string body;
  std::string created_at;
  bool hidden = false;
  int reports = 0;
};

// A place in the list's order (newest first: created_at, then id), taken from a listed project.
struct Cursor {
  std::string created_at;
  std::int64_t id = 0;
};

struct Filter {
  std::string sector;             // "" = any
  std::string status;             // "" = any
  std::int64_t territory_id = 0;  // 0 = any; includes the places below it
  int limit = 20;
  int offset = 0;
  // Keyset paging: the projects listed after (older than) or before (newer than) this one, so a
  // deep page costs what the first does. With `before`, the list still comes newest first.
  std::optional<Cursor> after, before;
};

// One row of the list page and of the API list.
struct ListItem {
  std::int64_t id = 0;
  std::string title, summary, lang, status;
  std::string carrier_name;
  std::string territory_fr, territory_ar;
  std::vector<std::string> sectors;
  std::vector<Translation> translations;
  bool demo = false;
  std::string updated_at;
  std::string created_at;
};

// What a PCD action brings to a new project's form (/projects/new?action=ID).
struct PlanActionRef {
  std::int64_t id = 0;
  std::string title;
  std::int64_t organisation_id = 0;  // the commune whose plan it is
  std::int64_t territory_id = 0;     // the commune, or the action's first douar
};

}  // namespace comdev::projects
