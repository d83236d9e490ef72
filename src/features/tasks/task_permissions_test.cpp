// The tasks policy as a matrix: the team's eight columns × every action, for someone else's task
// and for one's own. Played over HTTP on both databases by
// tests/http/workspace_permissions_http_test.cpp.
#include "features/tasks/task_permissions.h"

#include <gtest/gtest.h>

#include "features/teams/team_matrix_test_util.h"

namespace comdev::tasks {
namespace {

using teams::testing::expect_team_matrix;

TEST(TaskPermissions, MatrixForAnotherMembersTask) {
  // visitor, member, observer, expert, team animator, carrier, animator, admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {false, false, true, true, true, true, true, true}},
      {Action::create, {false, false, false, true, true, true, true, true}},
      {Action::edit, {false, false, false, false, true, true, true, true}},
      {Action::change_status, {false, false, false, false, true, true, true, true}},
  };
  expect_team_matrix(kActions, expected,
                     [](const web::Actor& a, Action x, std::optional<teams::RoleKind> role) {
                       return can(a, x, {role, false});
                     });
}

TEST(TaskPermissions, MatrixForOnesOwnTask) {
  // visitor, member, observer, expert, team animator, carrier, animator, admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {false, false, true, true, true, true, true, true}},
      {Action::create, {false, false, false, true, true, true, true, true}},
      {Action::edit, {false, false, false, true, true, true, true, true}},
      {Action::change_status, {false, false, true, true, true, true, true, true}},
  };
  expect_team_matrix(
      kActions, expected,
      [](const web::Actor& a, Action x, std::optional<teams::RoleKind> role) {
        return can(a, x, {role, true});
      },
      "(own)");
}

TEST(TaskPermissions, RefusalsSayWhy) {
  web::Actor visitor, member;
  member.member_id = 5;
  EXPECT_EQ(can(visitor, Action::view).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::view).reason, "teams.errors.not_in_team");
  EXPECT_EQ(can(member, Action::create, {teams::RoleKind::observer}).reason,
            "teams.errors.observer_reads_only");
  EXPECT_EQ(can(member, Action::edit, {teams::RoleKind::expert}).reason, "tasks.errors.not_yours");
}

}  // namespace
}  // namespace comdev::tasks
