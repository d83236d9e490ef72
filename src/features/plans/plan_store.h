// All SQL about development plans, their axes and actions.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/plans/plan.h"
#include "store/db.h"

namespace comdev::plans::plan_store {

// Every plan, by commune then newest period first, with its number of actions (no axes).
Result<std::vector<Plan>> list(store::Db& db);
// One plan with its axes (in order) and their actions with douars.
Result<std::optional<Plan>> find(store::Db& db, std::int64_t id);
// One action as other features need it (projects pre-fill a project from a PCD action).
Result<std::optional<ActionRef>> find_action(store::Db& db, std::int64_t action_id);

// A commune organisation that can hold a plan: its commune territory.
struct Commune {
  std::int64_t organisation_id = 0;
  std::string name;
  std::int64_t territory_id = 0;
};
// Organisations of type commune placed on a territory, by name.
Result<std::vector<Commune>> communes(store::Db& db);
// The douars below a commune territory, by French name.
Result<std::vector<Douar>> douars_of(store::Db& db, std::int64_t commune_territory_id);
// The plan's action titles, as plan_rules::title_key compares them.
Result<std::set<std::string>> title_keys(store::Db& db, std::int64_t plan_id);

// Creates a plan on the organisation's commune and writes the audit entry, in one transaction.
// Error::conflict("plans.errors.period_taken") when the commune has a plan starting that year.
Result<std::int64_t> create(store::Db& db, std::int64_t actor_id, const NewPlan& p,
                            std::int64_t territory_id);
// Changes title, period and summary (not the commune). Same conflict as create.
Status update(store::Db& db, std::int64_t actor_id, std::int64_t plan_id, const NewPlan& p);

// Adds the actions (each under the axis of its title, created when new) in ONE transaction with
// one audit entry `audit_action` ("plan.action.added", "plan.actions.imported"): all or none.
// Actions whose title the plan already holds are skipped (a repeated confirmation imports
// nothing twice). Returns how many were added.
Result<std::int64_t> add_actions(store::Db& db, std::int64_t actor_id, std::int64_t plan_id,
                                 const std::vector<NewAction>& actions,
                                 std::string_view audit_action);

// Demo data (safe to run twice): the plan by (organisation, period_start), its axes by title,
// its actions by title, updated in place.
Result<std::int64_t> upsert_demo(store::Conn& conn, const NewPlan& p, std::int64_t territory_id);
Status upsert_demo_action(store::Conn& conn, std::int64_t plan_id, const NewAction& a);

}  // namespace comdev::plans::plan_store
