#include "features/needslist/needslist_fixture_store.h"

#include "core/time.h"
#include "features/changes/change_log_store.h"

namespace comdev::needslist::fixture_store {
namespace {

using store::params;

Result<std::int64_t> returning_id(store::Conn& c, std::string_view sql,
                                  const std::vector<store::Value>& ps) {
  auto r = c.query(sql, ps);
  if (!r) return r.error();
  if (r->rows.empty()) return Error::internal("no id returned");
  return r->rows[0].integer(0);
}

}  // namespace

Result<std::int64_t> territory(store::Db& db, const std::string& kind, const std::string& slug,
                               std::int64_t parent_id) {
  return db.transaction<std::int64_t>([&](store::Conn& c) {
    return returning_id(c,
                        "INSERT INTO territories (parent_id, kind, slug, name_fr, name_ar) "
                        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                        params(parent_id ? std::optional<std::int64_t>(parent_id) : std::nullopt,
                               kind, slug, "Fr " + slug, "Ar " + slug));
  });
}

Result<std::int64_t> skill_id(store::Db& db, const std::string& slug) {
  auto r = db.query("SELECT id FROM skills WHERE slug = $1", params(slug));
  if (!r) return r.error();
  if (r->rows.empty()) return Error::not_found();
  return r->rows[0].integer(0);
}

Result<std::int64_t> project(store::Db& db, const std::string& title, std::int64_t territory_id,
                             const std::vector<std::string>& sectors) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto now = core::iso_now();
    auto org = returning_id(c,
                            "INSERT INTO organisations (type, name, created_at) "
                            "VALUES ('village_association', $1, $2) RETURNING id",
                            params("Carrier of " + title, now));
    if (!org) return org;
    auto id = returning_id(c,
                           "INSERT INTO projects (title, carrier_id, territory_id, created_at, "
                           "updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
                           params(title, *org, territory_id, now));
    if (!id) return id;
    for (const auto& s : sectors) {
      auto r = c.query("INSERT INTO project_sectors (project_id, sector) VALUES ($1, $2)",
                       params(*id, s));
      if (!r) return r.error();
    }
    if (auto st = changes::change_log_store::record(c, changes::kProject, *id); !st)
      return st.error();
    return id;
  });
}

Result<std::int64_t> need(store::Db& db, const FixtureNeed& n) {
  auto opt = [](const std::string& s) {
    return s.empty() ? std::optional<std::string>() : std::optional<std::string>(s);
  };
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto at = n.created_at.empty() ? core::iso_now() : n.created_at;
    auto id = returning_id(
        c,
        "INSERT INTO needs (project_id, kind, title, status, mode, period_start, period_end, "
        "effort_days, amount_minor, currency, item, quantity, created_at, updated_at) VALUES "
        "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
        params(n.project_id, n.kind, n.title, n.status, opt(n.mode), opt(n.period_start),
               opt(n.period_end), n.effort_days, n.amount_minor, opt(n.currency), opt(n.item),
               n.quantity, at));
    if (!id) return id;
    for (auto s : n.skill_ids) {
      auto r = c.query(
          "INSERT INTO need_skills (need_id, skill_id, level) VALUES ($1, $2, 'intermediate')",
          params(*id, s));
      if (!r) return r.error();
    }
    if (auto st = changes::change_log_store::record(c, changes::kNeed, *id); !st) return st.error();
    return id;
  });
}

Status set_status(store::Db& db, std::int64_t need_id, const std::string& status) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto u = c.query("UPDATE needs SET status = $1, updated_at = $2 WHERE id = $3",
                     params(status, core::iso_now(), need_id));
    if (!u) return u.error();
    if (auto st = changes::change_log_store::record(c, changes::kNeed, need_id); !st)
      return st.error();
    return true;
  });
  if (!r) return r.error();
  return {};
}

Status move_project(store::Db& db, std::int64_t project_id, std::int64_t territory_id) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto u = c.query("UPDATE projects SET territory_id = $1 WHERE id = $2",
                     params(territory_id, project_id));
    if (!u) return u.error();
    if (auto st = changes::change_log_store::record(c, changes::kProject, project_id); !st)
      return st.error();
    return true;
  });
  if (!r) return r.error();
  return {};
}

Status delete_project(store::Db& db, std::int64_t project_id) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto u = c.query("DELETE FROM projects WHERE id = $1", params(project_id));
    if (!u) return u.error();
    if (auto st = changes::change_log_store::record(c, changes::kProject, project_id); !st)
      return st.error();
    return true;
  });
  if (!r) return r.error();
  return {};
}

}  // namespace comdev::needslist::fixture_store
