// The needs policy as a matrix: every role × every action, allowed or refused. A new Action
// without a row here fails the test.
#include "features/needs/need_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "web/permission_matrix_test_util.h"

namespace comdev::needs {
namespace {

TEST(NeedPermissions, Matrix) {
  //       visitor visitor+flag member representative animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true, true, true}},
      {Action::create, {false, false, false, true, true, true}},
      {Action::edit, {false, false, false, true, true, true}},
      {Action::change_status, {false, false, false, true, true, true}},
  };
  web::testing::expect_representative_matrix<Subject>(
      kActions, expected,
      [](const web::Actor& actor, Action a, const Subject& s) { return can(actor, a, s); });
}

TEST(NeedPermissions, AVisitorIsAskedToSignInAMemberIsToldWhoMayWrite) {
  web::Actor visitor, member;
  member.member_id = 5;
  EXPECT_EQ(can(visitor, Action::create).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::edit).reason, "needs.errors.not_representative");
}

TEST(NeedPermissions, ARepresentativeFlagWithoutASignedInActorIsNotEnough) {
  web::Actor visitor;
  EXPECT_FALSE(can(visitor, Action::change_status, {true}).allowed);
}

}  // namespace
}  // namespace comdev::needs
