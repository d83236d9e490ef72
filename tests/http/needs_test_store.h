// Test fixtures of the needs HTTP tests that the application has no page for: a bare project row
// (the needs tests do not depend on the projects feature's forms) and counts to prove that a
// refused write left nothing behind.
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "store/db.h"

namespace comdev::testing::needs_test_store {

inline std::int64_t insert_project(store::Db& db, const std::string& title, std::int64_t carrier_id,
                                   std::int64_t territory_id) {
  auto now = core::iso_now();
  auto r = db.query(
      "INSERT INTO projects (title, summary, carrier_id, territory_id, created_at, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
      store::params(title, "Projet d'essai pour les besoins", carrier_id, territory_id, now));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

inline std::int64_t count(store::Db& db, const std::string& sql, std::int64_t id) {
  auto r = db.query(sql, store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t needs_of(store::Db& db, std::int64_t project_id) {
  return count(db, "SELECT COUNT(*) FROM needs WHERE project_id = $1", project_id);
}

inline std::int64_t skills_of(store::Db& db, std::int64_t project_id) {
  return count(db,
               "SELECT COUNT(*) FROM need_skills WHERE need_id IN "
               "(SELECT id FROM needs WHERE project_id = $1)",
               project_id);
}

inline std::int64_t changes_of(store::Db& db, const std::string& topic, std::int64_t id) {
  auto r = db.query("SELECT COUNT(*) FROM change_log WHERE topic = $1 AND entity_id = $2",
                    store::params(topic, id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t demo_needs(store::Db& db) {
  return count(db, "SELECT COUNT(*) FROM needs WHERE is_demo = $1", 1);
}

inline std::int64_t first_demo_need(store::Db& db, const std::string& kind) {
  auto r =
      db.query("SELECT MIN(id) FROM needs WHERE is_demo = 1 AND kind = $1", store::params(kind));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

inline std::string status_of(store::Db& db, std::int64_t need_id) {
  auto r = db.query("SELECT status FROM needs WHERE id = $1", store::params(need_id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

}  // namespace comdev::testing::needs_test_store
