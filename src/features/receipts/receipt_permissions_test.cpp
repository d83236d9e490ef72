// The receipts policy as a matrix: every column (visitor, another member, donor, treasurer,
// representative, animator, administrator) × every action, for a receipt in force and a
// cancelled one. A new action without a row fails; a refusal must say why.
#include "features/receipts/receipt_permissions.h"

#include "web/permission_matrix_test_util.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::receipts {
namespace {

using Column = web::testing::Column<Subject>;

std::vector<Column> columns(bool cancelled) {
  web::Actor member{7, false, false, "M"};
  web::Actor animator{8, false, true, "A"};
  web::Actor admin{9, true, true, "Ad"};
  Subject plain{false, false, false, cancelled};
  return {{"visitor", {}, plain},
          {"member", member, plain},
          {"donor", member, {true, false, false, cancelled}},
          {"treasurer", member, {false, true, false, cancelled}},
          {"representative", member, {false, false, true, cancelled}},
          {"animator", animator, plain},
          {"admin", admin, plain}};
}

void expect_matrix(bool cancelled, const std::map<Action, std::vector<bool>>& expected) {
  web::testing::expect_columns(
      kActions, columns(cancelled), expected,
      [](const web::Actor& a, Action x, const Subject& s) { return can(a, x, s); });
}

// Columns: visitor, member, donor, treasurer, representative, animator, admin.
TEST(ReceiptPermissions, AReceiptInForce) {
  expect_matrix(false, {
                           {Action::read, {false, false, true, true, false, false, false}},
                           {Action::set_address, {false, false, true, false, false, false, false}},
                           {Action::see_register, {false, false, false, true, false, false, false}},
                           {Action::edit_settings, {false, false, false, true, true, false, false}},
                           {Action::mark_eligible, {false, false, false, false, false, true, true}},
                       });
}

TEST(ReceiptPermissions, ACancelledReceiptIsStillReadButNoLongerCompleted) {
  expect_matrix(true, {
                          {Action::read, {false, false, true, true, false, false, false}},
                          {Action::set_address, {false, false, false, false, false, false, false}},
                          {Action::see_register, {false, false, false, true, false, false, false}},
                          {Action::edit_settings, {false, false, false, true, true, false, false}},
                          {Action::mark_eligible, {false, false, false, false, false, true, true}},
                      });
}

}  // namespace
}  // namespace comdev::receipts
