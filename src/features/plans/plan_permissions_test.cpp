// The plans policy as a matrix: every role × every action. A new Action without a row fails.
#include "features/plans/plan_permissions.h"

#include <gtest/gtest.h>

#include <map>

#include "web/permission_matrix_test_util.h"

namespace comdev::plans {
namespace {

TEST(PlanPermissions, Matrix) {
  //               visitor, visitor+flag, member, representative, animator, admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true, true, true}},
      {Action::create, {false, false, false, true, true, true}},
      {Action::edit, {false, false, false, true, true, true}},
      {Action::import, {false, false, false, true, true, true}},
  };
  web::testing::expect_representative_matrix<Subject>(
      kActions, expected,
      [](const web::Actor& actor, Action a, const Subject& s) { return can(actor, a, s); });
}

TEST(PlanPermissions, AMemberWhoIsNotARepresentativeIsToldWhy) {
  web::Actor member;
  member.member_id = 5;
  EXPECT_EQ(can(member, Action::import).reason, "plans.errors.not_representative");
}

}  // namespace
}  // namespace comdev::plans
