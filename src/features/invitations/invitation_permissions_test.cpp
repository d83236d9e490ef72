// The permission matrix: each role × each action, allowed and refused. It fails when an action
// has no expectation, so a new action cannot ship without a decision.
#include "features/invitations/invitation_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace comdev::invitations {
namespace {

enum class Role { this_representative, other_representative, animator, admin, member, visitor };

struct Case {
  web::Actor actor;
  Target target;
};

Case make(Role role) {
  Case c;
  c.target.organisation_id = 7;
  c.target.is_commune = true;
  switch (role) {
    case Role::this_representative:
      c.actor.member_id = 1;
      c.target.actor_is_verified_representative = true;
      break;
    case Role::other_representative:  // verified for commune 8, asking about commune 7
      c.actor.member_id = 2;
      break;
    case Role::animator:
      c.actor.member_id = 3;
      c.actor.is_animator = true;
      break;
    case Role::admin:
      c.actor.member_id = 4;
      c.actor.is_admin = true;
      break;
    case Role::member:
      c.actor.member_id = 5;
      break;
    case Role::visitor:
      break;
  }
  return c;
}

TEST(InvitationPermissions, Matrix) {
  const std::map<Role, std::string> roles = {
      {Role::this_representative, "representative of this commune"},
      {Role::other_representative, "representative of another commune"},
      {Role::animator, "animator"},
      {Role::admin, "administrator"},
      {Role::member, "member"},
      {Role::visitor, "visitor"}};
  // expected[role][action]
  const std::map<Role, std::map<Action, Decision>> expected = {
      {Role::this_representative,
       {{Action::record, Decision::allow},
        {Action::list, Decision::allow},
        {Action::import, Decision::allow},
        {Action::view, Decision::allow}}},
      {Role::other_representative,
       {{Action::record, Decision::deny},
        {Action::list, Decision::deny},
        {Action::import, Decision::deny},
        {Action::view, Decision::deny}}},
      {Role::animator,
       {{Action::record, Decision::deny},
        {Action::list, Decision::deny},
        {Action::import, Decision::deny},
        {Action::view, Decision::deny}}},
      {Role::admin,
       {{Action::record, Decision::deny},
        {Action::list, Decision::deny},
        {Action::import, Decision::deny},
        {Action::view, Decision::deny}}},
      {Role::member,
       {{Action::record, Decision::deny},
        {Action::list, Decision::deny},
        {Action::import, Decision::deny},
        {Action::view, Decision::deny}}},
      {Role::visitor,
       {{Action::record, Decision::deny},
        {Action::list, Decision::deny},
        {Action::import, Decision::deny},
        {Action::view, Decision::deny}}},
  };
  for (const auto& [role, label] : roles) {
    auto row = expected.find(role);
    ASSERT_NE(row, expected.end()) << "no row for " << label;
    for (Action a : kAllActions) {
      auto cell = row->second.find(a);
      ASSERT_NE(cell, row->second.end()) << "no expectation for " << label << " × " << name(a);
      auto c = make(role);
      EXPECT_EQ(can(c.actor, a, c.target), cell->second) << label << " × " << name(a);
    }
  }
}

TEST(InvitationPermissions, AVerifiedRepresentativeOfANonCommuneOrganisationIsRefused) {
  web::Actor rep;
  rep.member_id = 1;
  Target association{9, false, true};
  for (Action a : kAllActions) EXPECT_EQ(can(rep, a, association), Decision::deny) << name(a);
}

TEST(InvitationPermissions, AVerificationFlagWithoutASignedInActorGrantsNothing) {
  web::Actor visitor;
  Target t{7, true, true};
  for (Action a : kAllActions) EXPECT_EQ(can(visitor, a, t), Decision::deny) << name(a);
}

}  // namespace
}  // namespace comdev::invitations
