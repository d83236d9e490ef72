// The decisions policy as a matrix: the team's eight columns × every action. Played over HTTP on
// both databases by tests/http/workspace_permissions_http_test.cpp.
#include "features/decisions/decision_permissions.h"

#include <gtest/gtest.h>

#include "features/teams/team_matrix_test_util.h"

namespace comdev::decisions {
namespace {

TEST(DecisionPermissions, Matrix) {
  // visitor, member, observer, expert, team animator, carrier, animator, admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {false, false, true, true, true, true, true, true}},
      {Action::propose, {false, false, false, true, true, true, true, true}},
      {Action::vote, {false, false, false, true, true, true, false, false}},
  };
  teams::testing::expect_team_matrix(
      kActions, expected, [](const web::Actor& a, Action x, std::optional<teams::RoleKind> role) {
        return can(a, x, {role});
      });
}

TEST(DecisionPermissions, RefusalsSayWhy) {
  web::Actor visitor, member, animator;
  member.member_id = 5;
  animator.member_id = 6;
  animator.is_animator = true;
  EXPECT_EQ(can(visitor, Action::view).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::view).reason, "teams.errors.not_in_team");
  EXPECT_EQ(can(member, Action::vote, {teams::RoleKind::observer}).reason,
            "teams.errors.observer_reads_only");
  EXPECT_EQ(can(animator, Action::vote).reason, "decisions.errors.team_votes");
}

}  // namespace
}  // namespace comdev::decisions
