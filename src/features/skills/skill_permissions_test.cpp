// The taxonomy policy as a matrix: every role × every action. A new Action without a row here
// fails the test.
#include "features/skills/skill_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "web/permission_matrix_test_util.h"

namespace comdev::skills {
namespace {

TEST(SkillPermissions, Matrix) {
  //                                  visitor member animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true}},
      {Action::manage, {false, false, false, true}},
      {Action::export_file, {false, false, false, true}},
  };
  web::testing::expect_matrix(kActions, expected,
                              [](const web::Actor& a, Action action) { return can(a, action); });
}

TEST(SkillPermissions, AVisitorIsAskedToSignInAnAnimatorIsToldOnlyAdministratorsMay) {
  web::Actor visitor, animator;
  animator.member_id = 3;
  animator.is_animator = true;
  EXPECT_EQ(can(visitor, Action::manage).reason, "errors.sign_in_required");
  EXPECT_EQ(can(animator, Action::manage).reason, "skills.errors.admins_only");
}

}  // namespace
}  // namespace comdev::skills
