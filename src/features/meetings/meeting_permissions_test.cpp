// The meetings policy as a matrix: every role × every action. A new action without a row fails.
#include "features/meetings/meeting_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace comdev::meetings {
namespace {

using teams::RoleKind;

struct Column {
  std::string name;
  web::Actor actor;
  std::optional<RoleKind> role;
};

std::vector<Column> columns() {
  web::Actor member{7, false, false, "Membre"};
  web::Actor animator{8, false, true, "Animatrice"};
  web::Actor admin{9, true, false, "Admin"};
  return {{"visitor", {}, std::nullopt},
          {"member", member, std::nullopt},
          {"observer", member, RoleKind::observer},
          {"expert", member, RoleKind::expert},
          {"team animator", member, RoleKind::animator},
          {"carrier", member, RoleKind::carrier},
          {"animator", animator, std::nullopt},
          {"admin", admin, std::nullopt}};
}

// In columns() order; the same table as docs/teams.md and the HTTP matrix.
const std::map<Action, std::vector<bool>> kExpected = {
    {Action::view, {false, false, true, true, true, true, true, true}},
    {Action::schedule, {false, false, false, false, true, true, true, true}},
    {Action::edit, {false, false, false, false, true, true, true, true}},
    {Action::write_minutes, {false, false, false, false, true, true, true, true}},
    {Action::rsvp, {false, false, true, true, true, true, false, false}},
    {Action::cancel, {false, false, false, false, true, true, true, true}},
};

TEST(MeetingPermissions, EveryRoleTimesEveryAction) {
  ASSERT_EQ(kExpected.size(), std::size(kActions)) << "an action has no row";
  auto cols = columns();
  for (Action a : kActions) {
    const auto& row = kExpected.at(a);
    for (std::size_t i = 0; i < cols.size(); ++i) {
      auto d = can(cols[i].actor, a, {cols[i].role});
      EXPECT_EQ(d.allowed, row[i]) << cols[i].name << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty()) << cols[i].name;
      }
    }
  }
}

TEST(MeetingPermissions, AnExpertMayNotCancelAndIsToldWhoMay) {
  web::Actor member{7, false, false, "Membre"};
  EXPECT_EQ(can(member, Action::cancel, {RoleKind::expert}).reason,
            "meetings.errors.not_organiser");
  EXPECT_EQ(can(member, Action::cancel, {std::nullopt}).reason, "meetings.errors.not_organiser");
}

TEST(MeetingPermissions, AVisitorIsAskedToSignIn) {
  EXPECT_EQ(can({}, Action::view).reason, "errors.sign_in_required");
}

TEST(MeetingPermissions, AnAnimatorOfTheCommunityAnswersOnlyOnceInTheTeam) {
  web::Actor animator{8, false, true, "Animatrice"};
  EXPECT_FALSE(can(animator, Action::rsvp, {std::nullopt}));
  EXPECT_TRUE(can(animator, Action::rsvp, {RoleKind::observer}));
}

}  // namespace
}  // namespace comdev::meetings
