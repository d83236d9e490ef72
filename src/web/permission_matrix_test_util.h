// For the permission-matrix tests of features whose policy depends only on the platform role:
// every role × every action, allowed or refused; an action without a row fails the test.
#pragma once

#include <gtest/gtest.h>

#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "web/actor.h"

namespace comdev::web::testing {

// Column order of the expected rows.
inline const std::vector<std::string> kPlatformRoles = {"visitor", "member", "animator", "admin"};

inline Actor actor_for(std::string_view role) {
  Actor a;
  if (role == "visitor") return a;
  a.member_id = 7;
  a.is_animator = role == "animator" || role == "admin";
  a.is_admin = role == "admin";
  return a;
}

// `can(actor, action)` must give each kPlatformRoles column of `expected`, and a refusal must
// say why.
template <class Actions, class Action, class Can>
void expect_matrix(const Actions& all_actions, const std::map<Action, std::vector<bool>>& expected,
                   Can can) {
  for (Action a : all_actions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    for (std::size_t r = 0; r < kPlatformRoles.size(); ++r) {
      auto d = can(actor_for(kPlatformRoles[r]), a);
      EXPECT_EQ(d.allowed, row->second[r])
          << kPlatformRoles[r] << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(all_actions));
}

// The general form: columns of an actor and their standing (the feature's Subject), each named
// for the failure message. `can(actor, action, subject)` must give each column of `expected`, and
// a refusal must say why.
template <class Subject>
struct Column {
  std::string name;
  Actor actor;
  Subject subject;
};
template <class Subject, class Actions, class Action, class Can>
void expect_columns(const Actions& all_actions, const std::vector<Column<Subject>>& columns,
                    const std::map<Action, std::vector<bool>>& expected, Can can) {
  for (Action a : all_actions) {
    auto row = expected.find(a);
    ASSERT_NE(row, expected.end()) << "no row for action " << static_cast<int>(a);
    ASSERT_EQ(row->second.size(), columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto d = can(columns[c].actor, a, columns[c].subject);
      EXPECT_EQ(d.allowed, row->second[c]) << columns[c].name << " action " << static_cast<int>(a);
      if (!d.allowed) {
        EXPECT_FALSE(d.reason.empty());
      }
    }
  }
  EXPECT_EQ(expected.size(), std::size(all_actions));
}

// For policies that also depend on the thing at hand, whose Subject's first member says whether
// the actor is a verified representative of the organisation behind it (the carrier of a project
// or need, the commune of a plan). Columns of the expected rows, in this order:
inline const std::vector<std::string> kRepresentativeColumns = {
    "visitor", "visitor with the flag set", "member", "representative", "animator", "admin"};

// `can(actor, action, subject)` must give each kRepresentativeColumns column of `expected`, and a
// refusal must say why. The flag set on a visitor checks that signing in is required anyway.
template <class Subject, class Actions, class Action, class Can>
void expect_representative_matrix(const Actions& all_actions,
                                  const std::map<Action, std::vector<bool>>& expected, Can can) {
  const Actor visitor = actor_for("visitor"), member = actor_for("member");
  const std::vector<Column<Subject>> columns = {
      {kRepresentativeColumns[0], visitor, Subject{}},
      {kRepresentativeColumns[1], visitor, Subject{true}},
      {kRepresentativeColumns[2], member, Subject{}},
      {kRepresentativeColumns[3], member, Subject{true}},
      {kRepresentativeColumns[4], actor_for("animator"), Subject{}},
      {kRepresentativeColumns[5], actor_for("admin"), Subject{}}};
  expect_columns(all_actions, columns, expected, can);
}

}  // namespace comdev::web::testing
