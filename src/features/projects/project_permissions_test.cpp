// The projects policy as a matrix: every role × every action. A new Action without a row here
// fails the test.
#include "features/projects/project_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "web/permission_matrix_test_util.h"

namespace comdev::projects {
namespace {

TEST(ProjectPermissions, Matrix) {
  //          visitor visitor+rep member representative animator admin
  const std::map<Action, std::vector<bool>> expected = {
      {Action::view, {true, true, true, true, true, true}},
      {Action::create, {false, false, false, true, true, true}},
      {Action::edit, {false, false, false, true, true, true}},
      {Action::change_status, {false, false, false, true, true, true}},
      {Action::post_update, {false, false, false, true, true, true}},
      {Action::translate, {false, false, false, true, true, true}},
      {Action::upload_cover, {false, false, false, true, true, true}},
      {Action::follow, {false, false, true, true, true, true}},
      {Action::comment, {false, false, true, true, true, true}},
      {Action::report_comment, {false, false, true, true, true, true}},
      {Action::hide_comment, {false, false, false, false, true, true}},
  };
  web::testing::expect_representative_matrix<Subject>(
      kActions, expected,
      [](const web::Actor& actor, Action a, const Subject& s) { return can(actor, a, s); });
}

TEST(ProjectPermissions, AMemberWhoIsNotARepresentativeIsToldWhy) {
  web::Actor member;
  member.member_id = 5;
  EXPECT_EQ(can(member, Action::edit).reason, "projects.errors.not_representative");
}

}  // namespace
}  // namespace comdev::projects
