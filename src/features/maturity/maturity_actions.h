// The maturity path's use cases, shared by the pages and the API: each checks the policy
// (maturity_permissions.h) and the rules (maturity_rules.h), then writes in one transaction with
// its audit entry and the project's activity timeline. Errors are values: not_found, forbidden
// (with the reason), invalid (with the field), conflict (an incomplete checklist).
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "core/time.h"
#include "features/maturity/maturity.h"
#include "features/teams/team_actions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::maturity {

struct PathAccess {
  Path path;
  teams::Standing standing;
};
// The project's path as it stands now (anyone may read it; not_found when there is no project).
Result<PathAccess> read_path(store::Db& db, const web::Actor& actor, std::int64_t project_id);

// A carrier (or an animator) ticks an item of the project's checklist with its evidence, or
// unticks it. Computed items are not ticked (409); an item of another community is not found.
Status tick(store::Db& db, const web::Actor& actor, std::int64_t project_id, std::int64_t item_id,
            const TickInput& in, core::Seconds now);

// Moves the project along its lifecycle, in one transaction with the check of the checklists of
// the stages it enters: complete, or overridden by an animator with a reason (audited). The move
// is dated in the project's history and told in its activity timeline. True when overridden.
Result<bool> advance(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                     const AdvanceInput& in, core::Seconds now);

// The gate of the project page's status form: an incomplete checklist refuses the move (that
// form has no override; the path's page has).
Status check_move(store::Db& db, std::int64_t project_id, const std::string& from,
                  const std::string& to);

// The checklists of a community, written by its animators (audited).
Result<std::int64_t> add_item(store::Db& db, const web::Actor& actor, std::int64_t community_id,
                              const ItemInput& in, core::Seconds now);
Status change_item(store::Db& db, const web::Actor& actor, std::int64_t item_id,
                   const ItemInput& in);
Status remove_item(store::Db& db, const web::Actor& actor, std::int64_t item_id);

}  // namespace comdev::maturity
