// The maturity policy as a matrix: the team's eight columns × every action. Played over HTTP on
// both databases by tests/http/maturity_permissions_http_test.cpp.
#include "features/maturity/maturity_permissions.h"

#include <gtest/gtest.h>

#include "features/teams/team_matrix_test_util.h"

namespace comdev::maturity {
namespace {

TEST(MaturityPermissions, Matrix) {
  // visitor, member, observer, expert, team animator, carrier, animator, admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view_path, {true, true, true, true, true, true, true, true}},
      {Action::view_evidence, {false, false, true, true, true, true, true, true}},
      {Action::tick, {false, false, false, false, false, true, true, true}},
      {Action::advance, {false, false, false, false, false, true, true, true}},
      {Action::override_checklist, {false, false, false, false, false, false, true, true}},
      {Action::configure, {false, false, false, false, false, false, true, true}},
  };
  teams::testing::expect_team_matrix(
      kActions, expected, [](const web::Actor& a, Action x, std::optional<teams::RoleKind> role) {
        return can(a, x, {role});
      });
}

TEST(MaturityPermissions, RefusalsSayWhy) {
  web::Actor visitor, member;
  member.member_id = 5;
  EXPECT_EQ(can(visitor, Action::tick).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::tick).reason, "teams.errors.not_in_team");
  EXPECT_EQ(can(member, Action::advance, {teams::RoleKind::expert}).reason,
            "maturity.errors.carriers_only");
  EXPECT_EQ(can(member, Action::override_checklist, {teams::RoleKind::carrier}).reason,
            "maturity.errors.override_animators");
  EXPECT_EQ(can(member, Action::configure).reason, "maturity.errors.animators_configure");
}

}  // namespace
}  // namespace comdev::maturity
