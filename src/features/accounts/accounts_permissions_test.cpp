// The accounts policy as a matrix: every role × every action, allowed or refused. A new Action
// without a row here fails the test.
#include "features/accounts/accounts_permissions.h"

#include <gtest/gtest.h>

#include <map>

#include "web/permission_matrix_test_util.h"

namespace comdev::accounts {
namespace {

TEST(AccountsPermissions, Matrix) {
  const std::map<Action, std::vector<bool>> expected = {
      {Action::sign_up, {true, true, true, true}},
      {Action::sign_in, {true, true, true, true}},
      {Action::request_link, {true, true, true, true}},
      {Action::view_own_account, {false, true, true, true}},
      {Action::change_own_email, {false, true, true, true}},
      {Action::manage_own_tokens, {false, true, true, true}},
  };
  web::testing::expect_matrix(kActions, expected,
                              [](const web::Actor& a, Action x) { return can(a, x); });
}

}  // namespace
}  // namespace comdev::accounts
