// The discussion's use cases, shared by the pages and the API. A thread or message the actor may
// not read is answered as not found, so guessing ids tells nothing (not even that it exists).
// Time comes from the caller's clock: the 15-minute edit window is a rule (team_rules.h).
#pragma once

#include <cstdint>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "features/teams/team.h"
#include "features/teams/team_actions.h"
#include "features/teams/team_forms.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::teams {

// A thread the actor may read, with where they stand in its team.
struct ThreadAccess {
  Thread thread;
  Standing standing;
};
Result<ThreadAccess> readable_thread(store::Db& db, const web::Actor& actor,
                                     std::int64_t thread_id);

// Opens a thread with its first message; mentioned team members are notified (in-app and in
// their next digest). Returns the thread's id.
Result<std::int64_t> start_thread(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                                  const NewThread& in, core::Seconds now);
// Adds a message to a thread, with its mentions. Returns the message's id.
Result<std::int64_t> post_message(store::Db& db, const web::Actor& actor, std::int64_t thread_id,
                                  const std::string& body, core::Seconds now);
// The author corrects their message within the edit window. Returns the thread's id.
Result<std::int64_t> edit_message(store::Db& db, const web::Actor& actor, std::int64_t message_id,
                                  const std::string& body, const core::Clock& clock);
// A carrier, a team animator or an animator removes a message (audited). Returns the thread's id.
Result<std::int64_t> delete_message(store::Db& db, const web::Actor& actor, std::int64_t message_id,
                                    core::Seconds now);

}  // namespace comdev::teams
