#include "features/tasks/task_forms.h"

#include "core/form_text.h"
#include "core/text.h"
#include "features/tasks/task_rules.h"

namespace comdev::tasks {
namespace {

// An optional id field: "" is none (0); anything else must be a positive integer.
Result<std::int64_t> optional_id(std::string_view field, std::string_view value,
                                 std::string_view error_key) {
  auto t = core::trim_space(value);
  if (t.empty()) return std::int64_t{0};
  auto id = core::parse_id(t);
  if (id <= 0)
    return Error::invalid("errors.invalid", {{std::string(field), std::string(error_key)}});
  return id;
}

}  // namespace

Result<TaskInput> parse_task(std::string_view title, std::string_view owner_id,
                             std::string_view due_on, std::string_view need_id) {
  TaskInput in;
  auto t = core::form_text("title", title, kMaxTitle, true, "tasks.errors.title_required",
                           "tasks.errors.too_long");
  if (!t) return t.error();
  in.title = std::move(*t);
  auto owner = optional_id("owner_id", owner_id, "tasks.errors.owner_not_in_team");
  if (!owner) return owner.error();
  in.owner_id = *owner;
  auto due = core::trim_space(due_on);
  if (!due.empty()) {
    auto d = parse_day(due);
    if (!d) return Error::invalid("errors.invalid", {{"due_on", "tasks.errors.due_on"}});
    in.due_on = day_text(*d);
  }
  auto need = optional_id("need_id", need_id, "tasks.errors.need_not_in_project");
  if (!need) return need.error();
  in.need_id = *need;
  return in;
}

Result<TaskStatus> parse_status_field(std::string_view status) {
  auto s = parse_status(core::trim_space(status));
  if (!s) return Error::invalid("errors.invalid", {{"status", "tasks.errors.status"}});
  return *s;
}

}  // namespace comdev::tasks
