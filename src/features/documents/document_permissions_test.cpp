// The documents policy as a matrix: every role × every action. A new action without a row fails.
#include "features/documents/document_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "features/teams/team_matrix_test_util.h"

namespace comdev::documents {
namespace {

using teams::RoleKind;

// In teams::testing::team_columns() order; the same table as docs/teams.md and the HTTP matrix.
const std::map<Action, std::vector<bool>> kExpected = {
    {Action::view, {false, false, true, true, true, true, true, true}},
    {Action::upload, {false, false, false, true, true, true, true, true}},
    {Action::remove, {false, false, false, false, true, true, true, true}},
};

// When the actor uploaded the version: the expert and even an observer (once an expert) may
// delete their own; someone outside the team may not, whatever they once uploaded.
const std::map<Action, std::vector<bool>> kExpectedForUploader = {
    {Action::view, {false, false, true, true, true, true, true, true}},
    {Action::upload, {false, false, false, true, true, true, true, true}},
    {Action::remove, {false, false, true, true, true, true, true, true}},
};

TEST(DocumentPermissions, EveryRoleTimesEveryAction) {
  teams::testing::expect_team_matrix(
      kActions, kExpected, [](const web::Actor& a, Action action, std::optional<RoleKind> role) {
        return can(a, action, {role});
      });
  teams::testing::expect_team_matrix(
      kActions, kExpectedForUploader,
      [](const web::Actor& a, Action action, std::optional<RoleKind> role) {
        return can(a, action, {role, true});
      },
      "uploader");
}

TEST(DocumentPermissions, AnObserverIsToldWhyNotOnlyRefused) {
  web::Actor member{7, false, false, "Membre"};
  EXPECT_EQ(can(member, Action::upload, {RoleKind::observer}).reason, "documents.errors.observer");
  EXPECT_EQ(can(member, Action::remove, {RoleKind::expert}).reason, "documents.errors.not_manager");
  EXPECT_EQ(can({}, Action::view).reason, "errors.sign_in_required");
}

}  // namespace
}  // namespace comdev::documents
