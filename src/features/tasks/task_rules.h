// The task rules, without I/O: which status changes are allowed, when a task is overdue, and
// which overdue tasks are new to a digest. Time comes from the caller (a core::Clock).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/time.h"
#include "features/tasks/task.h"

namespace comdev::tasks {

// open ↔ doing, open or doing → done, done → open (reopened). A task done is reopened before
// work restarts on it, so "done" never silently becomes "doing"; the same status is no change.
bool may_move(TaskStatus from, TaskStatus to);

// The day a "YYYY-MM-DD" text names, when it is a real calendar day between 2000 and 2100.
std::optional<std::chrono::sys_days> parse_day(std::string_view text);
std::string day_text(std::chrono::sys_days d);

// A task is overdue from the day after its due day, 00:00 UTC, until it is done.
std::optional<core::Seconds> overdue_from(std::string_view due_on);
bool overdue(const Task& t, core::Seconds now);

// Whether an overdue task is news for a digest whose previous one covered up to `since` (ISO
// text; "" never): it became overdue after `since`. So a task late for weeks is told once, not in
// every digest; the member still sees it on "My tasks".
bool overdue_since(const Task& t, std::string_view since, core::Seconds now);

}  // namespace comdev::tasks
