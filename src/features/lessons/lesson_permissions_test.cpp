// The lessons policy as matrices: the team's eight columns × every action, for a sheet in each
// state, a finished and an unfinished project, and a member who may or may not create projects.
// Played over HTTP on both databases by tests/http/lessons_permissions_http_test.cpp.
#include "features/lessons/lesson_permissions.h"

#include <gtest/gtest.h>

#include "features/teams/team_matrix_test_util.h"

namespace comdev::lessons {
namespace {

using Row = std::vector<bool>;

void expect_matrix(State state, bool finished, bool may_create,
                   const std::map<Action, Row>& expected) {
  std::string variant = std::string(name(state)) + (finished ? " finished" : " unfinished") +
                        (may_create ? " representative" : "");
  teams::testing::expect_team_matrix(
      kActions, expected,
      [&](const web::Actor& a, Action x, std::optional<teams::RoleKind> role) {
        return can(a, x, {role, state, finished, may_create});
      },
      variant);
}

// visitor, member, observer, expert, team animator, carrier, animator, admin
const Row kNobody = {false, false, false, false, false, false, false, false};
const Row kEveryone = {true, true, true, true, true, true, true, true};
const Row kTeamAndReviewers = {false, false, true, true, true, true, true, true};
const Row kTeamWriters = {false, false, false, true, true, true, false, false};
const Row kReviewers = {false, false, false, false, false, false, true, true};
const Row kSignedIn = {false, true, true, true, true, true, true, true};

TEST(LessonPermissions, DraftOfAFinishedProject) {
  expect_matrix(State::draft, true, false,
                {{Action::view, kTeamAndReviewers},
                 {Action::start, kTeamWriters},
                 {Action::edit, kTeamWriters},
                 {Action::submit, kTeamWriters},
                 {Action::publish, kNobody},
                 {Action::send_back, kNobody},
                 {Action::start_project, kNobody}});
}

TEST(LessonPermissions, NothingStartsBeforeTheProjectIsFinished) {
  expect_matrix(State::draft, false, false,
                {{Action::view, kTeamAndReviewers},
                 {Action::start, kNobody},
                 {Action::edit, kTeamWriters},
                 {Action::submit, kTeamWriters},
                 {Action::publish, kNobody},
                 {Action::send_back, kNobody},
                 {Action::start_project, kNobody}});
}

TEST(LessonPermissions, SubmittedSheetIsReviewedByAnimators) {
  expect_matrix(State::submitted, true, false,
                {{Action::view, kTeamAndReviewers},
                 {Action::start, kTeamWriters},
                 {Action::edit, kNobody},
                 {Action::submit, kNobody},
                 {Action::publish, kReviewers},
                 {Action::send_back, kReviewers},
                 {Action::start_project, kNobody}});
}

TEST(LessonPermissions, PublishedSheetIsForEveryone) {
  expect_matrix(State::published, true, false,
                {{Action::view, kEveryone},
                 {Action::start, kTeamWriters},
                 {Action::edit, kNobody},
                 {Action::submit, kNobody},
                 {Action::publish, kNobody},
                 {Action::send_back, kNobody},
                 {Action::start_project, kReviewers}});
  expect_matrix(State::published, true, true,
                {{Action::view, kEveryone},
                 {Action::start, kTeamWriters},
                 {Action::edit, kNobody},
                 {Action::submit, kNobody},
                 {Action::publish, kNobody},
                 {Action::send_back, kNobody},
                 {Action::start_project, kSignedIn}});
}

TEST(LessonPermissions, RefusalsSayWhy) {
  web::Actor visitor, member, animator;
  member.member_id = 5;
  animator.member_id = 6;
  animator.is_animator = true;
  using teams::RoleKind;
  EXPECT_EQ(can(visitor, Action::view).reason, "errors.sign_in_required");
  EXPECT_EQ(can(member, Action::view).reason, "teams.errors.not_in_team");
  EXPECT_EQ(can(member, Action::start, {RoleKind::carrier, State::draft, false}).reason,
            "lessons.errors.project_not_finished");
  EXPECT_EQ(can(member, Action::edit, {RoleKind::observer}).reason,
            "teams.errors.observer_reads_only");
  EXPECT_EQ(can(member, Action::edit, {RoleKind::expert, State::submitted}).reason,
            "lessons.errors.not_draft");
  EXPECT_EQ(can(member, Action::publish, {RoleKind::carrier, State::submitted}).reason,
            "lessons.errors.animators_review");
  EXPECT_EQ(can(animator, Action::publish, {std::nullopt, State::draft}).reason,
            "lessons.errors.not_submitted");
  EXPECT_EQ(can(member, Action::start_project, {std::nullopt, State::published}).reason,
            "projects.errors.not_representative");
  EXPECT_EQ(can(animator, Action::start_project, {std::nullopt, State::submitted}).reason,
            "lessons.errors.not_published");
}

}  // namespace
}  // namespace comdev::lessons
