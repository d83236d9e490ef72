// All SQL of the tasks (migrations/0023_workspace). Writes take the caller's transaction
// (task_actions.cpp runs one per use case); reads any leased connection.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/tasks/task.h"
#include "store/db.h"

namespace comdev::tasks::task_store {

inline constexpr int kListLimit = 200;

Result<std::optional<Task>> find(store::Conn& c, std::int64_t id);

struct Filter {
  std::optional<TaskStatus> status;
  std::int64_t owner_id = 0;  // 0: any owner
  int offset = 0;             // rows skipped, for a page past the first
  int limit = kListLimit;
};
// A project's tasks, not done first, then by due day (none last) and id; at most f.limit.
Result<std::vector<Task>> list(store::Conn& c, std::int64_t project_id, const Filter& f);
// The tasks a member owns that are not done, across every project, by due day.
Result<std::vector<Task>> mine(store::Conn& c, std::int64_t member_id);
// The tasks a member owns, not done, due before `today` ("YYYY-MM-DD"), by due day.
Result<std::vector<Task>> late(store::Conn& c, std::int64_t member_id, const std::string& today);

// The needs of a project (id, title), for the form's choice and to check a link.
Result<std::vector<std::pair<std::int64_t, std::string>>> needs_of(store::Conn& c,
                                                                   std::int64_t project_id);

// ---- writes (REQUIRES: inside the caller's transaction) ----
Result<std::int64_t> insert(store::Conn& c, std::int64_t project_id, const TaskInput& in,
                            std::int64_t created_by, const std::string& now);
Status update(store::Conn& c, std::int64_t id, const TaskInput& in, const std::string& now);
// Moves the task from `from` to `to`; false when another change moved it first.
Result<bool> move(store::Conn& c, std::int64_t id, TaskStatus from, TaskStatus to,
                  const std::string& now);

}  // namespace comdev::tasks::task_store
