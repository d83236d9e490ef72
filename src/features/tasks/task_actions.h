// The task use cases, shared by the pages and the API: each checks the policy
// (task_permissions.h) and the rules (task_rules.h), then writes in one transaction. The owner
// must be in the project's team and the need one of the project's (422 naming the field). A task
// the actor may not read is answered as not found, so guessing ids tells nothing.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "core/time.h"
#include "features/tasks/task.h"
#include "features/teams/team_actions.h"
#include "store/db.h"
#include "web/actor.h"

namespace comdev::tasks {

// A task the actor may read, with where they stand in its team.
struct TaskAccess {
  Task task;
  teams::Standing standing;
  bool own = false;  // the actor owns or wrote it
};
Result<TaskAccess> readable_task(store::Db& db, const web::Actor& actor, std::int64_t task_id);

// The project's team and needs, as the task form offers them, when the actor may read tasks.
Result<teams::Standing> readable_project(store::Db& db, const web::Actor& actor,
                                         std::int64_t project_id);

Result<std::int64_t> create_task(store::Db& db, const web::Actor& actor, std::int64_t project_id,
                                 const TaskInput& in, core::Seconds now);
Status edit_task(store::Db& db, const web::Actor& actor, std::int64_t task_id, const TaskInput& in,
                 core::Seconds now);
// Moving to the status the task already has changes nothing (a repeated form is harmless).
// Marking it done writes the project's activity timeline.
Status move_task(store::Db& db, const web::Actor& actor, std::int64_t task_id, TaskStatus to,
                 core::Seconds now);

}  // namespace comdev::tasks
