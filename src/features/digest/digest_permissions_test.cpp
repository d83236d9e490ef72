// Role × action matrix; fails when an action has no row.
#include "features/digest/digest_permissions.h"

#include "web/permission_matrix_test_util.h"

namespace comdev::digest {
namespace {

TEST(DigestPermissions, Matrix) {
  //                                           visitor member animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::edit_own_settings, {false, true, true, true}},
      {Action::unsubscribe_by_token, {true, true, true, true}},
  };
  web::testing::expect_matrix(kActions, expected,
                              [](const web::Actor& a, Action act) { return can(a, act); });
}

}  // namespace
}  // namespace comdev::digest
