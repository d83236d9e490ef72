// The receipts policy as a matrix: every column (visitor, another member, donor, treasurer,
// representative, animator, administrator) × every action, for a receipt in force and a
// cancelled one. A new action without a row fails; a refusal must say why.
#include "features/receipts/receipt_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::receipts {
namespace {

struct Column {
  std::string name;
  web::Actor actor;
  Subject subject;
};

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
  auto cols = columns(cancelled);
  for (Action a : kActions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    ASSERT_EQ(row->second.size(), cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
      auto d = can(cols[c].actor, a, cols[c].subject);
      EXPECT_EQ(d.allowed, row->second[c])
          << (cancelled ? "cancelled " : "") << cols[c].name << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(kActions));
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
