// The opportunities policy as matrices: visitor, member, representative (on the publishing
// side, or speaking for an organisation), animator and administrator × every action, for an
// opportunity in each state and a request in each state. Played over HTTP on both databases by
// tests/http/opportunities_permissions_http_test.cpp.
#include "features/opportunities/opportunity_permissions.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace comdev::opportunities {
namespace {

using Row = std::vector<bool>;
// Columns: visitor, member, representative, animator, admin.
const char* kColumns[] = {"visitor", "member", "representative", "animator", "admin"};

web::Actor actor_of(int column) {
  web::Actor a;
  if (column == 0) return a;
  a.member_id = 7;
  a.is_animator = column >= 3;
  a.is_admin = column == 4;
  return a;
}

// The representative column is on the publishing side (owner) and speaks for an organisation.
Subject subject_of(int column, Subject s) {
  if (column == 2) {
    s.owner = true;
    s.represents_organisation = true;
  }
  return s;
}

void expect_matrix(const Subject& base, const std::map<Action, Row>& expected,
                   const std::string& variant) {
  for (Action a : kActions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << variant << ": no row for action " << static_cast<int>(a);
    for (int c = 0; c < 5; ++c) {
      auto d = can(actor_of(c), a, subject_of(c, base));
      EXPECT_EQ(d.allowed, row->second[c])
          << variant << ": " << kColumns[c] << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(kActions));
}

const Row kNobody = {false, false, false, false, false};
const Row kEveryone = {true, true, true, true, true};
const Row kSignedIn = {false, true, true, true, true};
const Row kReviewers = {false, false, false, true, true};
const Row kOwnerAndReviewers = {false, false, true, true, true};
const Row kNotOwner = {false, true, false, true, true};
const Row kOwner = {false, false, true, false, false};

TEST(OpportunityPermissions, Published) {
  Subject s;
  s.state = State::published;
  s.request = InterestState::requested;
  expect_matrix(s,
                {{Action::view, kEveryone},
                 {Action::create_offer, kOwnerAndReviewers},
                 {Action::propose_project, kSignedIn},
                 {Action::publish, kNobody},
                 {Action::send_back, kNobody},
                 {Action::edit, kNobody},
                 {Action::resubmit, kNobody},
                 {Action::close, kOwnerAndReviewers},
                 {Action::express_interest, kNotOwner},
                 {Action::withdraw_interest, kNobody},
                 {Action::decide_interest, kReviewers},
                 {Action::read_queue, kReviewers}},
                "published");
}

TEST(OpportunityPermissions, SubmittedIsForItsAuthorAndTheAnimators) {
  Subject s;
  s.state = State::submitted;
  s.request = InterestState::introduced;
  expect_matrix(s,
                {{Action::view, kOwnerAndReviewers},
                 {Action::create_offer, kOwnerAndReviewers},
                 {Action::propose_project, kSignedIn},
                 {Action::publish, kReviewers},
                 {Action::send_back, kReviewers},
                 {Action::edit, kNobody},
                 {Action::resubmit, kNobody},
                 {Action::close, kNobody},
                 {Action::express_interest, kNobody},
                 {Action::withdraw_interest, kNobody},
                 {Action::decide_interest, kNobody},
                 {Action::read_queue, kReviewers}},
                "submitted");
}

TEST(OpportunityPermissions, ADraftSentBackIsItsAuthorsToCorrectAndSubmitAgain) {
  Subject s;
  s.state = State::draft;
  expect_matrix(s,
                {{Action::view, kOwnerAndReviewers},
                 {Action::create_offer, kOwnerAndReviewers},
                 {Action::propose_project, kSignedIn},
                 {Action::publish, kNobody},
                 {Action::send_back, kNobody},
                 {Action::edit, kOwner},
                 {Action::resubmit, kOwner},
                 {Action::close, kNobody},
                 {Action::express_interest, kNobody},
                 {Action::withdraw_interest, kNobody},
                 {Action::decide_interest, kNobody},
                 {Action::read_queue, kReviewers}},
                "draft");
}

TEST(OpportunityPermissions, ClosedIsReadableButTakesNoRequest) {
  Subject s;
  s.state = State::closed;
  s.has_open_request = true;
  s.own_request = true;
  s.request = InterestState::requested;
  expect_matrix(s,
                {{Action::view, kEveryone},
                 {Action::create_offer, kOwnerAndReviewers},
                 {Action::propose_project, kSignedIn},
                 {Action::publish, kNobody},
                 {Action::send_back, kNobody},
                 {Action::edit, kNobody},
                 {Action::resubmit, kNobody},
                 {Action::close, kNobody},
                 {Action::express_interest, kNobody},
                 {Action::withdraw_interest, kSignedIn},
                 {Action::decide_interest, kReviewers},
                 {Action::read_queue, kReviewers}},
                "closed, own open request");
}

TEST(OpportunityPermissions, OneOpenRequestAtATime) {
  web::Actor member = actor_of(1);
  Subject s;
  s.has_open_request = true;
  auto d = can(member, Action::express_interest, s);
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.reason, "opportunities.errors.already_interested");
  s.has_open_request = false;
  EXPECT_TRUE(can(member, Action::express_interest, s).allowed);
}

TEST(OpportunityPermissions, ADraftSentBackIsNotPublic) {
  Subject s;
  s.state = State::draft;
  EXPECT_FALSE(can(actor_of(0), Action::view, s).allowed);
  EXPECT_FALSE(can(actor_of(1), Action::view, s).allowed);
  s.owner = true;
  EXPECT_TRUE(can(actor_of(1), Action::view, s).allowed);
}

}  // namespace
}  // namespace comdev::opportunities
