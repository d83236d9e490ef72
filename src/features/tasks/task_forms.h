// The task forms (and the API bodies, which hand over the same fields): a title (required, 200
// characters), an owner (a member's id, or none), a due day ("YYYY-MM-DD", or none), a need (a
// need's id, or none), a status. Field errors are catalogue keys. Whether the owner is in the
// team and the need belongs to the project is checked by the use case, which reads the team.
#pragma once

#include <string_view>

#include "core/result.h"
#include "features/tasks/task.h"

namespace comdev::tasks {

inline constexpr std::size_t kMaxTitle = 200;

Result<TaskInput> parse_task(std::string_view title, std::string_view owner_id,
                             std::string_view due_on, std::string_view need_id);
Result<TaskStatus> parse_status_field(std::string_view status);

}  // namespace comdev::tasks
