#include "features/tasks/task_forms.h"

#include <gtest/gtest.h>

namespace comdev::tasks {
namespace {

std::string field_error(const Result<TaskInput>& r) {
  return r ? std::string() : r.error().fields.front().message_id;
}

TEST(TaskForms, AValidTaskIsTrimmed) {
  auto r = parse_task("  Relire l'étude  ", "12", " 2026-12-20 ", "");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->title, "Relire l'étude");
  EXPECT_EQ(r->owner_id, 12);
  EXPECT_EQ(r->due_on, "2026-12-20");
  EXPECT_EQ(r->need_id, 0);
}

TEST(TaskForms, BadFieldsSayWhich) {
  EXPECT_EQ(field_error(parse_task("   ", "", "", "")), "tasks.errors.title_required");
  EXPECT_EQ(field_error(parse_task(std::string(201, 'a'), "", "", "")), "tasks.errors.too_long");
  EXPECT_EQ(field_error(parse_task("T", "abc", "", "")), "tasks.errors.owner_not_in_team");
  EXPECT_EQ(field_error(parse_task("T", "", "2026-02-30", "")), "tasks.errors.due_on");
  EXPECT_EQ(field_error(parse_task("T", "", "", "-3")), "tasks.errors.need_not_in_project");
  EXPECT_FALSE(parse_task("\xff", "", "", ""));
}

TEST(TaskForms, StatusIsOneOfThree) {
  EXPECT_EQ(*parse_status_field("done"), TaskStatus::done);
  EXPECT_FALSE(parse_status_field("finished"));
}

}  // namespace
}  // namespace comdev::tasks
