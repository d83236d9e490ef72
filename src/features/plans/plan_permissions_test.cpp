// The plans policy as a matrix: every role × every action. A new Action without a row fails.
#include "features/plans/plan_permissions.h"

#include <gtest/gtest.h>

#include <map>

namespace comdev::plans {
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
  return {{"visitor", visitor, {}},   {"visitor claiming representation", visitor, {true}},
          {"member", member, {}},     {"representative", member, {true}},
          {"animator", animator, {}}, {"admin", admin, {}}};
}

TEST(PlanPermissions, Matrix) {
  //               visitor, visitor+flag, member, representative, animator, admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true, true, true}},
      {Action::create, {false, false, false, true, true, true}},
      {Action::edit, {false, false, false, true, true, true}},
      {Action::import, {false, false, false, true, true, true}},
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

TEST(PlanPermissions, AMemberWhoIsNotARepresentativeIsToldWhy) {
  web::Actor member;
  member.member_id = 5;
  EXPECT_EQ(can(member, Action::import).reason, "plans.errors.not_representative");
}

}  // namespace
}  // namespace comdev::plans
