// The expert pool's policy as a matrix: every role × every action. A new Action without a row
// here fails the test. The field rows use a field shown to members only.
#include "features/experts/expert_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "web/permission_matrix_test_util.h"

namespace comdev::experts {
namespace {

using profiles::Level;

TEST(ExpertPermissions, Matrix) {
  //       visitor member animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::browse, {true, true, true, true}},
      {Action::see_field, {false, true, true, true}},
  };
  web::testing::expect_matrix(kActions, expected, [](const web::Actor& actor, Action a) {
    return can(actor, a, Subject{99, Level::members});
  });
}

TEST(ExpertPermissions, EachLevelReachesItsReaders) {
  auto sees = [](const char* role, Level level) {
    return can(web::testing::actor_for(role), Action::see_field, Subject{99, level}).allowed;
  };
  EXPECT_TRUE(sees("visitor", Level::public_));
  EXPECT_FALSE(sees("visitor", Level::members));
  EXPECT_FALSE(sees("visitor", Level::animators));
  EXPECT_TRUE(sees("member", Level::members));
  EXPECT_FALSE(sees("member", Level::animators));
  EXPECT_TRUE(sees("animator", Level::animators));
  EXPECT_TRUE(sees("admin", Level::animators));
}

TEST(ExpertPermissions, AMemberSeesTheirOwnHiddenFields) {
  web::Actor me;
  me.member_id = 42;
  EXPECT_TRUE(can(me, Action::see_field, Subject{42, Level::animators}).allowed);
  EXPECT_FALSE(can(me, Action::see_field, Subject{43, Level::animators}).allowed);
  web::Actor visitor;  // member id 0 owns nothing, even a subject without an owner
  EXPECT_FALSE(can(visitor, Action::see_field, Subject{0, Level::members}).allowed);
}

TEST(ExpertPermissions, ReadersAreRankedAsTheProfilesRank) {
  EXPECT_EQ(reader_of(web::testing::actor_for("visitor")).tier, Tier::visitor);
  EXPECT_EQ(reader_of(web::testing::actor_for("member")).tier, Tier::member);
  EXPECT_EQ(reader_of(web::testing::actor_for("animator")).tier, Tier::animator);
  EXPECT_EQ(reader_of(web::testing::actor_for("admin")).tier, Tier::animator);
  EXPECT_EQ(rank(Level::public_), 0);
  EXPECT_EQ(rank(Level::animators), rank(Tier::animator));
}

}  // namespace
}  // namespace comdev::experts
