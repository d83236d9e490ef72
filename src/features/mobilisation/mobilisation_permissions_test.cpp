// The mobilisation policy as a matrix: every role × every action, allowed or refused, and the
// cases that depend on whose invitation or offer it is. A new Action without a row fails.
#include "features/mobilisation/mobilisation_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "web/permission_matrix_test_util.h"

namespace comdev::mobilisation {
namespace {

TEST(MobilisationPermissions, Matrix) {
  //       visitor visitor+flag member representative animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true, true, true}},
      {Action::invite, {false, false, false, true, true, true}},
      {Action::see_carrier_side, {false, false, false, true, true, true}},
      {Action::answer_offer, {false, false, false, true, true, true}},
      {Action::offer_help, {false, false, true, true, true, true}},
      {Action::decline_invitation, {false, false, false, false, false, false}},
      {Action::withdraw_offer, {false, false, false, false, false, false}},
      {Action::read_notifications, {false, false, true, true, true, true}},
  };
  web::testing::expect_representative_matrix<Subject>(
      kActions, expected,
      [](const web::Actor& actor, Action a, const Subject& s) { return can(actor, a, s); });
}

TEST(MobilisationPermissions, OnlyTheInvitedExpertDeclinesOnlyTheAuthorWithdraws) {
  web::Actor member;
  member.member_id = 9;
  EXPECT_TRUE(can(member, Action::decline_invitation, {false, true, false}).allowed);
  EXPECT_TRUE(can(member, Action::withdraw_offer, {false, false, true}).allowed);
  EXPECT_EQ(can(member, Action::decline_invitation, {true, false, true}).reason,
            "mobilisation.errors.not_yours");
  web::Actor admin = web::testing::actor_for("admin");
  EXPECT_FALSE(can(admin, Action::withdraw_offer).allowed);
}

TEST(MobilisationPermissions, NobodyAcceptsTheirOwnOfferNotEvenAnAdministrator) {
  web::Actor admin = web::testing::actor_for("admin");
  auto d = can(admin, Action::answer_offer, {true, false, true});
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.reason, "mobilisation.errors.own_offer");
}

TEST(MobilisationPermissions, AVisitorIsAskedToSignInAMemberIsToldWhoMay) {
  web::Actor visitor, member;
  member.member_id = 5;
  EXPECT_EQ(can(visitor, Action::offer_help).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::invite).reason, "mobilisation.errors.not_carrier");
}

}  // namespace
}  // namespace comdev::mobilisation
