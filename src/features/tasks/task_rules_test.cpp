#include "features/tasks/task_rules.h"

#include <gtest/gtest.h>

namespace comdev::tasks {
namespace {

core::Seconds at(const char* iso) {
  return *core::parse_iso(iso);
}

Task due(const char* day, TaskStatus s = TaskStatus::open) {
  Task t;
  t.due_on = day;
  t.status = s;
  return t;
}

TEST(TaskRules, StatusMovesForwardAndBackButDoneIsReopenedFirst) {
  EXPECT_TRUE(may_move(TaskStatus::open, TaskStatus::doing));
  EXPECT_TRUE(may_move(TaskStatus::doing, TaskStatus::open));
  EXPECT_TRUE(may_move(TaskStatus::open, TaskStatus::done));
  EXPECT_TRUE(may_move(TaskStatus::doing, TaskStatus::done));
  EXPECT_TRUE(may_move(TaskStatus::done, TaskStatus::open));
  EXPECT_FALSE(may_move(TaskStatus::done, TaskStatus::doing));
  for (auto s : {TaskStatus::open, TaskStatus::doing, TaskStatus::done})
    EXPECT_FALSE(may_move(s, s));
}

TEST(TaskRules, StatusNamesRoundTrip) {
  for (auto s : {TaskStatus::open, TaskStatus::doing, TaskStatus::done})
    EXPECT_EQ(parse_status(name(s)), s);
  EXPECT_FALSE(parse_status("finished"));
  EXPECT_FALSE(parse_status(""));
}

TEST(TaskRules, DueDaysAreRealCalendarDays) {
  EXPECT_TRUE(parse_day("2026-12-31"));
  EXPECT_TRUE(parse_day("2028-02-29"));
  EXPECT_FALSE(parse_day("2026-02-29"));
  EXPECT_FALSE(parse_day("2026-13-01"));
  EXPECT_FALSE(parse_day("2026-1-01"));
  EXPECT_FALSE(parse_day("1999-12-31"));
  EXPECT_FALSE(parse_day("31/12/2026"));
  EXPECT_FALSE(parse_day(""));
  EXPECT_EQ(day_text(*parse_day("2026-03-07")), "2026-03-07");
}

TEST(TaskRules, OverdueFromTheDayAfterTheDueDayUntilDone) {
  EXPECT_FALSE(overdue(due("2026-12-05"), at("2026-12-05T23:59:59Z")));
  EXPECT_TRUE(overdue(due("2026-12-05"), at("2026-12-06T00:00:00Z")));
  EXPECT_TRUE(overdue(due("2026-12-05", TaskStatus::doing), at("2026-12-09T10:00:00Z")));
  EXPECT_FALSE(overdue(due("2026-12-05", TaskStatus::done), at("2026-12-09T10:00:00Z")));
  EXPECT_FALSE(overdue(due(""), at("2030-01-01T00:00:00Z")));
}

TEST(TaskRules, AnOverdueTaskIsNewsToOneDigestOnly) {
  auto t = due("2026-12-05");
  auto now = at("2026-12-07T08:00:00Z");
  EXPECT_TRUE(overdue_since(t, "", now));
  EXPECT_TRUE(overdue_since(t, "2026-12-05T12:00:00Z", now));
  // The digest sent on the 6th already told it.
  EXPECT_FALSE(overdue_since(t, "2026-12-06T09:00:00Z", now));
  EXPECT_FALSE(overdue_since(due("2026-12-08"), "", now));
}

}  // namespace
}  // namespace comdev::tasks
