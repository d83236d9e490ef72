// Role × action matrix; fails when an action has no expectation.
#include "features/mydata/mydata_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace comdev::mydata {
namespace {

TEST(MyDataPermissions, Matrix) {
  web::Actor visitor, member, animator, admin;
  member.member_id = 1;
  animator.member_id = 2;
  animator.is_animator = true;
  admin.member_id = 3;
  admin.is_admin = true;
  const std::map<std::string, std::pair<web::Actor, std::map<Action, Decision>>> matrix = {
      {"visitor",
       {visitor,
        {{Action::export_own_data, Decision::deny},
         {Action::delete_own_account, Decision::deny},
         {Action::read_audit_log, Decision::deny}}}},
      {"member",
       {member,
        {{Action::export_own_data, Decision::allow},
         {Action::delete_own_account, Decision::allow},
         {Action::read_audit_log, Decision::deny}}}},
      {"animator",
       {animator,
        {{Action::export_own_data, Decision::allow},
         {Action::delete_own_account, Decision::allow},
         {Action::read_audit_log, Decision::deny}}}},
      {"administrator",
       {admin,
        {{Action::export_own_data, Decision::allow},
         {Action::delete_own_account, Decision::allow},
         {Action::read_audit_log, Decision::allow}}}},
  };
  for (const auto& [role, row] : matrix) {
    for (Action a : kAllActions) {
      auto cell = row.second.find(a);
      ASSERT_NE(cell, row.second.end()) << "no expectation for " << role << " × " << name(a);
      EXPECT_EQ(can(row.first, a), cell->second) << role << " × " << name(a);
    }
  }
}

}  // namespace
}  // namespace comdev::mydata
