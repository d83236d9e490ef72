// Fixtures of the lessons HTTP tests that no page writes as the test needs it: a project moved
// to a status, a sheet in a given state with every section filled, a sheet's state forced back
// between two requests; and reads that prove what a request left behind.
#pragma once

#include <cstdint>
#include <string>

#include "core/time.h"
#include "store/db.h"

namespace comdev::testing::lessons_test_store {

inline bool set_project_status(store::Db& db, std::int64_t project_id, const std::string& status) {
  return db
      .query("UPDATE projects SET status = $1 WHERE id = $2", store::params(status, project_id))
      .ok();
}

// A sheet of the project with every section filled (review may go ahead); 0 on failure.
inline std::int64_t insert_sheet(store::Db& db, std::int64_t project_id, const std::string& title,
                                 const std::string& state, const std::string& context = "Contexte",
                                 const std::string& sectors = "water",
                                 std::int64_t territory_id = 0, const std::string& lang = "fr") {
  auto now = core::iso_now();
  auto r = db.query(
      "INSERT INTO lessons (project_id, state, lang, title, period, sectors, territory_id, "
      "context_md, objectives_md, actors_md, steps_md, results_md, difficulties_md, success_md, "
      "lessons_md, recommendations_md, contacts_md, budget_md, created_at, updated_at, "
      "published_at) VALUES ($1, $2, $3, $4, '2020-2022', $5, $6, $7, 'Objectifs', 'Acteurs', "
      "'Étapes', 'Résultats', 'Difficultés', 'Réussite', 'Leçons', 'Conseils', 'Contacts', "
      "'Budget', $8, $8, $8) RETURNING id",
      store::params(project_id, state, lang, title, sectors,
                    territory_id ? std::optional<std::int64_t>(territory_id) : std::nullopt,
                    context, now));
  return r.ok() ? r->rows.front().integer(0) : 0;
}

// Fills what review needs on a sheet the test started through the page.
inline bool complete(store::Db& db, std::int64_t id, const std::string& title) {
  return db
      .query(
          "UPDATE lessons SET title = $1, context_md = 'Contexte', results_md = 'Résultats', "
          "lessons_md = 'Leçons', sectors = 'water' WHERE id = $2",
          store::params(title, id))
      .ok();
}

inline bool set_state(store::Db& db, std::int64_t id, const std::string& state) {
  return db.query("UPDATE lessons SET state = $1 WHERE id = $2", store::params(state, id)).ok();
}

inline std::string state_of(store::Db& db, std::int64_t id) {
  auto r = db.query("SELECT state FROM lessons WHERE id = $1", store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::string title_of(store::Db& db, std::int64_t id) {
  auto r = db.query("SELECT title FROM lessons WHERE id = $1", store::params(id));
  return r.ok() && !r->empty() ? r->rows.front().text(0) : "";
}

inline std::int64_t sheet_of(store::Db& db, std::int64_t project_id) {
  auto r = db.query("SELECT id FROM lessons WHERE project_id = $1", store::params(project_id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

inline std::int64_t territory_of(store::Db& db, std::int64_t project_id) {
  auto r = db.query("SELECT territory_id FROM projects WHERE id = $1", store::params(project_id));
  return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
}

inline std::int64_t projects_count(store::Db& db) {
  auto r = db.query("SELECT COUNT(*) FROM projects");
  return r.ok() ? r->rows.front().integer(0) : -1;
}

inline std::int64_t reuses_of(store::Db& db, std::int64_t id) {
  auto r = db.query("SELECT COUNT(*) FROM lesson_reuses WHERE lesson_id = $1", store::params(id));
  return r.ok() ? r->rows.front().integer(0) : -1;
}

}  // namespace comdev::testing::lessons_test_store
