// The maturity path's items computed from the team's documents, on both databases: a community's
// animator writes "feasibility study uploaded" as a computed item (study_uploaded); it is done once
// the team uploads a document of kind study — a budget does not count, a carrier's tick does not
// either — and undone when that study is deleted.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "documents_test_store.h"
#include "features/organisations/organisation_store.h"
#include "http/percent.h"
#include "maturity_test_store.h"
#include "teams_test_store.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using nlohmann::json;
namespace dx = documents_test_store;
namespace fx = teams_test_store;
namespace mt = maturity_test_store;
namespace org_store = organisations::organisation_store;

class MaturityDocuments : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    auto& db = server->db();
    project = fx::new_project(db, "Réseau d'eau du douar Andour");
    ASSERT_NE(project, 0);
    ASSERT_TRUE(mt::set_status(db, project, "maturing"));
    rep = sign_in_new_member(db, Role::member);
    animator = sign_in_new_member(db, Role::animator);
    auto carrier = fx::carrier_of(db, project);
    ASSERT_TRUE(org_store::request_representation(db, carrier, rep.member_id, "").ok());
    ASSERT_TRUE(org_store::decide(db, animator.member_id, carrier, rep.member_id, true, "").ok());
  }

  // The item's state in the project's path, as the API gives it.
  json item(std::int64_t id) {
    auto r = Client(server->port()).get("/api/v1/projects/" + std::to_string(project) + "/stage");
    EXPECT_EQ(r.status, 200) << r.body;
    const json path = json::parse(r.body);
    for (const auto& c : path["checklists"]) {
      for (const auto& i : c["items"]) {
        if (i["id"] == id) return i;
      }
    }
    ADD_FAILURE() << "item " << id << " not in " << r.body.substr(0, 1500);
    return json();
  }
  std::string documents() const { return "/projects/" + std::to_string(project) + "/documents"; }

  std::unique_ptr<TestServer> server;
  std::int64_t project = 0;
  SignedIn rep, animator;
};

TEST_F(MaturityDocuments, AStudyInTheDocumentsTicksTheItemAndItsDeletionUnticksIt) {
  auto& db = server->db();
  auto page = get_as(server->port(), animator, "/animation/maturity");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "une étude déposée dans les documents"));
  // The project's community (its territory is in Souss-Massa's, as the fixtures place it).
  auto slug = db.query("SELECT id FROM communities WHERE slug = 'souss-massa'", {});
  ASSERT_TRUE(slug.ok() && !slug->empty());
  const auto community = std::to_string(slug->rows.front().integer(0));
  auto added = post_form(server->port(), animator, "/animation/maturity/items",
                         "community=" + community + "&stage=ready&label_fr=" +
                             http::percent_encode("Étude de faisabilité déposée") +
                             "&label_ar=&rule=study_uploaded");
  ASSERT_EQ(added.status, 303) << added.body.substr(0, 400);
  auto ids = db.query("SELECT id FROM maturity_items WHERE rule = 'study_uploaded'", {});
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->rows.size(), 1u);
  const auto id = ids->rows.front().integer(0);
  EXPECT_EQ(item(id)["computed"], "study_uploaded");
  EXPECT_FALSE(item(id)["done"].get<bool>());

  // A tick is refused (computed), a budget is not a study.
  EXPECT_EQ(post_form(server->port(), rep,
                      "/projects/" + std::to_string(project) + "/maturity/items/" +
                          std::to_string(id) + "/tick",
                      "done=1&note=x")
                .status,
            409);
  ASSERT_EQ(dx::upload(server->port(), rep, documents(), "budget.pdf", dx::kPdf + "% budget",
                       "Budget", "budget")
                .status,
            303);
  EXPECT_FALSE(item(id)["done"].get<bool>());

  auto study =
      dx::document_id_of(dx::upload(server->port(), rep, documents(), "etude.pdf",
                                    dx::kPdf + "% étude", "Étude de faisabilité", "study"));
  ASSERT_NE(study, 0);
  EXPECT_TRUE(item(id)["done"].get<bool>());

  ASSERT_EQ(
      post_form(server->port(), rep, "/documents/" + std::to_string(study) + "/delete", "confirm=1")
          .status,
      303);
  EXPECT_FALSE(item(id)["done"].get<bool>());
}

}  // namespace
}  // namespace comdev::testing
