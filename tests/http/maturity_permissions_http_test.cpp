// The maturity path's policy played over HTTP on both databases: every column of the team
// (tests/http/team_roles_test_util.h) × every action of maturity_permissions.h, each column on a
// fresh project of the demo community (whose "fundable" checklist is seeded). What the server
// must answer is what `can` says for the same column (maturity_permissions_test.cpp pins the
// policy), so the pages cannot drift from the policy file. An allowed action succeeds (200, or
// 303 after a form) and leaves its trace; a refused one is 401, 403 or 404 and changes nothing.
#include <gtest/gtest.h>

#include <string>

#include "app_test_util.h"
#include "features/maturity/maturity_permissions.h"
#include "features/teams/team_matrix_test_util.h"
#include "http/percent.h"
#include "maturity_test_store.h"
#include "team_roles_test_util.h"
#include "teams_test_store.h"

namespace comdev::testing {
namespace {

namespace mt = maturity_test_store;
using http::testing::ClientResponse;

class MaturityMatrix : public ::testing::Test {
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
      EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status;
    } else {
      EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
          << what << ": " << r.status;
    }
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
};

TEST_F(MaturityMatrix, EveryRoleTimesEveryActionOverHttp) {
  const auto columns = teams::testing::team_columns();
  ASSERT_EQ(columns.size(), kTeamColumns.size());
  auto& db = server->db();
  const auto p = server->port();
  const auto ticked = mt::items(db, "ready", false);
  ASSERT_FALSE(ticked.empty());
  for (std::size_t c = 0; c < kTeamColumns.size(); ++c) {
    const std::string& column = kTeamColumns[c];
    const auto& pure = columns[c];
    using A = maturity::Action;
    auto may = [&](A a) { return maturity::can(pure.actor, a, {pure.role}).allowed; };
    auto s = stage_team(*server, animator, column, "Parcours de la colonne " + column);
    const auto& who = s.actor;
    const std::string base = "/projects/" + std::to_string(s.project);
    // The representative's evidence on the first item, which only some may read.
    ASSERT_EQ(post_form(p, s.representative,
                        base + "/maturity/items/" + std::to_string(ticked[0]) + "/tick",
                        "done=1&note=" + http::percent_encode("Preuve de la colonne"))
                  .status,
              303)
        << column;

    // view_path: the path's page and the API, for everyone.
    expect(may(A::view_path), get_as(p, who, base + "/maturity"), column + " view_path");
    expect(may(A::view_path), get_as(p, who, "/api/v1" + base + "/stage"),
           column + " view_path (api)");
    // view_evidence: the note is on the page for those who may read it, and only for them.
    EXPECT_EQ(contains(get_as(p, who, base + "/maturity").body, "Preuve de la colonne"),
              may(A::view_evidence))
        << column << " view_evidence";

    // tick: the second item.
    auto before = mt::ticks_of(db, s.project);
    expect(may(A::tick),
           post_form(p, who, base + "/maturity/items/" + std::to_string(ticked[1]) + "/tick",
                     "done=1"),
           column + " tick");
    EXPECT_EQ(mt::ticks_of(db, s.project), before + (may(A::tick) ? 1 : 0)) << column;

    // advance: idea → maturing (the demo's "maturing" has no checklist).
    expect(may(A::advance),
           post_form(p, who, base + "/maturity/advance", "from=idea&status=maturing"),
           column + " advance");
    EXPECT_EQ(mt::status_of(db, s.project), may(A::advance) ? "maturing" : "idea") << column;

    // override: maturing → ready with its checklist incomplete, giving a reason.
    ASSERT_TRUE(mt::set_status(db, s.project, "maturing"));
    expect(may(A::override_checklist),
           post_form(p, who, base + "/maturity/advance",
                     "from=maturing&status=ready&override_reason=" +
                         http::percent_encode("Raison de la colonne")),
           column + " override");
    EXPECT_EQ(mt::status_of(db, s.project), may(A::override_checklist) ? "ready" : "maturing")
        << column;

    // configure: the checklists' page and adding an item.
    expect(may(A::configure), get_as(p, who, "/animation/maturity"), column + " configure");
    auto page = get_as(p, animator, "/animation/maturity");
    auto community = hidden_value(page.body, "community");
    auto items = mt::items_count(db);
    expect(may(A::configure),
           post_form(p, who, "/animation/maturity/items",
                     "community=" + community + "&stage=done&label_fr=Bilan&rule="),
           column + " configure (add)");
    EXPECT_EQ(mt::items_count(db), items + (may(A::configure) ? 1 : 0)) << column;
  }
}

}  // namespace
}  // namespace comdev::testing
