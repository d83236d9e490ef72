// The team's use cases, shared by the pages and the API: each checks the policy
// (team_permissions.h) and the rules (team_rules.h), then writes in one transaction with its
// notifications and its audit entry. Errors are values: not_found, forbidden (with the reason),
// invalid (with the field), conflict.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "core/time.h"
#include "features/teams/team.h"
#include "features/teams/team_forms.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::teams {

// Where the actor stands in a project's team.
struct Standing {
  ProjectRef project;
  std::optional<RoleKind> role;  // nullopt: not in the team
};
// not_found when there is no such project.
Result<Standing> standing(store::Conn& c, const web::Actor& actor, std::int64_t project_id);
Result<Standing> standing(store::Db& db, const web::Actor& actor, std::int64_t project_id);

// A signed-in member outside the team asks to join; the carriers are notified. Asking twice
// while the first request is open answers the same request (idempotent). Returns its id.
Result<std::int64_t> request_join(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                                  const std::string& message, core::Seconds now);
// A carrier (or an animator) accepts (the member joins as an observer, to be given a role) or
// declines. Returns the project's id.
Result<std::int64_t> answer_request(store::Db& db, const web::Actor& actor, std::int64_t request_id,
                                    bool accept, core::Seconds now);
// Puts a member of the platform, named by their e-mail address, in the team.
Status add_member(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                  const NewMember& in, core::Seconds now);
// Gives a member of the team another role kind and title; never leaves the team without carrier.
Status change_role(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                   std::int64_t member_id, const RoleInput& in, core::Seconds now);
// Takes a member out of the team (not the last carrier, not a carrier by their organisation).
Status remove_member(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                     std::int64_t member_id, core::Seconds now);
// The actor leaves the team (not the last carrier).
Status leave(store::Db& db, const web::Actor& actor, std::int64_t project_id, core::Seconds now);

}  // namespace comdev::teams
