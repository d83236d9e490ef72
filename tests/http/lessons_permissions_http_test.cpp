// The lessons policy played over HTTP on both databases: every column of the team
// (tests/http/team_roles_test_util.h) × every action of lesson_permissions.h, each column on a
// fresh finished project. What the server answers is what `can` says for the same column and the
// sheet's state (the policy's own matrix tests pin the policy), so the pages cannot drift from
// it. An allowed action succeeds (200, or 303 after a form) and changes what the test reads back;
// a refused one is 401, 403 or 404, shows nothing of an unpublished sheet and changes nothing.
#include <gtest/gtest.h>

#include <string>

#include "app_test_util.h"
#include "features/lessons/lesson_permissions.h"
#include "features/teams/team_matrix_test_util.h"
#include "lessons_test_store.h"
#include "team_roles_test_util.h"
#include "teams_test_store.h"

namespace comdev::testing {
namespace {

namespace fx = teams_test_store;
namespace ls = lessons_test_store;
using http::testing::ClientResponse;
using lessons::Action;
using lessons::State;

class LessonsMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    animator = sign_in_new_member(server->db(), Role::animator);
  }

  void expect(bool allowed, const ClientResponse& r, const std::string& what, bool secret = false) {
    if (allowed) {
      EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status << r.body;
    } else {
      EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
          << what << ": " << r.status;
      if (secret) {
        EXPECT_FALSE(contains(r.body, "Fiche de la colonne")) << what << " leaked";
      }
    }
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
};

TEST_F(LessonsMatrix, EveryRoleTimesEveryActionOverHttp) {
  const auto columns = teams::testing::team_columns();
  ASSERT_EQ(columns.size(), kTeamColumns.size());
  auto& db = server->db();
  const auto p = server->port();
  for (std::size_t c = 0; c < kTeamColumns.size(); ++c) {
    const std::string& column = kTeamColumns[c];
    const auto& pure = columns[c];
    auto s = stage_team(*server, animator, column, "Projet terminé " + column);
    ASSERT_TRUE(ls::set_project_status(db, s.project, "done"));
    const auto& who = s.actor;
    auto may = [&](Action a, State state, bool may_create = false) {
      return lessons::can(pure.actor, a, {pure.role, state, true, may_create}).allowed;
    };
    const std::string base = "/projects/" + std::to_string(s.project);

    // Start: only the team's writers begin the sheet of a finished project.
    expect(may(Action::start, State::draft), post_form(p, who, base + "/lesson", ""),
           column + " start");
    auto sheet = ls::sheet_of(db, s.project);
    EXPECT_EQ(sheet != 0, may(Action::start, State::draft)) << column;
    if (sheet == 0) sheet = ls::insert_sheet(db, s.project, "Fiche de la colonne", "draft");
    ASSERT_NE(sheet, 0);
    ASSERT_TRUE(ls::complete(db, sheet, "Fiche de la colonne"));
    const std::string url = "/lessons/" + std::to_string(sheet);

    // A draft: read, edit, submit.
    expect(may(Action::view, State::draft), get_as(p, who, url), column + " view draft", true);
    expect(may(Action::edit, State::draft), get_as(p, who, url + "/edit"), column + " edit form",
           true);
    expect(may(Action::edit, State::draft),
           post_form(p, who, url + "/edit",
                     "title=Fiche%20de%20la%20colonne%20revue&sectors=water&context=C&"
                     "results=R&lessons=L"),
           column + " edit");
    EXPECT_EQ(ls::title_of(db, sheet) == "Fiche de la colonne revue",
              may(Action::edit, State::draft))
        << column;
    expect(may(Action::submit, State::draft), post_form(p, who, url + "/submit", ""),
           column + " submit");
    EXPECT_EQ(ls::state_of(db, sheet), may(Action::submit, State::draft) ? "submitted" : "draft")
        << column;

    // Submitted: read, publish; then send back.
    ASSERT_TRUE(ls::set_state(db, sheet, "submitted"));
    expect(may(Action::view, State::submitted), get_as(p, who, url), column + " view submitted",
           true);
    expect(may(Action::edit, State::submitted),
           post_form(p, who, url + "/edit", "title=Chang%C3%A9e"), column + " edit submitted");
    expect(may(Action::publish, State::submitted), post_form(p, who, url + "/publish", ""),
           column + " publish");
    EXPECT_EQ(ls::state_of(db, sheet),
              may(Action::publish, State::submitted) ? "published" : "submitted")
        << column;
    ASSERT_TRUE(ls::set_state(db, sheet, "submitted"));
    expect(may(Action::send_back, State::submitted),
           post_form(p, who, url + "/send-back", "note=Pr%C3%A9cisez%20le%20budget."),
           column + " send_back");
    EXPECT_EQ(ls::state_of(db, sheet),
              may(Action::send_back, State::submitted) ? "draft" : "submitted")
        << column;

    // Published: everyone reads; starting a project from it needs the right to create one
    // (no column here represents an organisation: animators and administrators may).
    ASSERT_TRUE(ls::set_state(db, sheet, "published"));
    expect(may(Action::view, State::published), get_as(p, who, url), column + " view published");
    auto before = ls::projects_count(db);
    expect(may(Action::start_project, State::published),
           post_form(p, who, url + "/start-project",
                     "carrier=" + std::to_string(fx::carrier_of(db, s.project)) +
                         "&commune=" + std::to_string(ls::territory_of(db, s.project))),
           column + " start_project");
    EXPECT_EQ(ls::projects_count(db),
              before + (may(Action::start_project, State::published) ? 1 : 0))
        << column;
  }
}

// The representative of an organisation may start a project from a published sheet, carried by
// the organisation they represent — not by another one.
TEST_F(LessonsMatrix, ARepresentativeStartsAProjectForTheirOwnOrganisationOnly) {
  auto& db = server->db();
  const auto p = server->port();
  auto s = stage_team(*server, animator, "member", "Projet source");
  auto other = fx::new_project(db, "Projet d'une autre association");
  auto sheet = ls::insert_sheet(db, s.project, "Fiche publiée", "published");
  const std::string url = "/lessons/" + std::to_string(sheet) + "/start-project";
  auto territory = std::to_string(ls::territory_of(db, s.project));
  auto before = ls::projects_count(db);
  auto refused =
      post_form(p, s.representative, url,
                "carrier=" + std::to_string(fx::carrier_of(db, other)) + "&commune=" + territory);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(ls::projects_count(db), before);
  auto ok = post_form(
      p, s.representative, url,
      "carrier=" + std::to_string(fx::carrier_of(db, s.project)) + "&commune=" + territory);
  EXPECT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(ls::projects_count(db), before + 1);
  EXPECT_EQ(ls::reuses_of(db, sheet), 1);
}

}  // namespace
}  // namespace comdev::testing
