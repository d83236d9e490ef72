#include "features/needs/need_store.h"

#include <algorithm>
#include <map>

#include "core/time.h"
#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"
#include "features/needs/need_rules.h"

namespace comdev::needs::need_store {
namespace {

constexpr const char* kSelect =
    "SELECT n.id, n.project_id, n.kind, n.title, n.description, n.status, COALESCE(n.mode, ''), "
    "COALESCE(n.period_start, ''), COALESCE(n.period_end, ''), n.effort_days, n.amount_minor, "
    "COALESCE(n.currency, ''), COALESCE(n.item, ''), n.quantity, n.is_demo, "
    "COALESCE(n.created_by, 0), n.created_at, n.updated_at FROM needs n ";

std::optional<std::int64_t> opt_int(const store::Row& r, std::size_t i) {
  if (r.is_null(i)) return std::nullopt;
  return r.integer(i);
}

std::optional<std::string> opt_text(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

Need read(const store::Row& r) {
  Need n;
  n.id = r.integer(0);
  n.project_id = r.integer(1);
  n.data.kind = r.text(2);
  n.data.title = r.text(3);
  n.data.description = r.text(4);
  n.status = r.text(5);
  n.data.mode = r.text(6);
  n.data.period_start = r.text(7);
  n.data.period_end = r.text(8);
  n.data.effort_days = opt_int(r, 9);
  n.data.amount_minor = opt_int(r, 10);
  n.data.currency = r.text(11);
  n.data.item = r.text(12);
  n.data.quantity = opt_int(r, 13);
  n.demo = r.integer(14) != 0;
  n.created_by = r.integer(15);
  n.created_at = r.text(16);
  n.updated_at = r.text(17);
  return n;
}

// Reads the rows of `sql` (kSelect + a condition on n) and attaches skills and languages with two
// more queries whose condition selects the same needs (`need_ids_sql`, a subquery of need ids
// taking the same parameters).
Result<std::vector<Need>> load(store::Db& db, const std::string& where_order,
                               const std::string& need_ids_sql,
                               const std::vector<store::Value>& params) {
  auto rows = db.query(std::string(kSelect) + where_order, params);
  if (!rows) return rows.error();
  std::vector<Need> out;
  std::map<std::int64_t, std::size_t> at;
  for (const auto& r : rows->rows) {
    at[r.integer(0)] = out.size();
    out.push_back(read(r));
  }
  if (out.empty()) return out;
  auto skills = db.query(
      "SELECT ns.need_id, s.id, s.slug, ns.level FROM need_skills ns "
      "JOIN skills s ON s.id = ns.skill_id WHERE ns.need_id IN (" +
          need_ids_sql + ") ORDER BY ns.need_id, s.slug",
      params);
  if (!skills) return skills.error();
  for (const auto& r : skills->rows) {
    if (auto it = at.find(r.integer(0)); it != at.end()) {
      out[it->second].data.skills.push_back({r.integer(1), r.text(2), r.text(3)});
    }
  }
  auto langs = db.query("SELECT need_id, code FROM need_languages WHERE need_id IN (" +
                            need_ids_sql + ") ORDER BY need_id, code",
                        params);
  if (!langs) return langs.error();
  for (const auto& r : langs->rows) {
    if (auto it = at.find(r.integer(0)); it != at.end()) {
      out[it->second].data.languages.push_back(r.text(1));
    }
  }
  return out;
}

Status write_lists(store::Conn& c, std::int64_t need_id, const NeedData& d) {
  for (const char* sql : {"DELETE FROM need_skills WHERE need_id = $1",
                          "DELETE FROM need_languages WHERE need_id = $1"}) {
    if (auto r = c.query(sql, store::params(need_id)); !r) return r.error();
  }
  for (const auto& s : d.skills) {
    auto r = c.query("INSERT INTO need_skills (need_id, skill_id, level) VALUES ($1, $2, $3)",
                     store::params(need_id, s.skill_id, s.level));
    if (!r) return r.error();
  }
  for (const auto& l : d.languages) {
    auto r = c.query("INSERT INTO need_languages (need_id, code) VALUES ($1, $2)",
                     store::params(need_id, l));
    if (!r) return r.error();
  }
  return {};
}

// The change-log rows of a write to a need: the need itself and its project.
Status log_change(store::Conn& c, std::int64_t need_id, std::int64_t project_id) {
  if (auto st = changes::change_log_store::record(c, changes::kNeed, need_id); !st) return st;
  return changes::change_log_store::record(c, changes::kProject, project_id);
}

Status write_fields(store::Conn& c, std::int64_t need_id, const NeedData& d,
                    const std::string& now) {
  auto r = c.query(
      "UPDATE needs SET title = $1, description = $2, mode = $3, period_start = $4, "
      "period_end = $5, effort_days = $6, amount_minor = $7, currency = $8, item = $9, "
      "quantity = $10, updated_at = $11 WHERE id = $12",
      store::params(d.title, d.description, opt_text(d.mode), opt_text(d.period_start),
                    opt_text(d.period_end), d.effort_days, d.amount_minor, opt_text(d.currency),
                    opt_text(d.item), d.quantity, now, need_id));
  if (!r) return r.error();
  return write_lists(c, need_id, d);
}

}  // namespace

namespace {

std::vector<SkillRef> skill_refs(const store::Rows& rows) {
  std::vector<SkillRef> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4)});
  }
  return out;
}

}  // namespace

Result<std::vector<SkillRef>> skills(store::Db& db) {
  auto rows = db.query("SELECT id, slug, name_fr, name_ar, name_en FROM skills ORDER BY slug");
  if (!rows) return rows.error();
  return skill_refs(*rows);
}

Result<std::vector<SkillRef>> skills_of_project(store::Db& db, std::int64_t project_id) {
  auto rows = db.query(
      "SELECT s.id, s.slug, s.name_fr, s.name_ar, s.name_en FROM skills s WHERE s.id IN "
      "(SELECT ns.skill_id FROM need_skills ns JOIN needs n ON n.id = ns.need_id "
      "WHERE n.project_id = $1) ORDER BY s.slug",
      store::params(project_id));
  if (!rows) return rows.error();
  return skill_refs(*rows);
}

Result<std::optional<ProjectRef>> project(store::Db& db, std::int64_t project_id) {
  auto rows = db.query(
      "SELECT p.id, p.title, p.summary, p.status, p.carrier_id, o.name, p.territory_id, "
      "t.name_fr, t.name_ar, CASE WHEN p.cover_type IS NULL THEN 0 ELSE 1 END "
      "FROM projects p JOIN organisations o ON o.id = p.carrier_id "
      "JOIN territories t ON t.id = p.territory_id WHERE p.id = $1",
      store::params(project_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<ProjectRef>{};
  const auto& r = rows->rows.front();
  return std::optional<ProjectRef>{ProjectRef{r.integer(0), r.text(1), r.text(2), r.text(3),
                                              r.integer(4), r.text(5), r.integer(6), r.text(7),
                                              r.text(8), r.integer(9) != 0}};
}

Result<std::optional<Need>> find(store::Db& db, std::int64_t need_id) {
  auto all = load(db, "WHERE n.id = $1", "$1", store::params(need_id));
  if (!all) return all.error();
  if (all->empty()) return std::optional<Need>{};
  return std::optional<Need>{std::move(all->front())};
}

Result<std::vector<Need>> find_many(store::Db& db, const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return std::vector<Need>{};
  std::string list;
  std::vector<store::Value> params;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) list += ", ";
    list += "$" + std::to_string(i + 1);
    params.emplace_back(ids[i]);
  }
  auto all = load(db, "WHERE n.id IN (" + list + ")", list, params);
  if (!all) return all.error();
  std::vector<Need> out;
  for (auto id : ids) {
    auto it = std::find_if(all->begin(), all->end(), [&](const Need& n) { return n.id == id; });
    if (it != all->end()) out.push_back(*it);
  }
  return out;
}

Result<std::vector<Need>> for_project(store::Db& db, std::int64_t project_id) {
  return load(db,
              "WHERE n.project_id = $1 ORDER BY CASE n.status WHEN 'open' THEN 0 "
              "WHEN 'discussion' THEN 1 WHEN 'satisfied' THEN 2 ELSE 3 END, "
              "n.created_at DESC, n.id DESC",
              "SELECT id FROM needs WHERE project_id = $1", store::params(project_id));
}

Result<std::int64_t> count_open(store::Db& db) {
  auto rows = db.query("SELECT COUNT(*) FROM needs WHERE status = 'open'");
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, std::int64_t project_id,
                            const NeedData& d) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto p = c.query("SELECT 1 FROM projects WHERE id = $1", store::params(project_id));
    if (!p) return p.error();
    if (p->empty()) return Error::not_found();
    auto now = core::iso_now();
    std::optional<std::int64_t> author;
    if (actor_id != 0) author = actor_id;
    auto ins = c.query(
        "INSERT INTO needs (project_id, kind, title, status, created_by, created_at, updated_at) "
        "VALUES ($1, $2, $3, 'open', $4, $5, $5) RETURNING id",
        store::params(project_id, d.kind, d.title, author, now));
    if (!ins) return ins.error();
    auto id = ins->rows.front().integer(0);
    if (auto st = write_fields(c, id, d, now); !st) return st.error();
    if (auto st = log_change(c, id, project_id); !st) return st.error();
    if (auto st =
            audit::audit_store::record(c, actor_id, "need.created", "need", id,
                                       "project " + std::to_string(project_id) + ", " + d.kind);
        !st) {
      return st.error();
    }
    return id;
  });
}

Status update(store::Db& db, std::int64_t actor_id, std::int64_t need_id, const NeedData& d) {
  auto r = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    auto cur = c.query("SELECT project_id FROM needs WHERE id = $1", store::params(need_id));
    if (!cur) return cur.error();
    if (cur->empty()) return Error::not_found();
    auto project_id = cur->rows.front().integer(0);
    if (auto st = write_fields(c, need_id, d, core::iso_now()); !st) return st.error();
    if (auto st = log_change(c, need_id, project_id); !st) return st.error();
    if (auto st = audit::audit_store::record(c, actor_id, "need.updated", "need", need_id, "");
        !st) {
      return st.error();
    }
    return 1;
  });
  if (!r) return r.error();
  return {};
}

Status set_status(store::Db& db, std::int64_t actor_id, std::int64_t need_id,
                  const std::string& to) {
  auto r = db.transaction<int>([&](store::Conn& c) -> Result<int> {
    auto cur =
        c.query("SELECT project_id, status FROM needs WHERE id = $1", store::params(need_id));
    if (!cur) return cur.error();
    if (cur->empty()) return Error::not_found();
    auto project_id = cur->rows.front().integer(0);
    auto from = cur->rows.front().text(1);
    if (!can_transition(from, to)) {
      return Error::invalid("needs.errors.status", {{"status", "needs.errors.status"}});
    }
    // The status read above must still be the one we move from: a concurrent change makes this
    // match no row, and the person reloads instead of skipping a rule of the lifecycle.
    auto up = c.query("UPDATE needs SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
                      store::params(to, core::iso_now(), need_id, from));
    if (!up) return up.error();
    if (up->affected == 0) return Error::conflict();
    if (auto st = log_change(c, need_id, project_id); !st) return st.error();
    if (auto st = audit::audit_store::record(c, actor_id, "need.status_changed", "need", need_id,
                                             from + " -> " + to);
        !st) {
      return st.error();
    }
    return 1;
  });
  if (!r) return r.error();
  return {};
}

Result<std::optional<std::int64_t>> project_id_by_title(store::Conn& conn,
                                                        const std::string& title) {
  auto rows = conn.query("SELECT id FROM projects WHERE title = $1 ORDER BY id LIMIT 1",
                         store::params(title));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows->rows.front().integer(0)};
}

Result<std::int64_t> upsert_demo(store::Conn& c, std::int64_t project_id, const NeedData& d,
                                 const std::string& status) {
  auto now = core::iso_now();
  auto found = c.query("SELECT id FROM needs WHERE project_id = $1 AND title = $2",
                       store::params(project_id, d.title));
  if (!found) return found.error();
  std::int64_t id = 0;
  if (found->empty()) {
    auto ins = c.query(
        "INSERT INTO needs (project_id, kind, title, status, is_demo, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, 1, $5, $5) RETURNING id",
        store::params(project_id, d.kind, d.title, status, now));
    if (!ins) return ins.error();
    id = ins->rows.front().integer(0);
  } else {
    id = found->rows.front().integer(0);
    auto up = c.query("UPDATE needs SET kind = $1, status = $2, is_demo = 1 WHERE id = $3",
                      store::params(d.kind, status, id));
    if (!up) return up.error();
  }
  if (auto st = write_fields(c, id, d, now); !st) return st.error();
  if (auto st = log_change(c, id, project_id); !st) return st.error();
  return id;
}

}  // namespace comdev::needs::need_store
