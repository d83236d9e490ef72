// A project team's tasks (migrations/0023_workspace): a title, an owner from the team (or nobody
// yet), a due day, a status, possibly the need of the project it answers. Plain structs; std only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::tasks {

enum class TaskStatus { open, doing, done };
inline constexpr std::array<std::string_view, 3> kStatuses = {"open", "doing", "done"};
std::string_view name(TaskStatus s);
std::optional<TaskStatus> parse_status(std::string_view s);

struct Task {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string title;
  std::int64_t owner_id = 0;  // 0: nobody yet
  std::string owner_name;
  std::string due_on;  // "YYYY-MM-DD", or "" without a due day
  TaskStatus status = TaskStatus::open;
  std::int64_t need_id = 0;  // 0: none
  std::string need_title;
  std::int64_t created_by = 0;
  std::string created_at, updated_at, done_at;
  std::string project_title;  // filled by the lists across projects ("my tasks")
};

// What a form or an API body gives for a new or changed task.
struct TaskInput {
  std::string title;
  std::int64_t owner_id = 0;
  std::string due_on;
  std::int64_t need_id = 0;
};

}  // namespace comdev::tasks
