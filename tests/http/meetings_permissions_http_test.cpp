// The meetings policy played over HTTP on both databases: every role (visitor, member outside the
// team, observer, expert, team animator, carrier, animator of the community, administrator) ×
// every action of meeting_permissions.h, each column on a fresh project. An allowed action
// succeeds (200, or 303 after a form); a refused one is 401, 403 or 404 and leaves nothing
// behind: no meeting, no answer, no minutes, no cancellation.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "features/meetings/meeting_permissions.h"
#include "meetings_test_store.h"

namespace comdev::testing {
namespace {

namespace fx = teams_test_store;
namespace mx = meetings_test_store;
using meetings::Action;

const std::vector<std::string> kColumns = {"visitor",       "member",  "observer", "expert",
                                           "team animator", "carrier", "animator", "admin"};

// The same table as meeting_permissions_test.cpp and docs/teams.md.
const std::map<Action, std::vector<bool>> kExpected = {
    {Action::view, {false, false, true, true, true, true, true, true}},
    {Action::schedule, {false, false, false, false, true, true, true, true}},
    {Action::edit, {false, false, false, false, true, true, true, true}},
    {Action::write_minutes, {false, false, false, false, true, true, true, true}},
    {Action::rsvp, {false, false, true, true, true, true, false, false}},
    {Action::cancel, {false, false, false, false, true, true, true, true}},
};

class MeetingsMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
  }

  struct Stage {
    mx::Team team;
    std::int64_t meeting = 0;  // began an hour ago: its minutes may be written
    SignedIn actor;
  };

  Stage stage(const std::string& column) {
    auto& db = server->db();
    Stage s;
    s.team = mx::new_team(*server, "Projet de la colonne " + column);
    server->clock().set(*core::parse_iso("2027-01-10T09:00:00Z"));
    auto made = post_form(server->port(), s.team.carrier,
                          "/projects/" + std::to_string(s.team.project) + "/meetings",
                          mx::form(mx::meeting_fields("2027-01-10", "09:00", "11:00")));
    EXPECT_EQ(made.status, 303) << made.body;
    s.meeting = mx::meeting_id_of(made);
    server->clock().set(*core::parse_iso("2027-01-10T09:30:00Z"));
    if (column == "visitor") {
      Browser b(server->port());
      b.get("/");
      s.actor.cookie = b.cookie;
      s.actor.csrf = b.csrf;
      return s;
    }
    Role role = column == "animator" ? Role::animator
                : column == "admin"  ? Role::admin
                                     : Role::member;
    s.actor = sign_in_new_member(db, role);
    std::map<std::string, std::string> kinds = {{"observer", "observer"},
                                                {"expert", "expert"},
                                                {"team animator", "animator"},
                                                {"carrier", "carrier"}};
    if (kinds.count(column)) {
      EXPECT_TRUE(fx::put(db, s.team.project, s.actor.member_id, kinds[column]));
    }
    return s;
  }

  http::testing::ClientResponse perform(Action a, const Stage& s) {
    auto p = server->port();
    const std::string meeting = "/meetings/" + std::to_string(s.meeting);
    switch (a) {
      case Action::view:
        return get_as(p, s.actor, meeting);
      case Action::schedule:
        return post_form(p, s.actor, "/projects/" + std::to_string(s.team.project) + "/meetings",
                         mx::form(mx::meeting_fields("2027-05-04")));
      case Action::edit: {
        auto f = mx::meeting_fields("2027-01-10", "09:00", "11:00");
        f[5].second = "Salle changée";
        return post_form(p, s.actor, meeting + "/edit", mx::form(f));
      }
      case Action::write_minutes:
        return post_form(p, s.actor, meeting + "/minutes", "minutes=Compte%20rendu");
      case Action::rsvp:
        return post_form(p, s.actor, meeting + "/rsvp", "answer=yes");
      case Action::cancel:  // last in kActions: the actions above still find the meeting open
        return post_form(p, s.actor, meeting + "/cancel", "reason=Report");
    }
    return {};
  }

  std::unique_ptr<TestServer> server;
};

TEST_F(MeetingsMatrix, EveryRoleTimesEveryActionOverHttp) {
  ASSERT_EQ(kExpected.size(), std::size(meetings::kActions)) << "an action has no row";
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    Stage s = stage(kColumns[c]);
    for (Action a : meetings::kActions) {
      bool allowed = kExpected.at(a)[c];
      auto r = perform(a, s);
      std::string what = kColumns[c] + " action " + std::to_string(static_cast<int>(a));
      if (allowed) {
        EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status << r.body;
      } else {
        EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
            << what << ": " << r.status;
        EXPECT_FALSE(contains(r.body, "Maison communale")) << what << " leaked the meeting";
      }
    }
    auto& db = server->db();
    auto project = std::to_string(s.team.project);
    EXPECT_EQ(mx::count(db, "SELECT COUNT(*) FROM meetings WHERE project_id = " + project),
              kExpected.at(Action::schedule)[c] ? 2 : 1)
        << kColumns[c];
    EXPECT_EQ(
        mx::count(db, "SELECT COUNT(*) FROM meetings WHERE place = 'Salle changée' AND id = " +
                          std::to_string(s.meeting)),
        kExpected.at(Action::edit)[c] ? 1 : 0)
        << kColumns[c];
    EXPECT_EQ(mx::count(db, "SELECT COUNT(*) FROM meetings WHERE minutes_md <> '' AND id = " +
                                std::to_string(s.meeting)),
              kExpected.at(Action::write_minutes)[c] ? 1 : 0)
        << kColumns[c];
    EXPECT_EQ(mx::count(db, "SELECT COUNT(*) FROM meeting_rsvps WHERE meeting_id = " +
                                std::to_string(s.meeting)),
              kExpected.at(Action::rsvp)[c] ? 1 : 0)
        << kColumns[c];
    EXPECT_EQ(
        mx::count(db, "SELECT COUNT(*) FROM meetings WHERE cancelled_at IS NOT NULL AND id = " +
                          std::to_string(s.meeting)),
        kExpected.at(Action::cancel)[c] ? 1 : 0)
        << kColumns[c];
  }
}

}  // namespace
}  // namespace comdev::testing
