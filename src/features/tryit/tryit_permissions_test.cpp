#include "features/tryit/tryit_permissions.h"

#include <gtest/gtest.h>

namespace comdev::tryit {
namespace {

// Every action on a demo database and on a real one: a new action without a row here fails.
TEST(TryitPermissions, EveryActionNeedsADemoDatabase) {
  const TryAction all[] = {TryAction::view_page, TryAction::create_accounts,
                           TryAction::list_accounts, TryAction::reset_passwords};
  for (auto action : all) {
    EXPECT_TRUE(can(action, {true})) << static_cast<int>(action);
    auto refused = can(action, {false});
    EXPECT_FALSE(refused) << static_cast<int>(action);
    EXPECT_EQ(refused.reason, "tryit.errors.not_demo");
  }
  EXPECT_EQ(static_cast<int>(TryAction::reset_passwords) + 1, static_cast<int>(std::size(all)));
}

}  // namespace
}  // namespace comdev::tryit
