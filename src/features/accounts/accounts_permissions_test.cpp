// The accounts policy as a matrix: every role × every action, allowed or refused. A new Action
// without a row here fails the test.
#include "features/accounts/accounts_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::accounts {
namespace {

web::Actor actor(std::string_view role) {
  web::Actor a;
  if (role == "visitor") return a;
  a.member_id = 7;
  a.is_animator = role == "animator" || role == "admin";
  a.is_admin = role == "admin";
  return a;
}

TEST(AccountsPermissions, Matrix) {
  const std::vector<std::string> roles = {"visitor", "member", "animator", "admin"};
  const std::map<Action, std::vector<bool>> expected = {
      {Action::sign_up, {true, true, true, true}},
      {Action::sign_in, {true, true, true, true}},
      {Action::request_link, {true, true, true, true}},
      {Action::view_own_account, {false, true, true, true}},
      {Action::change_own_email, {false, true, true, true}},
  };
  for (Action a : kActions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    for (std::size_t r = 0; r < roles.size(); ++r) {
      auto d = can(actor(roles[r]), a);
      EXPECT_EQ(d.allowed, row->second[r]) << roles[r] << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(kActions));
}

}  // namespace
}  // namespace comdev::accounts
