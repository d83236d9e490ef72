// The decisions' closing job on both databases: the shared scheduler, run on the application's
// settable clock, records the outcome of a due decision of a project nobody reads at its
// deadline, once — with two scheduler instances on one database, or two closers at the same
// moment, there is one outcome and one activity event per decision; the lazy close of a later
// reader finds it closed and changes nothing. The outcome reaches the team in their digest.
#include <gtest/gtest.h>

#include <thread>

#include "app_test_util.h"
#include "features/decisions/decision_actions.h"
#include "features/decisions/decision_module.h"
#include "features/digest/digest_job.h"
#include "features/digest/digest_store.h"
#include "features/matching/matching_module.h"
#include "jobs/scheduler.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"
#include "workspace_test_store.h"

namespace comdev::testing {
namespace {

namespace fx = teams_test_store;
namespace ws = workspace_test_store;
using std::chrono::hours;
using std::chrono::minutes;

class DecisionsJob : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    auto& db = server->db();
    project_id = fx::new_project(db, "Séchoir solaire de Tafraout");
    ASSERT_NE(project_id, 0);
    expert = sign_in_new_member(db, Role::member);
    second = sign_in_new_member(db, Role::member);
    ASSERT_TRUE(fx::put(db, project_id, expert.member_id, "expert"));
    ASSERT_TRUE(fx::put(db, project_id, second.member_id, "expert"));
  }

  web::Actor actor(const SignedIn& who) const { return {who.member_id, false, false, "Membre"}; }
  std::int64_t propose(const std::string& title, core::Seconds deadline) {
    return ws::insert_decision(server->db(), project_id, title, expert.member_id,
                               core::iso(deadline));
  }
  void vote(const SignedIn& who, std::int64_t id, decisions::Choice choice) {
    ASSERT_TRUE(
        decisions::vote(server->db(), actor(who), id, {choice, ""}, server->clock().now()).ok());
  }
  std::int64_t closing_events() {
    auto r = server->db().query(
        "SELECT COUNT(*) FROM project_activity WHERE project_id = $1 AND kind IN "
        "('activity.decision_adopted', 'activity.decision_rejected', "
        "'activity.decision_blocked', 'activity.decision_no_quorum')",
        store::params(project_id));
    return r.ok() && !r->empty() ? r->rows.front().integer(0) : -1;
  }

  std::unique_ptr<TestServer> server;
  std::int64_t project_id = 0;
  SignedIn expert, second;
};

TEST_F(DecisionsJob, TheJobClosesADueDecisionOfAProjectNobodyReadsExactlyOnce) {
  auto& db = server->db();
  auto& clock = server->clock();
  const auto start = clock.now();
  auto id = propose("Retenir le devis de la coopérative", start + hours(1));
  auto later = propose("Choisir le terrain", start + hours(48));
  ASSERT_NE(id, 0);
  vote(expert, id, decisions::Choice::agree);
  vote(second, id, decisions::Choice::agree);
  // Two instances of the server's scheduler on one database, on the application's clock.
  jobs::Scheduler a(db, clock, "instance-a"), b(db, clock, "instance-b");
  decisions::schedule_closing(a, db);
  decisions::schedule_closing(b, db);
  // Before the deadline a pass closes nothing.
  clock.set(start + minutes(30));
  auto before = a.run_due(clock.now());
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->failed, 0);
  EXPECT_EQ(ws::outcome_of(db, id), "");
  // At the deadline: recorded, with its event, though nobody opened the project.
  clock.set(start + hours(1));
  auto at = a.run_due(clock.now());
  ASSERT_TRUE(at.ok());
  EXPECT_EQ(at->periodic, 1);
  EXPECT_EQ(at->failed, 0);
  EXPECT_EQ(ws::outcome_of(db, id), "adopted");
  EXPECT_EQ(ws::text_of(db, "SELECT closed_at FROM decisions WHERE id = $1", id),
            core::iso(start + hours(1)));
  EXPECT_EQ(ws::events_of(db, project_id, "activity.decision_adopted"), 1);
  EXPECT_EQ(ws::outcome_of(db, later), "");
  // The other instance: nothing due at the same moment, nothing new a minute later.
  auto same = b.run_due(clock.now());
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->periodic, 0);
  clock.advance(minutes(1));
  auto next = b.run_due(clock.now());
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->periodic, 1);
  EXPECT_EQ(closing_events(), 1);
  // A late vote is refused; a reader's lazy close finds it closed and writes nothing.
  EXPECT_FALSE(
      decisions::vote(db, actor(second), id, {decisions::Choice::block, ""}, clock.now()).ok());
  auto read = decisions::readable_decision(db, actor(expert), id, clock.now() + hours(1));
  ASSERT_TRUE(read.ok());
  ASSERT_TRUE(read->proposal.outcome);
  EXPECT_EQ(*read->proposal.outcome, decisions::Outcome::adopted);
  EXPECT_EQ(closing_events(), 1);
  // Until the other's deadline passes too.
  clock.set(start + hours(48));
  ASSERT_TRUE(a.run_due(clock.now()).ok());
  EXPECT_EQ(ws::outcome_of(db, later), "no_quorum");
  EXPECT_EQ(closing_events(), 2);
}

TEST_F(DecisionsJob, TwoClosersAtTheSameMomentRecordOneEventPerDecision) {
  auto& db = server->db();
  const auto start = server->clock().now();
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 6; ++i) {
    ids.push_back(propose("Proposition " + std::to_string(i), start + hours(1)));
    vote(expert, ids.back(), i % 2 ? decisions::Choice::agree : decisions::Choice::disagree);
  }
  const auto at = start + hours(1);
  int closed[2] = {-1, -1};
  std::thread one([&] {
    auto r = decisions::close_all_due(db, at);
    closed[0] = r.ok() ? *r : -1;
  });
  std::thread two([&] {
    auto r = decisions::close_all_due(db, at);
    closed[1] = r.ok() ? *r : -1;
  });
  one.join();
  two.join();
  ASSERT_GE(closed[0], 0);
  ASSERT_GE(closed[1], 0);
  EXPECT_EQ(closed[0] + closed[1], 6);
  EXPECT_EQ(closing_events(), 6);
  for (auto id : ids) EXPECT_NE(ws::outcome_of(db, id), "") << id;
  // A pass over nothing due closes nothing.
  auto again = decisions::close_all_due(db, at + minutes(1));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(closing_events(), 6);
}

TEST_F(DecisionsJob, TheOutcomeReachesTheTeamInTheirDigestNotInAMailOfItsOwn) {
  auto& db = server->db();
  auto& clock = server->clock();
  const auto start = clock.now();
  ASSERT_TRUE(digest::digest_store::set_frequency(db, second.member_id, digest::Frequency::daily,
                                                  start - minutes(1))
                  .ok());
  auto id = propose("Acheter les panneaux solaires", start + hours(1));
  vote(expert, id, decisions::Choice::agree);
  vote(second, id, decisions::Choice::block);
  clock.set(start + hours(1));
  auto closed = decisions::close_all_due(db, clock.now());
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(*closed, 1);
  // Closing sends nothing by itself.
  EXPECT_FALSE(server->smtp().wait_for(second.email, std::chrono::milliseconds(300)));
  auto service = matching::service_for(server->app());
  ASSERT_TRUE(service);
  clock.set(start + hours(2));
  auto sent = digest::send_due(db, *service, server->app().mailer(),
                               server->app().config().base_url, clock.now());
  ASSERT_TRUE(sent.ok());
  EXPECT_EQ(sent->sent, 1);
  auto mail = server->smtp().wait_for(second.email, std::chrono::seconds(5));
  ASSERT_TRUE(mail);
  EXPECT_TRUE(contains(mail->body, "Acheter les panneaux solaires")) << mail->body;
  EXPECT_TRUE(contains(mail->body, "bloquée")) << mail->body;
  EXPECT_TRUE(contains(mail->body, "/decisions/" + std::to_string(id))) << mail->body;
}

}  // namespace
}  // namespace comdev::testing
