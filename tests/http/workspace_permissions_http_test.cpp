// The policies of the team workspace's features — tasks, decisions, the activity timeline —
// played over HTTP on both databases: every column of the team (tests/http/team_roles_test_util.h)
// × every action of task_permissions.h, decision_permissions.h and activity_permissions.h, each
// column on a fresh project. What the server must answer is what the feature's `can` says for the
// same column (whose own matrix tests pin the policy), so the pages cannot drift from the policy
// file. An allowed action succeeds (200, or 303 after a form); a refused one is 401, 403 or 404,
// shows nothing of the workspace and changes nothing the test reads back.
#include <gtest/gtest.h>

#include <string>

#include "app_test_util.h"
#include "core/time.h"
#include "features/activity/activity_permissions.h"
#include "features/activity/activity_rules.h"
#include "features/decisions/decision_permissions.h"
#include "features/tasks/task_permissions.h"
#include "features/teams/team_matrix_test_util.h"
#include "team_roles_test_util.h"
#include "teams_test_store.h"
#include "workspace_test_store.h"

namespace comdev::testing {
namespace {

namespace fx = teams_test_store;
namespace ws = workspace_test_store;
using http::testing::ClientResponse;

class WorkspaceMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    animator = sign_in_new_member(server->db(), Role::animator);
  }

  void expect(bool allowed, const ClientResponse& r, const std::string& what) {
    if (allowed) {
      EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status << r.body;
    } else {
      EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
          << what << ": " << r.status;
      EXPECT_FALSE(contains(r.body, "Tâche de l'équipe")) << what << " leaked a task";
      EXPECT_FALSE(contains(r.body, "Proposition de l'équipe")) << what << " leaked a decision";
    }
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
};

TEST_F(WorkspaceMatrix, EveryRoleTimesEveryActionOverHttp) {
  const auto columns = teams::testing::team_columns();
  ASSERT_EQ(columns.size(), kTeamColumns.size());
  auto& db = server->db();
  const auto p = server->port();
  for (std::size_t c = 0; c < kTeamColumns.size(); ++c) {
    const std::string& column = kTeamColumns[c];
    const auto& pure = columns[c];
    auto s = stage_team(*server, animator, column, "Espace de la colonne " + column);
    const auto& who = s.actor;
    auto other = sign_in_new_member(db, Role::member);
    ASSERT_TRUE(fx::put(db, s.project, other.member_id, "expert"));
    auto theirs =
        ws::insert_task(db, s.project, "Tâche de l'équipe", other.member_id, other.member_id);
    bool in_team = pure.role.has_value();
    auto own = ws::insert_task(db, s.project, "Tâche de l'équipe (la mienne)",
                               in_team ? who.member_id : 0, who.member_id);
    auto decision = ws::insert_decision(db, s.project, "Proposition de l'équipe", other.member_id,
                                        core::iso(server->clock().now() + std::chrono::hours(24)));
    const std::string base = "/projects/" + std::to_string(s.project);
    auto task = [](std::int64_t id) { return "/tasks/" + std::to_string(id); };

    // Tasks: someone else's, then one's own.
    using TA = tasks::Action;
    auto allowed = [&](TA a, bool mine) {
      return tasks::can(pure.actor, a, {pure.role, mine}).allowed;
    };
    expect(allowed(TA::view, false), get_as(p, who, base + "/tasks"), column + " tasks.view");
    auto before = ws::tasks_of(db, s.project);
    expect(allowed(TA::create, false),
           post_form(p, who, base + "/tasks", "title=Nouvelle%20t%C3%A2che"),
           column + " tasks.create");
    EXPECT_EQ(ws::tasks_of(db, s.project), before + (allowed(TA::create, false) ? 1 : 0)) << column;
    expect(allowed(TA::edit, false),
           post_form(p, who, task(theirs) + "/edit", "title=Chang%C3%A9e"), column + " tasks.edit");
    expect(allowed(TA::change_status, false),
           post_form(p, who, task(theirs) + "/status", "status=doing"),
           column + " tasks.change_status");
    EXPECT_EQ(ws::task_status(db, theirs), allowed(TA::change_status, false) ? "doing" : "open")
        << column;
    expect(allowed(TA::edit, true), post_form(p, who, task(own) + "/edit", "title=La%20mienne"),
           column + " tasks.edit (own)");
    expect(allowed(TA::change_status, true),
           post_form(p, who, task(own) + "/status", "status=doing"),
           column + " tasks.change_status (own)");
    EXPECT_EQ(ws::task_status(db, own), allowed(TA::change_status, true) ? "doing" : "open")
        << column;

    // Decisions.
    using DA = decisions::Action;
    auto may = [&](DA a) { return decisions::can(pure.actor, a, {pure.role}).allowed; };
    expect(may(DA::view), get_as(p, who, base + "/decisions"), column + " decisions.view");
    auto deadline = core::iso(server->clock().now() + std::chrono::hours(48));
    deadline.pop_back();  // a datetime-local value has no "Z"
    auto proposals = ws::decisions_of(db, s.project);
    expect(may(DA::propose),
           post_form(p, who, base + "/decisions",
                     "title=Choisir&body=Texte&deadline=" + http::percent_encode(deadline)),
           column + " decisions.propose");
    EXPECT_EQ(ws::decisions_of(db, s.project), proposals + (may(DA::propose) ? 1 : 0)) << column;
    expect(may(DA::vote),
           post_form(p, who, "/decisions/" + std::to_string(decision) + "/vote", "choice=agree"),
           column + " decisions.vote");
    EXPECT_EQ(ws::votes_of(db, decision), may(DA::vote) ? 1 : 0) << column;

    // Activity.
    using AA = activity::Action;
    auto sees = [&](AA a) { return activity::can(pure.actor, a, {pure.role}).allowed; };
    expect(sees(AA::view_timeline), get_as(p, who, base + "/activity"),
           column + " activity.view_timeline");
    // The team page is public; a later visit shows "since your last visit" to team members.
    ASSERT_EQ(get_as(p, who, base + "/team").status, 200);
    server->clock().advance(activity::kVisitGap);
    auto again = get_as(p, who, base + "/team");
    EXPECT_EQ(contains(again.body, "class=\"since-visit\""), sees(AA::see_since_visit)) << column;
  }
}

}  // namespace
}  // namespace comdev::testing
