// Fixtures of the workspace HTTP tests (tasks, decisions, activity) that no page writes as the
// test needs it: a task with a given owner, author, due day and status; a proposal with a given
// deadline; and reads that prove what a request left behind.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/time.h"
#include "store/db.h"

namespace comdev::testing::workspace_test_store {

inline std::optional<std::int64_t> id_or_null(std::int64_t id) {
  return id ? std::optional<std::int64_t>(id) : std::nullopt;
}

// A task; 0 on failure.
inline std::int64_t insert_task(store::Db& db, std::int64_t project_id, const std::string& title,
                                std::int64_t owner_id, std::int64_t created_by,
                                const std::string& due_on = "",
                                const std::string& status = "open") {
  auto now = core::iso_now();
  auto r = db.query(
      "INSERT INTO tasks (project_id, title, owner_id, due_on, status, created_by, created_at, "
      "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
      store::params(project_id, title, id_or_null(owner_id),
                    due_on.empty() ? std::nullopt : std::optional<std::string>(due_on), status,
                    id_or_null(created_by), now));
  return r.ok() ? r->rows.front().integer(0) : 0;
}

// A proposal open until `deadline` (ISO); 0 on failure.
inline std::int64_t insert_decision(store::Db& db, std::int64_t project_id,
                                    const std::string& title, std::int64_t by,
                                    const std::string& deadline, int quorum = 0) {
  auto r = db.query(
      "INSERT INTO decisions (project_id, title, body_md, deadline, quorum, proposed_by, "
      "created_at) VALUES ($1, $2, 'Texte', $3, $4, $5, $6) RETURNING id",
      store::params(project_id, title, deadline, quorum, id_or_null(by), core::iso_now()));
  return r.ok() ? r->rows.front().integer(0) : 0;
}

inline std::string text_of(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t number_of(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::string task_status(store::Db& db, std::int64_t task_id) {
  return text_of(db, "SELECT status FROM tasks WHERE id = $1", task_id);
}

inline std::int64_t tasks_of(store::Db& db, std::int64_t project_id) {
  return number_of(db, "SELECT COUNT(*) FROM tasks WHERE project_id = $1", project_id);
}

inline std::int64_t decisions_of(store::Db& db, std::int64_t project_id) {
  return number_of(db, "SELECT COUNT(*) FROM decisions WHERE project_id = $1", project_id);
}

inline std::int64_t votes_of(store::Db& db, std::int64_t decision_id) {
  return number_of(db, "SELECT COUNT(*) FROM decision_votes WHERE decision_id = $1", decision_id);
}

inline std::string outcome_of(store::Db& db, std::int64_t decision_id) {
  return text_of(db, "SELECT COALESCE(outcome, '') FROM decisions WHERE id = $1", decision_id);
}

inline std::int64_t events_of(store::Db& db, std::int64_t project_id, const std::string& kind) {
  auto r = db.query("SELECT COUNT(*) FROM project_activity WHERE project_id = $1 AND kind = $2",
                    store::params(project_id, kind));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::workspace_test_store
