#include "features/projects/project_store.h"

#include <algorithm>
#include <unordered_map>

#include "core/time.h"
#include "features/audit/audit_store.h"
#include "features/changes/change_log_store.h"
#include "features/projects/project_store_detail.h"

namespace comdev::projects::project_store {
namespace detail {

Status ok() {
  return {};
}

Status as_status(Result<bool> r) {
  if (!r) return r.error();
  return {};
}

std::optional<std::int64_t> id_or_null(std::int64_t id) {
  if (id == 0) return std::nullopt;
  return id;
}

Result<bool> exists(store::Conn& c, const char* sql, std::int64_t id) {
  auto rows = c.query(sql, store::params(id));
  if (!rows) return rows.error();
  return !rows->empty();
}

// What the form cannot check: every id names something, and the point is on the territory.
Status check_references(store::Conn& c, const ProjectData& d) {
  std::vector<FieldError> errors;
  auto org = exists(c, "SELECT 1 FROM organisations WHERE id = $1", d.carrier_id);
  if (!org) return org.error();
  if (!*org) errors.push_back({"carrier", "projects.errors.carrier"});
  auto ter = exists(c, "SELECT 1 FROM territories WHERE id = $1", d.territory_id);
  if (!ter) return ter.error();
  if (!*ter) errors.push_back({"territory", "projects.errors.territory"});
  for (const auto& p : d.partners) {
    auto e = exists(c, "SELECT 1 FROM organisations WHERE id = $1", p.organisation_id);
    if (!e) return e.error();
    if (!*e) {
      errors.push_back({"partners", "projects.errors.partners"});
      break;
    }
  }
  if (d.plan_action_id != 0) {
    auto e = exists(c, "SELECT 1 FROM plan_actions WHERE id = $1", d.plan_action_id);
    if (!e) return e.error();
    if (!*e) errors.push_back({"plan_action", "projects.errors.plan_action"});
  }
  if (*ter && d.lat && d.lon) {
    auto a = anchor(c, d.territory_id);
    if (!a) return a.error();
    if (!point_on_territory(*d.lat, *d.lon, *a)) {
      errors.push_back({"lat", "projects.errors.point_outside"});
    }
  }
  if (!errors.empty()) return Error::invalid("errors.invalid", std::move(errors));
  return ok();
}

Status write_sectors_and_partners(store::Conn& c, std::int64_t id, const ProjectData& d) {
  for (const char* sql : {"DELETE FROM project_sectors WHERE project_id = $1",
                          "DELETE FROM project_partners WHERE project_id = $1"}) {
    if (auto r = c.query(sql, store::params(id)); !r) return r.error();
  }
  for (const auto& s : d.sectors) {
    auto r = c.query("INSERT INTO project_sectors (project_id, sector) VALUES ($1, $2)",
                     store::params(id, s));
    if (!r) return r.error();
  }
  for (const auto& p : d.partners) {
    if (p.organisation_id == d.carrier_id) continue;  // the carrier is not its own partner
    auto r = c.query(
        "INSERT INTO project_partners (project_id, organisation_id, role) VALUES ($1, $2, $3)",
        store::params(id, p.organisation_id, p.role));
    if (!r) return r.error();
  }
  return ok();
}

Status touch(store::Conn& c, std::int64_t id) {
  auto r = c.query("UPDATE projects SET updated_at = $1 WHERE id = $2",
                   store::params(core::iso_now(), id));
  if (!r) return r.error();
  return changes::change_log_store::record(c, changes::kProject, id);
}

Status insert_history(store::Conn& c, std::int64_t id, std::optional<std::string> from,
                      const std::string& to, std::int64_t actor_id, const std::string& note,
                      const std::string& at) {
  auto r = c.query(
      "INSERT INTO project_status_changes (project_id, from_status, to_status, changed_by, note, "
      "changed_at) VALUES ($1, $2, $3, $4, $5, $6)",
      store::params(id, from, to, id_or_null(actor_id), note, at));
  if (!r) return r.error();
  return ok();
}

}  // namespace detail

namespace {

using namespace detail;

constexpr const char* kListColumns =
    "SELECT p.id, p.title, p.summary, p.lang, p.status, o.name, t.name_fr, t.name_ar, p.is_demo, "
    "p.updated_at, p.created_at FROM projects p JOIN organisations o ON o.id = p.carrier_id "
    "JOIN territories t ON t.id = p.territory_id ";

// The WHERE clause of a list filter, with only the conditions that are set: a condition written
// as "($1 = '' OR …)" keeps SQLite from using the index on created_at, and the unfiltered list
// (the home page's latest projects) then sorts every project.
struct Where {
  std::string cte;  // the territory and the places below it
  std::string sql;
  std::vector<store::Value> params;
  std::string next(store::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  }
};

Where where_of(const Filter& f) {
  Where w;
  std::vector<std::string> conditions;
  if (f.territory_id != 0) {
    w.cte = "WITH RECURSIVE below(id) AS (SELECT id FROM territories WHERE id = " +
            w.next(f.territory_id) +
            " UNION SELECT t.id FROM territories t JOIN below b ON t.parent_id = b.id) ";
    conditions.push_back("p.territory_id IN (SELECT id FROM below)");
  }
  if (!f.sector.empty()) {
    conditions.push_back(
        "EXISTS (SELECT 1 FROM project_sectors s WHERE s.project_id = p.id AND s.sector = " +
        w.next(f.sector) + ")");
  }
  if (!f.status.empty()) conditions.push_back("p.status = " + w.next(f.status));
  // Row values, which both databases compare in the order of the index on (created_at, id).
  if (f.after) {
    conditions.push_back("(p.created_at, p.id) < (" + w.next(f.after->created_at) + ", " +
                         w.next(f.after->id) + ")");
  }
  if (f.before) {
    conditions.push_back("(p.created_at, p.id) > (" + w.next(f.before->created_at) + ", " +
                         w.next(f.before->id) + ")");
  }
  for (std::size_t i = 0; i < conditions.size(); ++i)
    w.sql += (i == 0 ? "WHERE " : " AND ") + conditions[i];
  w.sql += ' ';
  return w;
}

// "IN ($k, …)" over a fixed number of placeholders (unused ones hold 0, which no row has), so a
// page's follow-up queries are the same few statements, prepared once per connection, whatever
// ids the page holds.
std::string in_list(Where& w, const std::vector<std::int64_t>& ids) {
  std::size_t slots = ids.size() <= 21 ? 21 : ids.size() <= 101 ? 101 : ids.size();
  std::string out = "(";
  for (std::size_t i = 0; i < slots; ++i) {
    out += (i == 0 ? "" : ", ") + w.next(i < ids.size() ? ids[i] : std::int64_t{0});
  }
  return out + ")";
}

Result<std::vector<std::string>> sectors_of(store::Db& db, std::int64_t id) {
  auto rows = db.query("SELECT sector FROM project_sectors WHERE project_id = $1 ORDER BY sector",
                       store::params(id));
  if (!rows) return rows.error();
  std::vector<std::string> out;
  for (const auto& r : rows->rows) out.push_back(r.text(0));
  return out;
}

Result<std::vector<Translation>> translations_of(store::Db& db, std::int64_t id) {
  auto rows = db.query(
      "SELECT lang, title, summary FROM project_translations WHERE project_id = $1 ORDER BY lang",
      store::params(id));
  if (!rows) return rows.error();
  std::vector<Translation> out;
  for (const auto& r : rows->rows) out.push_back({r.text(0), r.text(1), r.text(2)});
  return out;
}

// The rows of a list, then the sectors and translations of all of them in one query each (not
// two queries per project).
Result<std::vector<ListItem>> read_list(store::Db& db, Result<store::Rows> rows) {
  if (!rows) return rows.error();
  std::vector<ListItem> out;
  std::vector<std::int64_t> ids;
  for (const auto& r : rows->rows) {
    ListItem i;
    i.id = r.integer(0);
    i.title = r.text(1);
    i.summary = r.text(2);
    i.lang = r.text(3);
    i.status = r.text(4);
    i.carrier_name = r.text(5);
    i.territory_fr = r.text(6);
    i.territory_ar = r.text(7);
    i.demo = r.integer(8) != 0;
    i.updated_at = r.text(9);
    i.created_at = r.text(10);
    ids.push_back(i.id);
    out.push_back(std::move(i));
  }
  if (ids.empty()) return out;
  std::unordered_map<std::int64_t, ListItem*> by_id;
  for (auto& i : out) by_id[i.id] = &i;
  // The SQL is built before the call: it fills the parameters the call then reads.
  Where sw;
  std::string sectors_sql = "SELECT project_id, sector FROM project_sectors WHERE project_id IN " +
                            in_list(sw, ids) + " ORDER BY project_id, sector";
  auto sectors = db.query(sectors_sql, sw.params);
  if (!sectors) return sectors.error();
  for (const auto& r : sectors->rows) by_id[r.integer(0)]->sectors.push_back(r.text(1));
  Where tw;
  std::string translations_sql =
      "SELECT project_id, lang, title, summary FROM project_translations WHERE project_id IN " +
      in_list(tw, ids) + " ORDER BY project_id, lang";
  auto translations = db.query(translations_sql, tw.params);
  if (!translations) return translations.error();
  for (const auto& r : translations->rows) {
    by_id[r.integer(0)]->translations.push_back({r.text(1), r.text(2), r.text(3)});
  }
  return out;
}

}  // namespace

Result<std::optional<Anchor>> anchor(store::Conn& c, std::int64_t territory_id) {
  // Walk up to the nearest placed territory (a few levels at most).
  std::int64_t id = territory_id;
  for (int depth = 0; id != 0 && depth < 8; ++depth) {
    auto rows = c.query(
        "SELECT lat, lon, kind, COALESCE(parent_id, 0) FROM territories "
        "WHERE id = $1",
        store::params(id));
    if (!rows) return rows.error();
    if (rows->empty()) break;
    const auto& r = rows->rows.front();
    if (!r.is_null(0) && !r.is_null(1)) {
      return std::optional<Anchor>(Anchor{r.real(0), r.real(1), r.text(2)});
    }
    id = r.integer(3);
  }
  return std::optional<Anchor>{};
}

Result<std::optional<Project>> find(store::Db& db, std::int64_t id) {
  auto rows = db.query(
      "SELECT p.id, p.title, p.summary, p.description_md, p.lang, p.status, p.carrier_id, "
      "o.name, p.territory_id, t.name_fr, t.name_ar, t.kind, p.lat, p.lon, "
      "COALESCE(p.plan_action_id, 0), COALESCE(a.title, ''), COALESCE(a.plan_id, 0), "
      "p.cover_type IS NOT NULL, p.is_demo, COALESCE(p.created_by, 0), p.created_at, "
      "p.updated_at FROM projects p JOIN organisations o ON o.id = p.carrier_id "
      "JOIN territories t ON t.id = p.territory_id "
      "LEFT JOIN plan_actions a ON a.id = p.plan_action_id WHERE p.id = $1",
      store::params(id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Project>{};
  const auto& r = rows->rows.front();
  Project p;
  p.id = r.integer(0);
  p.data.title = r.text(1);
  p.data.summary = r.text(2);
  p.data.description_md = r.text(3);
  p.data.lang = r.text(4);
  p.data.status = r.text(5);
  p.data.carrier_id = r.integer(6);
  p.carrier_name = r.text(7);
  p.data.territory_id = r.integer(8);
  p.territory_fr = r.text(9);
  p.territory_ar = r.text(10);
  p.territory_kind = r.text(11);
  if (!r.is_null(12) && !r.is_null(13)) {
    p.data.lat = r.real(12);
    p.data.lon = r.real(13);
  }
  p.data.plan_action_id = r.integer(14);
  p.plan_action_title = r.text(15);
  p.plan_id = r.integer(16);
  p.has_cover = r.integer(17) != 0;
  p.demo = r.integer(18) != 0;
  p.created_by = r.integer(19);
  p.created_at = r.text(20);
  p.updated_at = r.text(21);
  auto s = sectors_of(db, id);
  if (!s) return s.error();
  p.data.sectors = std::move(*s);
  auto t = translations_of(db, id);
  if (!t) return t.error();
  p.translations = std::move(*t);
  auto partners = db.query(
      "SELECT pp.organisation_id, o.name, pp.role FROM project_partners pp "
      "JOIN organisations o ON o.id = pp.organisation_id WHERE pp.project_id = $1 ORDER BY o.name",
      store::params(id));
  if (!partners) return partners.error();
  for (const auto& pr : partners->rows) {
    p.data.partners.push_back({pr.integer(0), pr.text(1), pr.text(2)});
  }
  return std::optional<Project>(std::move(p));
}

Result<std::vector<ListItem>> list(store::Db& db, const Filter& f) {
  Where w = where_of(f);
  // Before a cursor, read upwards from it (the nearest first), then turn the page round.
  const char* order = f.before ? "ORDER BY p.created_at, p.id LIMIT "
                               : "ORDER BY p.created_at DESC, p.id DESC LIMIT ";
  std::string sql = w.cte + kListColumns + w.sql + order;
  sql += w.next(std::int64_t{f.limit});
  sql += " OFFSET " + w.next(std::int64_t{f.offset});
  auto items = read_list(db, db.query(sql, w.params));
  if (items && f.before) std::reverse(items->begin(), items->end());
  return items;
}

Result<std::optional<Cursor>> cursor_of(store::Db& db, std::int64_t id) {
  auto rows = db.query("SELECT created_at, id FROM projects WHERE id = $1", store::params(id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Cursor>{};
  return std::optional<Cursor>(Cursor{rows->rows.front().text(0), rows->rows.front().integer(1)});
}

Result<std::int64_t> count(store::Db& db, const Filter& f) {
  Where w = where_of(f);
  auto rows = db.query(w.cte + "SELECT COUNT(*) FROM projects p " + w.sql, w.params);
  if (!rows) return rows.error();
  return rows->rows.front().integer(0);
}

Result<std::vector<ListItem>> latest(store::Db& db, int n) {
  Filter f;
  f.limit = n;
  return list(db, f);
}

Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, const ProjectData& d) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    if (auto st = check_references(c, d); !st) return st.error();
    auto now = core::iso_now();
    auto ins = c.query(
        "INSERT INTO projects (title, summary, description_md, lang, status, carrier_id, "
        "territory_id, lat, lon, plan_action_id, is_demo, created_by, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $12, $12) RETURNING id",
        store::params(d.title, d.summary, d.description_md, d.lang, d.status, d.carrier_id,
                      d.territory_id, d.lat, d.lon, id_or_null(d.plan_action_id),
                      id_or_null(actor_id), now));
    if (!ins) return ins.error();
    auto id = ins->rows.front().integer(0);
    if (auto st = write_sectors_and_partners(c, id, d); !st) return st.error();
    if (auto st = insert_history(c, id, std::nullopt, d.status, actor_id, "", now); !st) {
      return st.error();
    }
    if (auto st =
            audit::audit_store::record(c, actor_id, "project.created", "project", id, d.status);
        !st) {
      return st.error();
    }
    if (auto st = changes::change_log_store::record(c, changes::kProject, id); !st) {
      return st.error();
    }
    return id;
  });
}

Status update(store::Db& db, std::int64_t actor_id, std::int64_t id, const ProjectData& d) {
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto st = check_references(c, d); !st) return st.error();
    auto r = c.query(
        "UPDATE projects SET title = $1, summary = $2, description_md = $3, lang = $4, "
        "carrier_id = $5, territory_id = $6, lat = $7, lon = $8, plan_action_id = $9, "
        "updated_at = $10 WHERE id = $11 RETURNING id",
        store::params(d.title, d.summary, d.description_md, d.lang, d.carrier_id, d.territory_id,
                      d.lat, d.lon, id_or_null(d.plan_action_id), core::iso_now(), id));
    if (!r) return r.error();
    if (r->empty()) return Error::not_found();
    if (auto st = write_sectors_and_partners(c, id, d); !st) return st.error();
    if (auto st = audit::audit_store::record(c, actor_id, "project.edited", "project", id, "");
        !st) {
      return st.error();
    }
    if (auto st = changes::change_log_store::record(c, changes::kProject, id); !st) {
      return st.error();
    }
    return true;
  }));
}

Status change_status(store::Conn& c, std::int64_t actor_id, std::int64_t id,
                     const StatusChangeInput& in) {
  auto cur = c.query("SELECT status FROM projects WHERE id = $1", store::params(id));
  if (!cur) return cur.error();
  if (cur->empty()) return Error::not_found();
  auto from = cur->rows.front().text(0);
  if (!in.from_status.empty() && in.from_status != from) {
    return Error::conflict("projects.errors.status_changed_meanwhile");
  }
  if (!may_move(from, in.to_status)) {
    return Error::invalid("errors.invalid", {{"status", "projects.errors.status_move"}});
  }
  auto now = core::iso_now();
  // The status is compared again in the UPDATE, so two concurrent moves cannot both apply.
  auto up = c.query(
      "UPDATE projects SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4 "
      "RETURNING id",
      store::params(in.to_status, now, id, from));
  if (!up) return up.error();
  if (up->empty()) return Error::conflict("projects.errors.status_changed_meanwhile");
  if (auto st = insert_history(c, id, from, in.to_status, actor_id, in.note, now); !st) {
    return st.error();
  }
  if (auto st = audit::audit_store::record(c, actor_id, "project.status", "project", id,
                                           from + " -> " + in.to_status);
      !st) {
    return st.error();
  }
  return changes::change_log_store::record(c, changes::kProject, id);
}

Status change_status(store::Db& db, std::int64_t actor_id, std::int64_t id,
                     const StatusChangeInput& in) {
  return as_status(db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    if (auto st = change_status(c, actor_id, id, in); !st) return st.error();
    return true;
  }));
}

Result<std::vector<StatusChange>> history(store::Db& db, std::int64_t id) {
  auto rows = db.query(
      "SELECT COALESCE(h.from_status, ''), h.to_status, h.note, COALESCE(m.display_name, ''), "
      "h.changed_at FROM project_status_changes h LEFT JOIN members m ON m.id = h.changed_by "
      "WHERE h.project_id = $1 ORDER BY h.changed_at, h.id",
      store::params(id));
  if (!rows) return rows.error();
  std::vector<StatusChange> out;
  for (const auto& r : rows->rows) {
    out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
  }
  return out;
}

}  // namespace comdev::projects::project_store
