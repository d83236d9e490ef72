#include "features/tasks/task_rules.h"

#include <cstdio>

namespace comdev::tasks {

std::string_view name(TaskStatus s) {
  return kStatuses[static_cast<std::size_t>(s)];
}

std::optional<TaskStatus> parse_status(std::string_view s) {
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    if (kStatuses[i] == s) return static_cast<TaskStatus>(i);
  }
  return std::nullopt;
}

bool may_move(TaskStatus from, TaskStatus to) {
  if (from == to) return false;
  if (from == TaskStatus::done) return to == TaskStatus::open;
  return true;
}

std::optional<std::chrono::sys_days> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  std::chrono::year_month_day ymd{std::chrono::year{num(0, 4)},
                                  std::chrono::month{static_cast<unsigned>(num(5, 2))},
                                  std::chrono::day{static_cast<unsigned>(num(8, 2))}};
  if (!ymd.ok() || ymd.year() < std::chrono::year{2000} || ymd.year() > std::chrono::year{2100}) {
    return std::nullopt;
  }
  return std::chrono::sys_days{ymd};
}

std::string day_text(std::chrono::sys_days d) {
  std::chrono::year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::optional<core::Seconds> overdue_from(std::string_view due_on) {
  auto d = parse_day(due_on);
  if (!d) return std::nullopt;
  return core::Seconds{*d + std::chrono::days{1}};
}

bool overdue(const Task& t, core::Seconds now) {
  if (t.status == TaskStatus::done) return false;
  auto from = overdue_from(t.due_on);
  return from && now >= *from;
}

bool overdue_since(const Task& t, std::string_view since, core::Seconds now) {
  if (!overdue(t, now)) return false;
  if (since.empty()) return true;
  auto s = core::parse_iso(since);
  if (!s) return true;
  return *overdue_from(t.due_on) > *s;
}

}  // namespace comdev::tasks
