// The team policy as a matrix: every role × every action, allowed or refused, with the reason of
// each refusal. A new Action without a row fails. The same matrix is played over HTTP on both
// databases by tests/http/teams_permissions_http_test.cpp.
#include "features/teams/team_permissions.h"

#include "features/teams/team_matrix_test_util.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::teams {
namespace {

// The team's columns (team_matrix_test_util.h), shared with the workspace features' matrices.
void expect_matrix(const std::map<Action, std::vector<bool>>& expected, bool own) {
  testing::expect_team_matrix(
      kActions, expected,
      [own](const web::Actor& a, Action x, std::optional<RoleKind> role) {
        return can(a, x, Subject{role, own});
      },
      own ? "(own)" : "");
}

TEST(TeamPermissions, Matrix) {
  // visitor, member not in team, observer, expert, team animator, carrier, animator, admin
  const std::map<Action, std::vector<bool>> others = {
      {Action::view_team, {true, true, true, true, true, true, true, true}},
      {Action::request_join, {false, true, false, false, false, false, true, true}},
      {Action::answer_request, {false, false, false, false, false, true, true, true}},
      {Action::add_member, {false, false, false, false, false, true, true, true}},
      {Action::remove_member, {false, false, false, false, false, true, true, true}},
      {Action::change_role, {false, false, false, false, false, true, true, true}},
      {Action::leave, {false, false, true, true, true, true, false, false}},
      {Action::view_workspace, {false, false, true, true, true, true, true, true}},
      {Action::start_thread, {false, false, false, true, true, true, true, true}},
      {Action::post_message, {false, false, false, true, true, true, true, true}},
      {Action::edit_message, {false, false, false, false, false, false, false, false}},
      {Action::delete_message, {false, false, false, false, true, true, true, true}},
  };
  expect_matrix(others, /*own=*/false);
}

TEST(TeamPermissions, OnlyTheAuthorEditsTheirOwnMessageWhileTheyMayWrite) {
  // visitor, member not in team, observer, expert, team animator, carrier, animator, admin
  auto rows = std::map<Action, std::vector<bool>>{
      {Action::view_team, {true, true, true, true, true, true, true, true}},
      {Action::request_join, {false, true, false, false, false, false, true, true}},
      {Action::answer_request, {false, false, false, false, false, true, true, true}},
      {Action::add_member, {false, false, false, false, false, true, true, true}},
      {Action::remove_member, {false, false, false, false, false, true, true, true}},
      {Action::change_role, {false, false, false, false, false, true, true, true}},
      {Action::leave, {false, false, true, true, true, true, false, false}},
      {Action::view_workspace, {false, false, true, true, true, true, true, true}},
      {Action::start_thread, {false, false, false, true, true, true, true, true}},
      {Action::post_message, {false, false, false, true, true, true, true, true}},
      {Action::edit_message, {false, false, false, true, true, true, true, true}},
      {Action::delete_message, {false, false, false, false, true, true, true, true}},
  };
  expect_matrix(rows, /*own=*/true);
}

TEST(TeamPermissions, RefusalsSayWhy) {
  web::Actor visitor, member;
  member.member_id = 5;
  EXPECT_EQ(can(visitor, Action::view_workspace).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::view_workspace).reason, "teams.errors.not_in_team");
  EXPECT_EQ(can(member, Action::post_message, {RoleKind::observer}).reason,
            "teams.errors.observer_reads_only");
  EXPECT_EQ(can(member, Action::add_member, {RoleKind::expert}).reason, "teams.errors.not_carrier");
  EXPECT_EQ(can(member, Action::request_join, {RoleKind::expert}).reason,
            "teams.errors.already_in_team");
  EXPECT_EQ(can(member, Action::edit_message, {RoleKind::carrier, false}).reason,
            "teams.errors.not_your_message");
  EXPECT_EQ(can(member, Action::delete_message, {RoleKind::expert, true}).reason,
            "teams.errors.not_moderator");
}

}  // namespace
}  // namespace comdev::teams
