// Reading a PCD action for a new project, and the demo data's upserts.
#include "core/time.h"
#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"
#include "features/projects/project_store.h"
#include "features/projects/project_store_detail.h"

namespace comdev::projects::project_store {

using namespace detail;

Result<std::optional<PlanActionRef>> plan_action(store::Db& db, std::int64_t action_id) {
  auto rows = db.query(
      "SELECT a.id, a.title, p.organisation_id, COALESCE((SELECT MIN(d.territory_id) FROM "
      "plan_action_douars d WHERE d.action_id = a.id), p.territory_id) "
      "FROM plan_actions a JOIN plans p ON p.id = a.plan_id WHERE a.id = $1",
      store::params(action_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<PlanActionRef>{};
  const auto& r = rows->rows.front();
  return std::optional<PlanActionRef>(
      PlanActionRef{r.integer(0), r.text(1), r.integer(2), r.integer(3)});
}

Result<std::optional<std::int64_t>> organisation_id_by_name(store::Conn& c,
                                                            const std::string& name) {
  auto rows = c.query("SELECT id FROM organisations WHERE name = $1", store::params(name));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(rows->rows.front().integer(0));
}

Result<std::optional<std::int64_t>> plan_action_id(store::Conn& c, const std::string& organisation,
                                                   std::int64_t period_start,
                                                   const std::string& title) {
  auto rows = c.query(
      "SELECT a.id FROM plan_actions a JOIN plans p ON p.id = a.plan_id "
      "JOIN organisations o ON o.id = p.organisation_id "
      "WHERE o.name = $1 AND p.period_start = $2 AND a.title = $3 ORDER BY a.id LIMIT 1",
      store::params(organisation, period_start, title));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>(rows->rows.front().integer(0));
}

Result<std::int64_t> upsert_demo(store::Conn& c, const ProjectData& d, const DemoExtras& x) {
  if (auto st = check_references(c, d); !st) return st.error();
  auto now = core::iso_now();
  auto found = c.query("SELECT id FROM projects WHERE title = $1 ORDER BY id LIMIT 1",
                       store::params(d.title));
  if (!found) return found.error();
  std::int64_t id = 0;
  if (found->empty()) {
    auto ins = c.query(
        "INSERT INTO projects (title, summary, description_md, lang, status, carrier_id, "
        "territory_id, lat, lon, plan_action_id, is_demo, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $11) RETURNING id",
        store::params(d.title, d.summary, d.description_md, d.lang, d.status, d.carrier_id,
                      d.territory_id, d.lat, d.lon, id_or_null(d.plan_action_id), now));
    if (!ins) return ins.error();
    id = ins->rows.front().integer(0);
  } else {
    id = found->rows.front().integer(0);
    auto up = c.query(
        "UPDATE projects SET summary = $1, description_md = $2, lang = $3, status = $4, "
        "carrier_id = $5, territory_id = $6, lat = $7, lon = $8, plan_action_id = $9, "
        "is_demo = 1, updated_at = $10 WHERE id = $11",
        store::params(d.summary, d.description_md, d.lang, d.status, d.carrier_id, d.territory_id,
                      d.lat, d.lon, id_or_null(d.plan_action_id), now, id));
    if (!up) return up.error();
  }
  if (auto st = write_sectors_and_partners(c, id, d); !st) return st.error();
  for (const char* sql : {"DELETE FROM project_status_changes WHERE project_id = $1",
                          "DELETE FROM project_updates WHERE project_id = $1 AND author_id IS NULL",
                          "DELETE FROM project_translations WHERE project_id = $1"}) {
    if (auto r = c.query(sql, store::params(id)); !r) return r.error();
  }
  std::optional<std::string> prev;
  for (const auto& [status, at] : x.history) {
    if (auto st = insert_history(c, id, prev, status, 0, "", at + "T00:00:00Z"); !st) {
      return st.error();
    }
    prev = status;
  }
  if (x.history.empty()) {
    if (auto st = insert_history(c, id, std::nullopt, d.status, 0, "", now); !st) {
      return st.error();
    }
  } else {
    // The oldest dated step is the project's creation date.
    auto r = c.query("UPDATE projects SET created_at = $1 WHERE id = $2",
                     store::params(x.history.front().second + "T00:00:00Z", id));
    if (!r) return r.error();
  }
  for (std::size_t i = 0; i < x.updates.size(); ++i) {
    auto at = i < x.update_dates.size() ? x.update_dates[i] + "T00:00:00Z" : now;
    auto r = c.query(
        "INSERT INTO project_updates (project_id, author_id, title, body_md, created_at) "
        "VALUES ($1, NULL, $2, $3, $4)",
        store::params(id, x.updates[i].title, x.updates[i].body_md, at));
    if (!r) return r.error();
  }
  for (const auto& t : x.translations) {
    auto r = c.query(
        "INSERT INTO project_translations (project_id, lang, title, summary) "
        "VALUES ($1, $2, $3, $4)",
        store::params(id, t.lang, t.title, t.summary));
    if (!r) return r.error();
  }
  if (auto st = changes::change_log_store::record(c, changes::kProject, id); !st) {
    return st.error();
  }
  return id;
}

}  // namespace comdev::projects::project_store
