// Fixtures of the maturity path's HTTP tests: a project placed at a stage without going through
// the pages, the demo community's checklist items of a stage, and reads that prove what a
// request left behind (the stage, its history, ticks, audit entries, timeline events).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/db.h"

namespace comdev::testing::maturity_test_store {

inline bool set_status(store::Db& db, std::int64_t project_id, const std::string& status) {
  return db
      .query("UPDATE projects SET status = $1 WHERE id = $2", store::params(status, project_id))
      .ok();
}

inline std::string status_of(store::Db& db, std::int64_t project_id) {
  auto r = db.query("SELECT status FROM projects WHERE id = $1", store::params(project_id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t count(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t history_rows(store::Db& db, std::int64_t project_id) {
  return count(db, "SELECT COUNT(*) FROM project_status_changes WHERE project_id = $1", project_id);
}

inline std::string last_history_note(store::Db& db, std::int64_t project_id) {
  auto r = db.query(
      "SELECT note FROM project_status_changes WHERE project_id = $1 ORDER BY id DESC LIMIT 1",
      store::params(project_id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t ticks_of(store::Db& db, std::int64_t project_id) {
  return count(db, "SELECT COUNT(*) FROM maturity_ticks WHERE project_id = $1", project_id);
}

// The ids of the demo community's items of `stage` that the carriers tick (or computed ones).
inline std::vector<std::int64_t> items(store::Db& db, const std::string& stage, bool computed,
                                       const std::string& community = "souss-massa") {
  auto r = db.query(
      std::string("SELECT i.id FROM maturity_items i JOIN communities c ON c.id = i.community_id "
                  "WHERE c.slug = $1 AND i.stage = $2 AND i.rule ") +
          (computed ? "<> ''" : "= ''") + " ORDER BY i.position, i.id",
      store::params(community, stage));
  std::vector<std::int64_t> out;
  if (r.ok()) {
    for (const auto& row : r->rows) out.push_back(row.integer(0));
  }
  return out;
}

inline std::int64_t items_count(store::Db& db) {
  auto r = db.query("SELECT COUNT(*) FROM maturity_items", {});
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t audits(store::Db& db, const std::string& action, std::int64_t subject_id) {
  auto r = db.query("SELECT COUNT(*) FROM audit_log WHERE action = $1 AND subject_id = $2",
                    store::params(action, subject_id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t events(store::Db& db, std::int64_t project_id, const std::string& kind) {
  auto r = db.query("SELECT COUNT(*) FROM project_activity WHERE project_id = $1 AND kind = $2",
                    store::params(project_id, kind));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::maturity_test_store
