// The timeline's policy as a matrix over the team's columns (visitor, member outside the team,
// observer, expert, team animator, carrier, animator of the community, administrator). Played
// over HTTP on both databases by tests/http/workspace_permissions_http_test.cpp.
#include "features/activity/activity_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "features/teams/team_matrix_test_util.h"

namespace comdev::activity {
namespace {

TEST(ActivityPermissions, Matrix) {
  // visitor, member, observer, expert, team animator, carrier, animator, admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view_timeline, {false, false, true, true, true, true, true, true}},
      {Action::see_since_visit, {false, false, true, true, true, true, false, false}},
  };
  teams::testing::expect_team_matrix(
      kActions, expected, [](const web::Actor& a, Action x, std::optional<teams::RoleKind> role) {
        return can(a, x, {role});
      });
}

}  // namespace
}  // namespace comdev::activity
