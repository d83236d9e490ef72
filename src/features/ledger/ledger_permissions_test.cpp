// The ledger policy as a matrix: every role × every action. A new action without a row fails.
#include "features/ledger/ledger_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "features/teams/team_matrix_test_util.h"

namespace comdev::ledger {
namespace {

using teams::RoleKind;

// In teams::testing::team_columns() order (visitor, member not in team, observer, expert, team
// animator, carrier, animator of the community, admin); the same table as the HTTP matrix and
// docs/money.md.
const std::map<Action, std::vector<bool>> kExpected = {
    {Action::view_public, {true, true, true, true, true, true, true, true}},
    {Action::view_team, {false, false, true, true, true, true, true, true}},
    {Action::record, {false, false, false, false, false, true, false, false}},
    {Action::declare_skill, {false, false, false, true, true, true, false, false}},
    {Action::confirm_skill, {false, false, false, false, false, true, false, false}},
    {Action::reverse, {false, false, false, false, false, true, false, false}},
    {Action::edit_budget, {false, false, false, false, false, true, false, false}},
};

TEST(LedgerPermissions, EveryRoleTimesEveryAction) {
  teams::testing::expect_team_matrix(
      kActions, kExpected, [](const web::Actor& a, Action action, std::optional<RoleKind> role) {
        return can(a, action, {role});
      });
}

TEST(LedgerPermissions, NobodyConfirmsTheirOwnSkill) {
  web::Actor carrier{7, false, false, "Porteuse"};
  EXPECT_TRUE(can(carrier, Action::confirm_skill, {RoleKind::carrier, false}));
  auto d = can(carrier, Action::confirm_skill, {RoleKind::carrier, true});
  EXPECT_FALSE(d);
  EXPECT_EQ(d.reason, "ledger.errors.own_skill");
}

TEST(LedgerPermissions, RefusalsSayWhy) {
  web::Actor expert{7, false, false, "Experte"};
  EXPECT_EQ(can(expert, Action::record, {RoleKind::expert}).reason, "ledger.errors.carrier_only");
  EXPECT_EQ(can(expert, Action::declare_skill, {RoleKind::observer}).reason,
            "ledger.errors.observer");
  EXPECT_EQ(can({}, Action::view_team).reason, "errors.sign_in_required");
}

}  // namespace
}  // namespace comdev::ledger
