// Fixtures of the teams HTTP tests that no page writes directly: a project carried by a fresh
// organisation (with or without a verified representative), a member put in a team with a role
// kind, and reads that prove what a request left behind (rows, audit entries, notifications).
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "needs_test_store.h"
#include "store/db.h"

namespace comdev::testing::teams_test_store {

// A project carried by a new organisation; 0 on failure.
inline std::int64_t new_project(store::Db& db, const std::string& title) {
  auto org = organisations::organisation_store::create(
      db, 0, {"village_association", "Association " + title, 0, "", true});
  auto t = territories::territory_store::find_by_slug(db, "taroudant");
  if (!org.ok() || !t.ok() || !*t) return 0;
  return needs_test_store::insert_project(db, title, *org, (*t)->id);
}

inline std::int64_t carrier_of(store::Db& db, std::int64_t project_id) {
  auto r = db.query("SELECT carrier_id FROM projects WHERE id = $1", store::params(project_id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

inline bool put(store::Db& db, std::int64_t project_id, std::int64_t member_id,
                const std::string& kind, const std::string& title = "") {
  auto r = db.query(
      "INSERT INTO project_team (project_id, member_id, role, role_kind, joined_at) "
      "VALUES ($1, $2, $3, $4, $5)",
      store::params(project_id, member_id, title, kind, core::iso_now()));
  return r.ok();
}

inline std::string kind_of(store::Db& db, std::int64_t project_id, std::int64_t member_id) {
  auto r = db.query("SELECT role_kind FROM project_team WHERE project_id = $1 AND member_id = $2",
                    store::params(project_id, member_id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::string title_of(store::Db& db, std::int64_t project_id, std::int64_t member_id) {
  auto r = db.query("SELECT role FROM project_team WHERE project_id = $1 AND member_id = $2",
                    store::params(project_id, member_id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t count(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t messages_of(store::Db& db, std::int64_t thread_id) {
  return count(db, "SELECT COUNT(*) FROM discussion_messages WHERE thread_id = $1", thread_id);
}

inline std::int64_t mentions_of(store::Db& db, std::int64_t member_id) {
  return count(db,
               "SELECT COUNT(*) FROM notifications WHERE member_id = $1 "
               "AND kind = 'discussion_mention' AND in_digest = 1",
               member_id);
}

inline std::int64_t last_thread(store::Db& db, std::int64_t project_id) {
  return count(db, "SELECT COALESCE(MAX(id), 0) FROM discussion_threads WHERE project_id = $1",
               project_id);
}

inline std::int64_t last_message(store::Db& db, std::int64_t thread_id) {
  return count(db, "SELECT COALESCE(MAX(id), 0) FROM discussion_messages WHERE thread_id = $1",
               thread_id);
}

inline std::int64_t audits(store::Db& db, const std::string& action) {
  auto r = db.query("SELECT COUNT(*) FROM audit_log WHERE action = $1", store::params(action));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::teams_test_store
