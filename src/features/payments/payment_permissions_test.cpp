// The online payments policy as a matrix: every column (visitor, another member, the donor with
// a pending pledge in euros, the donor when one condition fails, a treasurer, an animator, an
// administrator) × every action. A new action without a row fails; a refusal must say why.
#include "features/payments/payment_permissions.h"

#include "web/permission_matrix_test_util.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::payments {
namespace {

using Column = web::testing::Column<Subject>;

std::vector<Column> columns(bool enabled) {
  web::Actor member{7, false, false, "M"};
  web::Actor animator{8, false, true, "A"};
  web::Actor admin{9, true, true, "Ad"};
  Subject others{false, true, true, enabled};
  return {{"visitor", {}, others},
          {"member", member, others},
          {"donor", member, {true, true, true, enabled}},
          {"donor, pledge confirmed", member, {true, false, true, enabled}},
          {"donor, pledge in dirhams", member, {true, true, false, enabled}},
          {"treasurer", member, others},
          {"animator", animator, others},
          {"admin", admin, others}};
}

void expect_matrix(bool enabled, const std::map<Action, std::vector<bool>>& expected) {
  web::testing::expect_columns(
      kActions, columns(enabled), expected,
      [](const web::Actor& a, Action x, const Subject& s) { return can(a, x, s); });
}

// Columns: visitor, member, donor, donor (confirmed), donor (MAD), treasurer, animator, admin.
TEST(PaymentPermissions, OnlyTheDonorPaysTheirPendingPledgeInEurosOnline) {
  expect_matrix(true,
                {
                    {Action::pay_online, {false, false, true, false, false, false, false, false}},
                    {Action::settle, {true, true, true, true, true, true, true, true}},
                });
}

TEST(PaymentPermissions, NobodyPaysOnlineWhereTheOrganisationTakesNoOnlinePayment) {
  expect_matrix(false,
                {
                    {Action::pay_online, {false, false, false, false, false, false, false, false}},
                    {Action::settle, {true, true, true, true, true, true, true, true}},
                });
}

}  // namespace
}  // namespace comdev::payments
