// The documents policy played over HTTP on both databases: every role (visitor, member outside
// the team, observer, expert, team animator, carrier, animator of the community, administrator)
// × every action of document_permissions.h, each column on a fresh project. An allowed action
// succeeds (200, or 303 after an upload or a deletion); a refused one is 401, 403 or 404, never
// shows the document's bytes and changes nothing.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "documents_test_store.h"
#include "features/documents/document_permissions.h"
#include "team_roles_test_util.h"

namespace comdev::testing {
namespace {

namespace dx = documents_test_store;
using documents::Action;

// The same table as document_permissions_test.cpp and docs/teams.md.
const std::map<Action, std::vector<bool>> kExpected = {
    {Action::view, {false, false, true, true, true, true, true, true}},
    {Action::upload, {false, false, false, true, true, true, true, true}},
    {Action::remove, {false, false, false, false, true, true, true, true}},
};

const std::string kSecret = dx::kPdf + "% devis confidentiel\n";

class DocumentsMatrix : public ::testing::Test {
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
    std::int64_t document = 0;
  };

  // The column's actor in a fresh project's team, whose carrier has uploaded a document.
  Stage stage(const std::string& column) {
    Stage s;
    s.team = stage_team(*server, animator, column, "Projet de la colonne " + column);
    s.document = dx::document_id_of(
        dx::upload(server->port(), s.team.representative, list(s), "devis.pdf", kSecret, "Devis"));
    EXPECT_NE(s.document, 0);
    return s;
  }
  static std::string list(const Stage& s) {
    return "/projects/" + std::to_string(s.team.project) + "/documents";
  }

  // Each action through every door it has: the list, the document, its file; an upload.
  std::vector<http::testing::ClientResponse> perform(Action a, const Stage& s) {
    auto p = server->port();
    const std::string doc = "/documents/" + std::to_string(s.document);
    switch (a) {
      case Action::view:
        return {get_as(p, s.team.actor, list(s)), get_as(p, s.team.actor, doc),
                get_as(p, s.team.actor, doc + "/versions/1/file")};
      case Action::upload:
        return {dx::upload(p, s.team.actor, list(s), "autre.pdf", dx::kPdf + "% autre", "Autre"),
                dx::upload(p, s.team.actor, doc + "/versions", "devis2.pdf", dx::kPdf + "% v2")};
      case Action::remove:
        // The carrier's version: the column's actor did not upload it.
        return {get_as(p, s.team.actor, doc + "/versions/1/delete"),
                post_form(p, s.team.actor, doc + "/versions/1/delete", "confirm=1")};
    }
    return {};
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
};

TEST_F(DocumentsMatrix, EveryRoleTimesEveryActionOverHttp) {
  ASSERT_EQ(kExpected.size(), std::size(documents::kActions)) << "an action has no row";
  for (std::size_t c = 0; c < kTeamColumns.size(); ++c) {
    Stage s = stage(kTeamColumns[c]);
    for (Action a : documents::kActions) {
      bool allowed = kExpected.at(a)[c];
      std::string what = kTeamColumns[c] + " action " + std::to_string(static_cast<int>(a));
      for (const auto& r : perform(a, s)) {
        if (allowed) {
          EXPECT_TRUE(r.status == 200 || r.status == 303) << what << ": " << r.status;
        } else {
          EXPECT_TRUE(r.status == 401 || r.status == 403 || r.status == 404)
              << what << ": " << r.status;
          EXPECT_FALSE(contains(r.body, "confidentiel")) << what << " leaked the document";
        }
      }
    }
    auto project = std::to_string(s.team.project);
    EXPECT_EQ(dx::count(server->db(),
                        "SELECT COUNT(*) FROM document_versions v JOIN documents d ON "
                        "d.id = v.document_id WHERE d.project_id = " +
                            project),
              (kExpected.at(Action::upload)[c] ? 3 : 1) - (kExpected.at(Action::remove)[c] ? 1 : 0))
        << kTeamColumns[c];
  }
}

}  // namespace
}  // namespace comdev::testing
