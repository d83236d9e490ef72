// The territories policy as a matrix: every role × every action, allowed or refused. A new
// Action without a row here fails the test.
#include "features/territories/territory_permissions.h"

#include <gtest/gtest.h>

#include <map>

#include "web/permission_matrix_test_util.h"

namespace comdev::territories {
namespace {

TEST(TerritoryPermissions, Matrix) {
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true}},
      {Action::join_community, {false, true, true, true}},
      {Action::leave_community, {false, true, true, true}},
  };
  web::testing::expect_matrix(kActions, expected,
                              [](const web::Actor& a, Action x) { return can(a, x); });
}

}  // namespace
}  // namespace comdev::territories
