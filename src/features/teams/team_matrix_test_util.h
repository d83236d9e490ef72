// For the permission-matrix tests of the team workspace's features (tasks, decisions, activity):
// the team's eight columns — visitor, member outside the team, observer, expert, team animator,
// carrier, animator of the community, administrator — × every action, allowed or refused, a
// refusal saying why; an action without a row fails. The same columns as the teams' own matrix
// and as the HTTP matrices (tests/http/team_roles_test_util.h).
#pragma once

#include <gtest/gtest.h>

#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/teams/team.h"
#include "web/actor.h"

namespace comdev::teams::testing {

struct Column {
  std::string name;
  web::Actor actor;
  std::optional<RoleKind> role;
};

inline std::vector<Column> team_columns() {
  auto member = [](bool animator, bool admin) {
    web::Actor a;
    a.member_id = 7;
    a.is_animator = animator;
    a.is_admin = admin;
    return a;
  };
  return {{"visitor", web::Actor{}, std::nullopt},
          {"member not in team", member(false, false), std::nullopt},
          {"observer", member(false, false), RoleKind::observer},
          {"expert", member(false, false), RoleKind::expert},
          {"team animator", member(false, false), RoleKind::animator},
          {"carrier", member(false, false), RoleKind::carrier},
          {"animator of the community", member(true, false), std::nullopt},
          {"admin", member(false, true), std::nullopt}};
}

// `can(actor, action, role)` must give each column of `expected`, in team_columns() order.
template <class Actions, class Action, class Can>
void expect_team_matrix(const Actions& all_actions,
                        const std::map<Action, std::vector<bool>>& expected, Can can,
                        const std::string& variant = "") {
  const auto cols = team_columns();
  for (Action a : all_actions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    ASSERT_EQ(row->second.size(), cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
      auto d = can(cols[c].actor, a, cols[c].role);
      EXPECT_EQ(d.allowed, row->second[c])
          << cols[c].name << " action " << static_cast<int>(a) << " " << variant;
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(all_actions));
}

}  // namespace comdev::teams::testing
