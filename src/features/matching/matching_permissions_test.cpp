// The matching policy as a matrix: every role × every action. A new Action without a row here
// fails the test.
#include "features/matching/matching_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "web/permission_matrix_test_util.h"

namespace comdev::matching {
namespace {

TEST(MatchingPermissions, Matrix) {
  //  visitor visitor+flag member concerned(representative / themself) animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::experts_for_need, {false, false, false, true, true, true}},
      {Action::needs_for_member, {false, false, false, true, true, true}},
  };
  web::testing::expect_representative_matrix<Subject>(
      kActions, expected,
      [](const web::Actor& actor, Action a, const Subject& s) { return can(actor, a, s); });
}

TEST(MatchingPermissions, RefusalsSayWhy) {
  web::Actor visitor, member;
  member.member_id = 3;
  EXPECT_EQ(can(visitor, Action::needs_for_member).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::experts_for_need).reason, "matching.errors.not_representative");
  EXPECT_EQ(can(member, Action::needs_for_member).reason, "matching.errors.not_yours");
}

}  // namespace
}  // namespace comdev::matching
