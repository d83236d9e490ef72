// Test and benchmark fixtures for the needs list: minimal projects and needs written straight to
// the tables (with their change-log rows, as the real writers do), so the list is tested on both
// databases without depending on the projects and needs features' forms. Not linked into the
// server (library comdev_needslist_fixtures).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace comdev::needslist::fixture_store {

struct FixtureNeed {
  std::int64_t project_id = 0;
  std::string kind = "skill";
  std::string title = "need";
  std::string status = "open";
  std::string mode;  // skill: remote | on_site | both
  std::string period_start, period_end;
  std::optional<std::int64_t> effort_days, amount_minor, quantity;
  std::string currency, item;
  std::vector<std::int64_t> skill_ids;
  std::string created_at;  // "" = now
};

// A territory (for databases without the demo tree). Returns its id.
Result<std::int64_t> territory(store::Db& db, const std::string& kind, const std::string& slug,
                               std::int64_t parent_id);
Result<std::int64_t> skill_id(store::Db& db, const std::string& slug);
// A project carried by a fixture organisation, with its sectors.
Result<std::int64_t> project(store::Db& db, const std::string& title, std::int64_t territory_id,
                             const std::vector<std::string>& sectors);
Result<std::int64_t> need(store::Db& db, const FixtureNeed& n);
Status set_status(store::Db& db, std::int64_t need_id, const std::string& status);
Status move_project(store::Db& db, std::int64_t project_id, std::int64_t territory_id);
Status delete_project(store::Db& db, std::int64_t project_id);

}  // namespace comdev::needslist::fixture_store
