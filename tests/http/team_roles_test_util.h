// The team's roles over HTTP, for the permission matrices of the team and of its workspace's
// features (tasks, decisions, activity): the eight columns — visitor, member outside the team,
// observer, expert, team animator, carrier, animator of the community, administrator — and a
// fresh project whose carrier organisation has a verified representative, with the actor of a
// column signed in and placed in its team. The columns are those of
// src/features/teams/team_matrix_test_util.h, in the same order.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app_test_util.h"
#include "features/organisations/organisation_store.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {

inline const std::vector<std::string> kTeamColumns = {
    "visitor", "member", "observer", "expert", "team animator", "carrier", "animator", "admin"};

struct TeamStage {
  std::int64_t project = 0;
  SignedIn representative;  // a carrier through the organisation
  SignedIn actor;           // the column's actor: for a visitor, a session without a member
};

// A project titled `title` with a verified representative of its carrier (verified by
// `animator`), and the actor of `column` placed in its team.
inline TeamStage stage_team(TestServer& server, const SignedIn& animator, const std::string& column,
                            const std::string& title) {
  namespace fx = teams_test_store;
  namespace org_store = organisations::organisation_store;
  auto& db = server.db();
  TeamStage s;
  s.project = fx::new_project(db, title);
  s.representative = sign_in_new_member(db, Role::member);
  auto org = fx::carrier_of(db, s.project);
  EXPECT_TRUE(org_store::request_representation(db, org, s.representative.member_id, "").ok());
  EXPECT_TRUE(
      org_store::decide(db, animator.member_id, org, s.representative.member_id, true, "").ok());
  if (column == "visitor") {
    Browser b(server.port());
    b.get("/projects/" + std::to_string(s.project) + "/team");
    s.actor.cookie = b.cookie;
    s.actor.csrf = b.csrf;
    return s;
  }
  Role role = column == "animator" ? Role::animator
              : column == "admin"  ? Role::admin
                                   : Role::member;
  s.actor = sign_in_new_member(db, role);
  const std::map<std::string, std::string> kinds = {{"observer", "observer"},
                                                    {"expert", "expert"},
                                                    {"team animator", "animator"},
                                                    {"carrier", "carrier"}};
  if (auto k = kinds.find(column); k != kinds.end()) {
    EXPECT_TRUE(fx::put(db, s.project, s.actor.member_id, k->second));
  }
  return s;
}

}  // namespace comdev::testing
