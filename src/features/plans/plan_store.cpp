#include "features/plans/plan_store.h"

#include <map>

#include "core/time.h"
#include "features/audit/audit_store.h"
#include "features/plans/plan_rules.h"

namespace comdev::plans::plan_store {
namespace {

constexpr const char* kPlanSelect =
    "SELECT p.id, p.organisation_id, o.name, p.territory_id, t.name_fr, t.name_ar, p.title, "
    "p.period_start, p.period_end, p.summary, p.is_demo, "
    "(SELECT COUNT(*) FROM plan_actions a WHERE a.plan_id = p.id) "
    "FROM plans p JOIN organisations o ON o.id = p.organisation_id "
    "JOIN territories t ON t.id = p.territory_id ";

Plan read_plan(const store::Row& r) {
  Plan p;
  p.id = r.integer(0);
  p.organisation_id = r.integer(1);
  p.organisation = r.text(2);
  p.territory_id = r.integer(3);
  p.commune_fr = r.text(4);
  p.commune_ar = r.text(5);
  p.title = r.text(6);
  p.period_start = static_cast<int>(r.integer(7));
  p.period_end = static_cast<int>(r.integer(8));
  p.summary = r.text(9);
  p.demo = r.integer(10) != 0;
  p.action_count = r.integer(11);
  return p;
}

std::optional<std::int64_t> budget_value(const std::optional<std::int64_t>& b) {
  return b;
}

Result<bool> period_taken(store::Conn& c, std::int64_t organisation_id, int period_start,
                          std::int64_t except_id) {
  auto rows =
      c.query("SELECT 1 FROM plans WHERE organisation_id = $1 AND period_start = $2 AND id <> $3",
              store::params(organisation_id, period_start, except_id));
  if (!rows) return rows.error();
  return !rows->empty();
}

// The axis of that title in the plan, created (at the end) when new.
Result<std::int64_t> axis_id(store::Conn& c, std::int64_t plan_id, const std::string& title) {
  auto found = c.query("SELECT id FROM plan_axes WHERE plan_id = $1 AND title = $2",
                       store::params(plan_id, title));
  if (!found) return found.error();
  if (!found->empty()) return found->rows.front().integer(0);
  auto ins = c.query(
      "INSERT INTO plan_axes (plan_id, position, title) VALUES ($1, "
      "(SELECT COALESCE(MAX(position), 0) + 1 FROM plan_axes WHERE plan_id = $1), $2) "
      "RETURNING id",
      store::params(plan_id, title));
  if (!ins) return ins.error();
  return ins->rows.front().integer(0);
}

Status set_douars(store::Conn& c, std::int64_t action_id, const std::vector<std::int64_t>& ids) {
  if (auto d =
          c.query("DELETE FROM plan_action_douars WHERE action_id = $1", store::params(action_id));
      !d) {
    return d.error();
  }
  for (auto id : ids) {
    auto ins = c.query(
        "INSERT INTO plan_action_douars (action_id, territory_id) VALUES ($1, $2) "
        "ON CONFLICT DO NOTHING",
        store::params(action_id, id));
    if (!ins) return ins.error();
  }
  return {};
}

Result<std::int64_t> insert_action(store::Conn& c, std::int64_t plan_id, const NewAction& a) {
  auto axis = axis_id(c, plan_id, a.axis);
  if (!axis) return axis.error();
  auto now = core::iso_now();
  auto ins = c.query(
      "INSERT INTO plan_actions (plan_id, axis_id, title, priority, budget_minor, currency, "
      "status, position, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "(SELECT COALESCE(MAX(position), 0) + 1 FROM plan_actions WHERE plan_id = $1), $8, $8) "
      "RETURNING id",
      store::params(plan_id, *axis, a.title, a.priority, budget_value(a.budget_minor), a.currency,
                    a.status, now));
  if (!ins) return ins.error();
  auto id = ins->rows.front().integer(0);
  if (auto st = set_douars(c, id, a.douar_ids); !st) return st.error();
  return id;
}

// The id of the plan's action with that title (compared as title_key does), if any.
Result<std::optional<std::int64_t>> action_by_title(store::Conn& c, std::int64_t plan_id,
                                                    const std::string& title) {
  auto rows =
      c.query("SELECT id, title FROM plan_actions WHERE plan_id = $1", store::params(plan_id));
  if (!rows) return rows.error();
  auto key = title_key(title);
  for (const auto& r : rows->rows) {
    if (title_key(r.text(1)) == key) return std::optional<std::int64_t>{r.integer(0)};
  }
  return std::optional<std::int64_t>{};
}

}  // namespace

Result<std::vector<Plan>> list(store::Db& db) {
  auto rows = db.query(std::string(kPlanSelect) + "ORDER BY t.name_fr, p.period_start DESC, p.id");
  if (!rows) return rows.error();
  std::vector<Plan> out;
  for (const auto& r : rows->rows) out.push_back(read_plan(r));
  return out;
}

Result<std::optional<Plan>> find(store::Db& db, std::int64_t id) {
  auto rows = db.query(std::string(kPlanSelect) + "WHERE p.id = $1", store::params(id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<Plan>{};
  Plan p = read_plan(rows->rows.front());
  auto axes = db.query("SELECT id, title FROM plan_axes WHERE plan_id = $1 ORDER BY position, id",
                       store::params(id));
  if (!axes) return axes.error();
  std::map<std::int64_t, std::size_t> axis_index;
  for (const auto& r : axes->rows) {
    axis_index[r.integer(0)] = p.axes.size();
    p.axes.push_back(Axis{r.integer(0), r.text(1), {}});
  }
  auto actions = db.query(
      "SELECT id, axis_id, title, priority, budget_minor, currency, status FROM plan_actions "
      "WHERE plan_id = $1 ORDER BY position, id",
      store::params(id));
  if (!actions) return actions.error();
  auto douars = db.query(
      "SELECT d.action_id, t.id, t.slug, t.name_fr, t.name_ar FROM plan_action_douars d "
      "JOIN plan_actions a ON a.id = d.action_id JOIN territories t ON t.id = d.territory_id "
      "WHERE a.plan_id = $1 ORDER BY t.name_fr",
      store::params(id));
  if (!douars) return douars.error();
  std::multimap<std::int64_t, Douar> by_action;
  for (const auto& r : douars->rows) {
    by_action.emplace(r.integer(0), Douar{r.integer(1), r.text(2), r.text(3), r.text(4)});
  }
  for (const auto& r : actions->rows) {
    PlanAction a;
    a.id = r.integer(0);
    a.plan_id = id;
    a.axis_id = r.integer(1);
    a.title = r.text(2);
    a.priority = r.text(3);
    if (!r.is_null(4)) a.budget_minor = r.integer(4);
    a.currency = r.text(5);
    a.status = r.text(6);
    auto [b, e] = by_action.equal_range(a.id);
    for (auto it = b; it != e; ++it) a.douars.push_back(it->second);
    auto ax = axis_index.find(a.axis_id);
    if (ax == axis_index.end()) continue;
    a.axis = p.axes[ax->second].title;
    p.axes[ax->second].actions.push_back(std::move(a));
  }
  return std::optional<Plan>{std::move(p)};
}

Result<std::optional<ActionRef>> find_action(store::Db& db, std::int64_t action_id) {
  auto rows = db.query(
      "SELECT a.id, a.plan_id, p.title, p.organisation_id, p.territory_id, x.title, a.title, "
      "a.priority, a.status, a.currency, a.budget_minor FROM plan_actions a "
      "JOIN plans p ON p.id = a.plan_id JOIN plan_axes x ON x.id = a.axis_id WHERE a.id = $1",
      store::params(action_id));
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<ActionRef>{};
  const auto& r = rows->rows.front();
  ActionRef a;
  a.id = r.integer(0);
  a.plan_id = r.integer(1);
  a.plan_title = r.text(2);
  a.organisation_id = r.integer(3);
  a.territory_id = r.integer(4);
  a.axis = r.text(5);
  a.title = r.text(6);
  a.priority = r.text(7);
  a.status = r.text(8);
  a.currency = r.text(9);
  if (!r.is_null(10)) a.budget_minor = r.integer(10);
  auto d = db.query(
      "SELECT territory_id FROM plan_action_douars WHERE action_id = $1 ORDER BY territory_id",
      store::params(action_id));
  if (!d) return d.error();
  for (const auto& x : d->rows) a.douar_ids.push_back(x.integer(0));
  return std::optional<ActionRef>{std::move(a)};
}

Result<std::vector<Commune>> communes(store::Db& db) {
  auto rows = db.query(
      "SELECT o.id, o.name, o.territory_id FROM organisations o "
      "JOIN territories t ON t.id = o.territory_id "
      "WHERE o.type = 'commune' AND t.kind = 'commune' ORDER BY o.name");
  if (!rows) return rows.error();
  std::vector<Commune> out;
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1), r.integer(2)});
  return out;
}

Result<std::vector<Douar>> douars_of(store::Db& db, std::int64_t commune_territory_id) {
  auto rows = db.query(
      "SELECT id, slug, name_fr, name_ar FROM territories WHERE parent_id = $1 AND kind = 'douar' "
      "ORDER BY name_fr",
      store::params(commune_territory_id));
  if (!rows) return rows.error();
  std::vector<Douar> out;
  for (const auto& r : rows->rows) out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3)});
  return out;
}

Result<std::set<std::string>> title_keys(store::Db& db, std::int64_t plan_id) {
  auto rows = db.query("SELECT title FROM plan_actions WHERE plan_id = $1", store::params(plan_id));
  if (!rows) return rows.error();
  std::set<std::string> out;
  for (const auto& r : rows->rows) out.insert(title_key(r.text(0)));
  return out;
}

Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, const NewPlan& p,
                            std::int64_t territory_id) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto taken = period_taken(c, p.organisation_id, p.period_start, 0);
    if (!taken) return taken.error();
    if (*taken) return Error::conflict("plans.errors.period_taken");
    auto now = core::iso_now();
    auto ins = c.query(
        "INSERT INTO plans (organisation_id, territory_id, title, period_start, period_end, "
        "summary, is_demo, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $7) "
        "RETURNING id",
        store::params(p.organisation_id, territory_id, p.title, p.period_start, p.period_end,
                      p.summary, now));
    if (!ins) return ins.error();
    auto id = ins->rows.front().integer(0);
    if (auto st = audit::audit_store::record(c, actor_id, "plan.created", "plan", id, p.title);
        !st) {
      return st.error();
    }
    return id;
  });
}

Status update(store::Db& db, std::int64_t actor_id, std::int64_t plan_id, const NewPlan& p) {
  auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
    auto org = c.query("SELECT organisation_id FROM plans WHERE id = $1", store::params(plan_id));
    if (!org) return org.error();
    if (org->empty()) return Error::not_found();
    auto taken = period_taken(c, org->rows.front().integer(0), p.period_start, plan_id);
    if (!taken) return taken.error();
    if (*taken) return Error::conflict("plans.errors.period_taken");
    auto up = c.query(
        "UPDATE plans SET title = $2, period_start = $3, period_end = $4, summary = $5, "
        "updated_at = $6 WHERE id = $1",
        store::params(plan_id, p.title, p.period_start, p.period_end, p.summary, core::iso_now()));
    if (!up) return up.error();
    if (auto st = audit::audit_store::record(c, actor_id, "plan.updated", "plan", plan_id, p.title);
        !st) {
      return st.error();
    }
    return true;
  });
  if (!r) return r.error();
  return {};
}

Result<std::int64_t> add_actions(store::Db& db, std::int64_t actor_id, std::int64_t plan_id,
                                 const std::vector<NewAction>& actions,
                                 std::string_view audit_action) {
  return db.transaction<std::int64_t>([&](store::Conn& c) -> Result<std::int64_t> {
    auto plan = c.query("SELECT id FROM plans WHERE id = $1", store::params(plan_id));
    if (!plan) return plan.error();
    if (plan->empty()) return Error::not_found();
    std::int64_t added = 0;
    for (const auto& a : actions) {
      auto existing = action_by_title(c, plan_id, a.title);
      if (!existing) return existing.error();
      if (*existing) continue;
      auto id = insert_action(c, plan_id, a);
      if (!id) return id.error();
      ++added;
    }
    if (added > 0) {
      if (auto up = c.query("UPDATE plans SET updated_at = $2 WHERE id = $1",
                            store::params(plan_id, core::iso_now()));
          !up) {
        return up.error();
      }
      if (auto st = audit::audit_store::record(c, actor_id, audit_action, "plan", plan_id,
                                               std::to_string(added));
          !st) {
        return st.error();
      }
    }
    return added;
  });
}

Result<std::int64_t> upsert_demo(store::Conn& conn, const NewPlan& p, std::int64_t territory_id) {
  auto now = core::iso_now();
  auto rows = conn.query(
      "INSERT INTO plans (organisation_id, territory_id, title, period_start, period_end, summary, "
      "is_demo, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7) "
      "ON CONFLICT (organisation_id, period_start) DO UPDATE SET territory_id = "
      "excluded.territory_id, title = excluded.title, period_end = excluded.period_end, "
      "summary = excluded.summary, is_demo = 1, updated_at = excluded.updated_at RETURNING id",
      store::params(p.organisation_id, territory_id, p.title, p.period_start, p.period_end,
                    p.summary, now));
  if (!rows) return rows.error();
  if (rows->empty()) return Error::internal("upsert of plan returned no id");
  return rows->rows.front().integer(0);
}

Status upsert_demo_action(store::Conn& conn, std::int64_t plan_id, const NewAction& a) {
  auto existing = action_by_title(conn, plan_id, a.title);
  if (!existing) return existing.error();
  if (!*existing) {
    auto id = insert_action(conn, plan_id, a);
    if (!id) return id.error();
    return {};
  }
  auto axis = axis_id(conn, plan_id, a.axis);
  if (!axis) return axis.error();
  auto up = conn.query(
      "UPDATE plan_actions SET axis_id = $2, priority = $3, budget_minor = $4, currency = $5, "
      "status = $6, updated_at = $7 WHERE id = $1",
      store::params(**existing, *axis, a.priority, budget_value(a.budget_minor), a.currency,
                    a.status, core::iso_now()));
  if (!up) return up.error();
  return set_douars(conn, **existing, a.douar_ids);
}

}  // namespace comdev::plans::plan_store
