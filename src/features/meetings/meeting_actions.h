// The meetings' use cases, shared by the pages and the API: each checks the policy
// (meeting_permissions.h, the actor's place from teams::standing) and the rules, then writes in
// one transaction with its audit entry. A cancelled meeting refuses every change with a conflict
// (meeting_rules.h open_for_changes). Someone who may not read a team's meetings gets
// not_found for any meeting id, whether it exists or not.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "core/time.h"
#include "features/meetings/meeting.h"
#include "features/teams/team_actions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::meetings {

// A meeting with where the actor stands in its team, when the actor may read it.
struct MeetingAccess {
  Meeting meeting;
  teams::Standing standing;
};
Result<MeetingAccess> readable_meeting(store::Db& db, const web::Actor& actor,
                                       std::int64_t meeting_id);
// The project with the actor's standing, when the actor may read its meetings.
Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id);

Result<std::int64_t> schedule(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                              const MeetingInput& in, core::Seconds now);
// Changes a meeting's details (organisers).
Status edit(store::Db& db, const web::Actor& actor, std::int64_t meeting_id, const MeetingInput& in,
            core::Seconds now);
// Calls the meeting off (organisers), with an optional reason; it stays, marked cancelled, and
// takes no more answers, changes or minutes. True when this call cancelled it, false when it
// already was (nothing written again: a retried request is harmless). Records the audit entry
// and the project's activity event once.
Result<bool> cancel(store::Db& db, const web::Actor& actor, std::int64_t meeting_id,
                    const std::string& reason, core::Seconds now);
Status answer(store::Db& db, const web::Actor& actor, std::int64_t meeting_id, Answer a,
              core::Seconds now);
Status write_minutes(store::Db& db, const web::Actor& actor, std::int64_t meeting_id,
                     const std::string& minutes_md, core::Seconds now);

// The member's zone (empty: the community's).
Status set_zone(store::Db& db, std::int64_t member_id, const std::string& zone);
// A new secret feed address for the member (the previous one stops working): returns the token,
// shown once; only its hash is kept.
Result<std::string> renew_feed(store::Db& db, std::int64_t member_id, core::Seconds now);
Status revoke_feed(store::Db& db, std::int64_t member_id);

}  // namespace comdev::meetings
