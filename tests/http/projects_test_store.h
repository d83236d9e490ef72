// Test fixtures of the projects HTTP tests that the application has no page for yet (a PCD with
// one action, written by the plans feature's own forms) and counts proving that a refused write
// left nothing behind.
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "store/db.h"

namespace comdev::testing::projects_test_store {

inline std::int64_t one(store::Db& db, const std::string& sql, std::vector<store::Value> params) {
  auto r = db.query(sql, params);
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

// A plan of `organisation_id` on `territory_id` with one axis and one action; the action's id.
inline std::int64_t insert_plan_action(store::Db& db, std::int64_t organisation_id,
                                       std::int64_t territory_id, const std::string& title) {
  auto now = core::iso_now();
  auto plan = one(db,
                  "INSERT INTO plans (organisation_id, territory_id, title, period_start, "
                  "period_end, created_at, updated_at) VALUES ($1, $2, 'PCD', 2017, 2022, $3, $3) "
                  "RETURNING id",
                  store::params(organisation_id, territory_id, now));
  auto axis = one(db, "INSERT INTO plan_axes (plan_id, title) VALUES ($1, 'Eau') RETURNING id",
                  store::params(plan));
  return one(db,
             "INSERT INTO plan_actions (plan_id, axis_id, title, priority, created_at, updated_at) "
             "VALUES ($1, $2, $3, 'high', $4, $4) RETURNING id",
             store::params(plan, axis, title, now));
}

inline std::int64_t projects_titled(store::Db& db, const std::string& title) {
  return one(db, "SELECT COUNT(*) FROM projects WHERE title = $1", store::params(title));
}
inline std::int64_t all_projects(store::Db& db) {
  return one(db, "SELECT COUNT(*) FROM projects WHERE id > $1", store::params(0));
}
inline std::int64_t history_rows(store::Db& db, std::int64_t project_id) {
  return one(db, "SELECT COUNT(*) FROM project_status_changes WHERE project_id = $1",
             store::params(project_id));
}
inline std::int64_t change_rows(store::Db& db, std::int64_t project_id) {
  return one(db, "SELECT COUNT(*) FROM change_log WHERE topic = 'project' AND entity_id = $1",
             store::params(project_id));
}
inline std::string title_of(store::Db& db, std::int64_t project_id) {
  auto r = db.query("SELECT title FROM projects WHERE id = $1", store::params(project_id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}
// Removes every community's maturity checklists, for tests of the lifecycle itself (the
// checklists that gate it are tested in maturity_http_test.cpp).
inline bool without_checklists(store::Db& db) {
  return db.query("DELETE FROM maturity_items", {}).ok();
}

}  // namespace comdev::testing::projects_test_store
