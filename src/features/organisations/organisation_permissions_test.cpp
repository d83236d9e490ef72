// The organisations policy as a matrix: every role × every action, allowed or refused. A new
// Action without a row here fails the test.
#include "features/organisations/organisation_permissions.h"

#include <gtest/gtest.h>

#include <map>

namespace comdev::organisations {
namespace {

struct Role {
  std::string name;
  web::Actor actor;
  Subject subject;
};

std::vector<Role> roles() {
  web::Actor visitor, member, animator, admin;
  member.member_id = 2;
  animator.member_id = 3;
  animator.is_animator = true;
  admin.member_id = 4;
  admin.is_admin = true;
  admin.is_animator = true;
  return {{"visitor", visitor, {}},
          {"member", member, {}},
          {"representative", member, {true}},
          {"animator", animator, {}},
          {"admin", admin, {}}};
}

TEST(OrganisationPermissions, Matrix) {
  //                       visitor member representative animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true, true}},
      {Action::create, {false, false, false, true, true}},
      {Action::request_representation, {false, true, true, true, true}},
      {Action::view_queue, {false, false, false, true, true}},
      {Action::decide_representation, {false, false, false, true, true}},
      {Action::speak_for, {false, false, true, false, false}},
      {Action::grant_animator_role, {false, false, false, false, true}},
  };
  auto all = roles();
  for (Action a : kActions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    ASSERT_EQ(row->second.size(), all.size());
    for (std::size_t r = 0; r < all.size(); ++r) {
      auto d = can(all[r].actor, a, all[r].subject);
      EXPECT_EQ(d.allowed, row->second[r]) << all[r].name << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(kActions));
}

TEST(OrganisationPermissions, AnAdministratorWithoutTheAnimatorFlagStillModerates) {
  web::Actor admin;
  admin.member_id = 9;
  admin.is_admin = true;
  EXPECT_TRUE(can(admin, Action::decide_representation).allowed);
}

}  // namespace
}  // namespace comdev::organisations
