// The team policy played over HTTP on both databases: every role (visitor, member outside the
// team, observer, expert, team animator, carrier, animator of the community, administrator) ×
// every action of team_permissions.h, each on a fresh project so one column cannot prepare the
// next. An allowed action succeeds (200, or 303 after a form); a refused one is 401, 403 or 404
// (404 when the thread is not theirs to read) and changes nothing the test reads back.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "app_test_util.h"
#include "core/time.h"
#include "features/teams/team_permissions.h"
#include "team_roles_test_util.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

namespace fx = teams_test_store;
using teams::Action;

const std::vector<std::string>& kColumns = kTeamColumns;

// Expected outcome per column, in kColumns order; the same table as team_permissions_test.cpp
// with the actor's own message for edit_message.
const std::map<Action, std::vector<bool>> kExpected = {
    {Action::view_team, {true, true, true, true, true, true, true, true}},
    {Action::request_join, {false, true, false, false, false, false, true, true}},
    {Action::answer_request, {false, false, false, false, false, true, true, true}},
    {Action::add_member, {false, false, false, false, false, true, true, true}},
    {Action::remove_member, {false, false, false, false, false, true, true, true}},
    {Action::change_role, {false, false, false, false, false, true, true, true}},
    {Action::leave, {false, false, true, true, true, true, false, false}},
    {Action::view_workspace, {false, false, true, true, true, true, true, true}},
    {Action::start_thread, {false, false, false, true, true, true, true, true}},
    {Action::post_message, {false, false, false, true, true, true, true, true}},
    {Action::edit_message, {false, false, false, true, true, true, true, true}},
    {Action::delete_message, {false, false, false, false, true, true, true, true}},
};

class TeamsMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    animator = sign_in_new_member(server->db(), Role::animator);
  }

  // One project with its people, and the actor of `column` in it.
  struct Stage {
    std::int64_t project = 0, thread = 0, their_message = 0, own_message = 0, request = 0;
    SignedIn actor, target, removable, newcomer;
  };

  std::int64_t insert_message(std::int64_t thread, std::int64_t author, const std::string& body) {
    auto r = server->db().query(
        "INSERT INTO discussion_messages (thread_id, author_id, body_md, created_at) "
        "VALUES ($1, $2, $3, $4) RETURNING id",
        store::params(thread, author, body, core::iso(server->clock().now())));
    return r.ok() ? r->rows.front().integer(0) : 0;
  }

  Stage stage(const std::string& column) {
    auto& db = server->db();
    auto team = stage_team(*server, animator, column, "Projet de la colonne " + column);
    Stage s;
    s.project = team.project;
    s.actor = team.actor;
    auto author = sign_in_new_member(db, Role::member);
    s.target = sign_in_new_member(db, Role::member);
    s.removable = sign_in_new_member(db, Role::member);
    s.newcomer = sign_in_new_member(db, Role::member);
    auto asker = sign_in_new_member(db, Role::member);
    EXPECT_TRUE(fx::put(db, s.project, author.member_id, "expert"));
    EXPECT_TRUE(fx::put(db, s.project, s.target.member_id, "expert"));
    EXPECT_TRUE(fx::put(db, s.project, s.removable.member_id, "expert"));
    auto opened = post_form(server->port(), author, project_path(s) + "/discussion",
                            "title=Fil&body=Bonjour");
    EXPECT_EQ(opened.status, 303) << opened.body;
    s.thread = fx::last_thread(db, s.project);
    s.their_message = fx::last_message(db, s.thread);
    EXPECT_EQ(post_form(server->port(), asker, project_path(s) + "/team/requests", "").status, 303);
    s.request =
        fx::count(db, "SELECT MAX(id) FROM team_join_requests WHERE project_id = $1", s.project);
    s.own_message = column == "visitor"
                        ? s.their_message
                        : insert_message(s.thread, s.actor.member_id, "Mon message");
    return s;
  }

  static std::string project_path(const Stage& s) {
    return "/projects/" + std::to_string(s.project);
  }

  http::testing::ClientResponse perform(Action a, const Stage& s) {
    auto p = server->port();
    const auto& who = s.actor;
    const std::string base = project_path(s);
    switch (a) {
      case Action::view_team:
        return get_as(p, who, base + "/team");
      case Action::request_join:
        return post_form(p, who, base + "/team/requests", "message=Bonjour");
      case Action::answer_request:
        return post_form(p, who, "/team-requests/" + std::to_string(s.request) + "/answer",
                         "decision=decline");
      case Action::add_member:
        return post_form(p, who, base + "/team/members",
                         "role_kind=expert&email=" + http::percent_encode(s.newcomer.email));
      case Action::remove_member:
        return post_form(
            p, who, base + "/team/members/" + std::to_string(s.removable.member_id) + "/remove",
            "");
      case Action::change_role:
        return post_form(p, who,
                         base + "/team/members/" + std::to_string(s.target.member_id) + "/role",
                         "role_kind=observer");
      case Action::leave:
        return post_form(p, who, base + "/team/leave", "");
      case Action::view_workspace:
        return get_as(p, who, base + "/discussion");
      case Action::start_thread:
        return post_form(p, who, base + "/discussion", "title=Nouveau&body=Texte");
      case Action::post_message:
        return post_form(p, who, "/threads/" + std::to_string(s.thread) + "/messages",
                         "body=R%C3%A9ponse");
      case Action::edit_message:
        return post_form(p, who, "/messages/" + std::to_string(s.own_message) + "/edit",
                         "body=Corrig%C3%A9");
      case Action::delete_message:
        return post_form(p, who, "/messages/" + std::to_string(s.their_message) + "/delete", "");
    }
    return {};
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
};

TEST_F(TeamsMatrix, EveryRoleTimesEveryActionOverHttp) {
  ASSERT_EQ(kExpected.size(), std::size(teams::kActions)) << "an action has no row";
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    Stage s = stage(kColumns[c]);
    // Leaving last: it changes the actor's place for the actions after it.
    std::vector<Action> order;
    for (Action a : teams::kActions) {
      if (a != Action::leave) order.push_back(a);
    }
    order.push_back(Action::leave);
    for (Action a : order) {
      auto row = kExpected.find(a);
      ASSERT_NE(row, kExpected.end());
      bool allowed = row->second[c];
      auto r = perform(a, s);
      std::string what = kColumns[c] + " action " + std::to_string(static_cast<int>(a));
      if (allowed) {
        EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status << r.body;
      } else {
        EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
            << what << ": " << r.status;
        EXPECT_FALSE(contains(r.body, "Bonjour")) << what << " leaked the thread";
      }
    }
    // What a refused column could have changed is unchanged.
    auto& db = server->db();
    bool manages = kExpected.at(Action::change_role)[c];
    EXPECT_EQ(fx::kind_of(db, s.project, s.target.member_id), manages ? "observer" : "expert")
        << kColumns[c];
    EXPECT_EQ(fx::kind_of(db, s.project, s.newcomer.member_id), manages ? "expert" : "")
        << kColumns[c];
  }
}

}  // namespace
}  // namespace comdev::testing
