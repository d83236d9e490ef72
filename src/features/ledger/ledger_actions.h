// The ledger's use cases, shared by the pages and the API: each checks the policy
// (ledger_permissions.h) inside the transaction that appends, so a role lost a moment ago
// counts. Entries are only ever appended (ledger_store::append_entry); budget lines are the one
// thing edited in place.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "core/time.h"
#include "features/ledger/ledger.h"
#include "features/teams/team_actions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::ledger {

// Records a money_in, money_out, grant or material entry (carriers: Action::record) or a skill
// (Action::declare_skill) as `actor`, now. `e` comes from parse_entry.
Result<Entry> record(store::Db& db, const web::Actor& actor, std::int64_t project_id, NewEntry e,
                     core::Seconds now);

// Appends a reversal of `entry_id` with `reason` (Action::reverse).
Result<Entry> reverse(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                      std::int64_t entry_id, const std::string& reason, core::Seconds now);

// Appends the confirmation of the skill `entry_id` (Action::confirm_skill; not one's own).
Result<Entry> confirm(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                      std::int64_t entry_id, core::Seconds now);

// Budget lines (Action::edit_budget).
Result<std::int64_t> add_budget_line(store::Db& db, const web::Actor& actor,
                                     std::int64_t project_id, BudgetLine l, core::Seconds now);
Status update_budget_line(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                          BudgetLine l, core::Seconds now);
Status remove_budget_line(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                          std::int64_t line_id);
// Adds a line for each funding need of the project that no line has the title of yet.
Result<int> lines_from_needs(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                             core::Seconds now);

}  // namespace comdev::ledger
