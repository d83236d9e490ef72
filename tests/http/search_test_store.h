// Fixtures of the search HTTP tests: projects and needs written straight into the database with
// their change-log rows, as the projects and needs features' writes do, so the search tests do
// not depend on those features' forms.
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "features/changes/change_log_store.h"
#include "store/db.h"

namespace comdev::testing::search_test_store {

inline std::int64_t insert_project(store::Db& db, std::int64_t carrier_id,
                                   std::int64_t territory_id, const std::string& title,
                                   const std::string& summary, const std::string& lang = "fr") {
  auto id = db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto now = core::iso_now();
    auto r = c.query(
        "INSERT INTO projects (title, summary, lang, carrier_id, territory_id, created_at, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        store::params(title, summary, lang, carrier_id, territory_id, now));
    if (!r) return r.error();
    auto id = r->rows.front().integer(0);
    if (auto st = changes::change_log_store::record(c, changes::kProject, id); !st)
      return st.error();
    return id;
  });
  return id.ok() ? *id : 0;
}

inline bool set_project_title(store::Db& db, std::int64_t id, const std::string& title) {
  return db
      .transaction<int>([&](store::Conn& c) -> Result<int> {
        auto r = c.query("UPDATE projects SET title = $1 WHERE id = $2", store::params(title, id));
        if (!r) return r.error();
        if (auto st = changes::change_log_store::record(c, changes::kProject, id); !st) {
          return st.error();
        }
        return 1;
      })
      .ok();
}

inline bool add_translation(store::Db& db, std::int64_t id, const std::string& lang,
                            const std::string& title) {
  return db
      .transaction<int>([&](store::Conn& c) -> Result<int> {
        auto r = c.query(
            "INSERT INTO project_translations (project_id, lang, title) VALUES ($1, $2, $3)",
            store::params(id, lang, title));
        if (!r) return r.error();
        if (auto st = changes::change_log_store::record(c, changes::kProject, id); !st) {
          return st.error();
        }
        return 1;
      })
      .ok();
}

inline bool delete_project(store::Db& db, std::int64_t id) {
  return db
      .transaction<int>([&](store::Conn& c) -> Result<int> {
        auto needs = c.query("SELECT id FROM needs WHERE project_id = $1", store::params(id));
        if (!needs) return needs.error();
        auto r = c.query("DELETE FROM projects WHERE id = $1", store::params(id));
        if (!r) return r.error();
        if (auto st = changes::change_log_store::record(c, changes::kProject, id); !st) {
          return st.error();
        }
        for (const auto& n : needs->rows) {
          if (auto st = changes::change_log_store::record(c, changes::kNeed, n.integer(0)); !st) {
            return st.error();
          }
        }
        return 1;
      })
      .ok();
}

inline std::int64_t insert_need(store::Db& db, std::int64_t project_id, const std::string& kind,
                                const std::string& title, const std::string& description) {
  auto id = db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto now = core::iso_now();
    auto r = c.query(
        "INSERT INTO needs (project_id, kind, title, description, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        store::params(project_id, kind, title, description, now));
    if (!r) return r.error();
    auto id = r->rows.front().integer(0);
    if (auto st = changes::change_log_store::record(c, changes::kNeed, id); !st) return st.error();
    return id;
  });
  return id.ok() ? *id : 0;
}

}  // namespace comdev::testing::search_test_store
