// The ledger policy played over HTTP on both databases: every role (visitor, member outside the
// team, observer, expert, team animator, carrier, animator of the community, administrator) ×
// every action of ledger_permissions.h, each column on a fresh project. An allowed action
// succeeds (200, or 303 after a form); a refused one is 401, 403 or 404 and appends nothing.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "features/ledger/ledger_permissions.h"
#include "features/ledger/ledger_verify.h"
#include "ledger_test_store.h"
#include "team_roles_test_util.h"

namespace comdev::testing {
namespace {

namespace lx = ledger_test_store;
using ledger::Action;

// The same table as ledger_permissions_test.cpp and docs/money.md.
const std::map<Action, std::vector<bool>> kExpected = {
    {Action::view_public, {true, true, true, true, true, true, true, true}},
    {Action::view_team, {false, false, true, true, true, true, true, true}},
    {Action::record, {false, false, false, false, false, true, false, false}},
    {Action::declare_skill, {false, false, false, true, true, true, false, false}},
    {Action::confirm_skill, {false, false, false, false, false, true, false, false}},
    {Action::reverse, {false, false, false, false, false, true, false, false}},
    {Action::edit_budget, {false, false, false, false, false, true, false, false}},
};

class LedgerMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    animator = sign_in_new_member(server->db(), Role::animator);
  }

  struct Stage {
    TeamStage team;
    std::int64_t money_in = 0, skill = 0, receipt = 0;
  };

  // The column's actor in a fresh project's team; the carrier's representative has received
  // money and declared a skill of their own (which someone else must confirm).
  Stage stage(const std::string& column) {
    Stage s;
    s.team = stage_team(*server, animator, column, "Projet de la colonne " + column);
    auto& db = server->db();
    auto in = lx::append(db, lx::money_in(s.team.project, 500000));
    EXPECT_TRUE(in.ok());
    s.money_in = in.ok() ? in->id : 0;
    auto skill = lx::money_in(s.team.project, 20000);
    skill.kind = ledger::Kind::skill;
    skill.hours_centi = 200;
    skill.rate_minor = 10000;
    skill.recorded_by = s.team.representative.member_id;
    auto sk = lx::append(db, skill);
    EXPECT_TRUE(sk.ok());
    s.skill = sk.ok() ? sk->id : 0;
    s.receipt = lx::receipt(db, s.team.project, "Facture du cimentier");
    return s;
  }

  std::vector<http::testing::ClientResponse> perform(Action a, const Stage& s) {
    auto p = server->port();
    const auto& who = s.team.actor;
    const std::string base = "/projects/" + std::to_string(s.team.project) + "/ledger";
    switch (a) {
      case Action::view_public: {
        http::testing::Client api(p);
        return {get_as(p, who, base), get_as(p, who, base + ".csv"),
                api.get("/api/v1/projects/" + std::to_string(s.team.project) + "/ledger")};
      }
      case Action::view_team:
        return {get_as(p, who, base + "/team")};
      case Action::record:
        return {post_form(p, who, base + "/entries",
                          "kind=material&amount=800&currency=MAD&label=Ciment&quantity=10+sacs"),
                post_form(p, who, base + "/entries",
                          "kind=money_out&amount=120,50&currency=MAD&label=Transport&document_id=" +
                              std::to_string(s.receipt))};
      case Action::declare_skill:
        return {post_form(p, who, base + "/entries",
                          "kind=skill&hours=3&rate=150&currency=MAD&description=Plans")};
      case Action::confirm_skill:
        return {post_form(p, who, base + "/entries/" + std::to_string(s.skill) + "/confirm", "")};
      case Action::reverse:
        return {post_form(p, who, base + "/entries/" + std::to_string(s.money_in) + "/reverse",
                          "reason=Virement+en+double")};
      case Action::edit_budget:
        return {post_form(p, who, base + "/budget", "label=Citerne&planned=45000&currency=MAD")};
    }
    return {};
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
};

TEST_F(LedgerMatrix, EveryRoleTimesEveryActionOverHttp) {
  ASSERT_EQ(kExpected.size(), std::size(ledger::kActions)) << "an action has no row";
  for (std::size_t c = 0; c < kTeamColumns.size(); ++c) {
    Stage s = stage(kTeamColumns[c]);
    for (Action a : ledger::kActions) {
      bool allowed = kExpected.at(a)[c];
      std::string what = kTeamColumns[c] + " action " + std::to_string(static_cast<int>(a));
      for (const auto& r : perform(a, s)) {
        if (allowed) {
          EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status << r.body;
        } else {
          EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
              << what << ": " << r.status;
        }
      }
    }
    auto& db = server->db();
    const auto p = s.team.project;
    std::int64_t expected = 2;  // the stage's money in and skill
    if (kExpected.at(Action::record)[c]) expected += 2;
    if (kExpected.at(Action::declare_skill)[c]) expected += 1;
    if (kExpected.at(Action::confirm_skill)[c]) expected += 1;
    if (kExpected.at(Action::reverse)[c]) expected += 1;
    EXPECT_EQ(lx::scalar(db, "SELECT COUNT(*) FROM ledger_entries WHERE project_id = $1", p),
              expected)
        << kTeamColumns[c];
    EXPECT_EQ(lx::scalar(db, "SELECT COUNT(*) FROM project_budget_lines WHERE project_id = $1", p),
              kExpected.at(Action::edit_budget)[c] ? 1 : 0)
        << kTeamColumns[c];
    auto report = ledger::verify(db, p);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->breaks.empty()) << kTeamColumns[c];
  }
}

TEST_F(LedgerMatrix, TheCarrierDoesNotConfirmTheirOwnSkill) {
  Stage s = stage("carrier");
  auto p = server->port();
  const std::string base = "/projects/" + std::to_string(s.team.project) + "/ledger";
  auto declared = post_form(p, s.team.actor, base + "/entries",
                            "kind=skill&hours=2&rate=100&currency=MAD&description=Relevés");
  ASSERT_EQ(declared.status, 303);
  auto own = lx::scalar(
      server->db(), "SELECT MAX(id) FROM ledger_entries WHERE kind = 'skill' AND project_id = $1",
      s.team.project);
  auto r = post_form(p, s.team.actor, base + "/entries/" + std::to_string(own) + "/confirm", "");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(lx::scalar(server->db(),
                       "SELECT COUNT(*) FROM ledger_entries WHERE confirms_entry_id = $1", own),
            0);
}

}  // namespace
}  // namespace comdev::testing
