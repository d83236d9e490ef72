// The needs of a project on both databases: a verified representative of the carrier publishes
// skill, funding and material needs through the form and the API; each need has its page with
// share tags and a status that follows the lifecycle; bad input (a negative amount, an end before
// the start, an unknown skill, broken JSON) gets a clear message and leaves nothing half-saved;
// someone who does not represent the carrier cannot write.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/audit/audit_store.h"
#include "features/needs/need_store.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "main/wiring.h"
#include "needs_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
namespace org_store = organisations::organisation_store;
namespace fixture = needs_test_store;

class Needs : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    auto& db = server->db();
    auto carrier =
        org_store::create(db, 0, {"village_association", "Association des besoins", 0, "", true});
    ASSERT_TRUE(carrier.ok());
    carrier_id = *carrier;
    auto t = territories::territory_store::find_by_slug(db, "taroudant");
    ASSERT_TRUE(t.ok() && *t);
    project_id = fixture::insert_project(db, "Station d'épuration d'essai", carrier_id, (*t)->id);
    ASSERT_NE(project_id, 0);
    rep = sign_in_new_member(db, Role::member);
    auto animator = sign_in_new_member(db, Role::animator);
    ASSERT_TRUE(org_store::request_representation(db, carrier_id, rep.member_id, "Président").ok());
    ASSERT_TRUE(org_store::decide(db, animator.member_id, carrier_id, rep.member_id, true,
                                  "Appel au bureau")
                    .ok());
  }

  http::testing::ClientResponse post_form(const SignedIn& who, const std::string& path,
                                          const std::string& body) {
    return testing::post_form(server->port(), who, path, body);
  }
  http::testing::ClientResponse get_as(const SignedIn& who, const std::string& path) {
    return testing::get_as(server->port(), who, path);
  }
  std::string token_of(const SignedIn& who) { return testing::token_of(server->port(), who); }
  http::testing::ClientResponse api_post(const std::string& token, const std::string& path,
                                         const std::string& body) {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return c.request("POST", path, headers, body);
  }
  std::string new_path() const { return "/projects/" + std::to_string(project_id) + "/needs/new"; }
  std::int64_t id_from(const std::string& location) {
    // "/needs/12?saved=1" -> 12
    auto rest = location.substr(std::string("/needs/").size());
    return std::stoll(rest.substr(0, rest.find('?')));
  }

  std::unique_ptr<TestServer> server;
  std::int64_t carrier_id = 0, project_id = 0;
  SignedIn rep;
};

const std::string kSkillForm =
    "kind=skill&title=" + http::percent_encode("Étude d'assainissement du douar") +
    "&description=" + http::percent_encode("Diagnostic et avant-projet") +
    "&mode=both&period_start=2027-07-01&period_end=2027-08-31&effort_days=10"
    "&skill.sanitation=expert&skill.hydraulics=intermediate&languages=fr&languages=ar"
    "&amount=&currency=MAD&item=&quantity=";

TEST_F(Needs, ARepresentativePublishesASkillNeedWithItsOwnSharedPage) {
  auto form = get_as(rep, new_path());
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(contains(form.body, "name=\"skill.sanitation\""));
  auto created = post_form(rep, new_path(), kSkillForm);
  ASSERT_EQ(created.status, 303) << created.body;
  auto id = id_from(created.headers["location"]);
  auto page = get_as(rep, created.headers["location"]);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Étude d&#39;assainissement du douar"));
  EXPECT_TRUE(contains(page.body, "Assainissement (expert)"));
  EXPECT_TRUE(contains(page.body, "Station d&#39;épuration d&#39;essai"));
  EXPECT_TRUE(contains(page.body, "10 jours"));
  EXPECT_TRUE(contains(page.body, "/needs/" + std::to_string(id) + "/status"));

  // A visitor reads it, with the tags a WhatsApp or Facebook preview shows.
  Client visitor(server->port());
  auto pub = visitor.get("/needs/" + std::to_string(id));
  ASSERT_EQ(pub.status, 200);
  EXPECT_TRUE(contains(pub.body, "property=\"og:title\" content=\"Étude d&#39;assainissement"));
  EXPECT_TRUE(contains(pub.body, "og:url\" content=\"http"));
  EXPECT_TRUE(contains(pub.body, "/needs/" + std::to_string(id) + "\">"));
  EXPECT_FALSE(contains(pub.body, "/needs/" + std::to_string(id) + "/status"));

  // Sharing: the WhatsApp link and the poster with its QR code.
  EXPECT_TRUE(contains(pub.body, "https://wa.me/?text="));
  auto poster = visitor.get("/needs/" + std::to_string(id) + "/poster");
  ASSERT_EQ(poster.status, 200);
  EXPECT_TRUE(contains(poster.body, "<svg"));
  EXPECT_TRUE(contains(poster.body, "Étude d&#39;assainissement du douar"));

  // The project's page lists it in its needs section; only writers see "add a need".
  std::string project = "/projects/" + std::to_string(project_id);
  auto project_page = visitor.get(project);
  ASSERT_EQ(project_page.status, 200);
  EXPECT_TRUE(contains(project_page.body, "id=\"needs\""));
  EXPECT_TRUE(contains(project_page.body, "href=\"/needs/" + std::to_string(id) + "\""));
  EXPECT_FALSE(contains(project_page.body, new_path()));
  EXPECT_TRUE(contains(get_as(rep, project).body, new_path()));
  // The project's poster lists what it looks for.
  auto project_poster = visitor.get(project + "/poster");
  ASSERT_EQ(project_poster.status, 200);
  EXPECT_TRUE(contains(project_poster.body, "Étude d&#39;assainissement du douar"));

  auto& db = server->db();
  EXPECT_EQ(fixture::skills_of(db, project_id), 2);
  EXPECT_GE(fixture::changes_of(db, "need", id), 1);
  EXPECT_GE(fixture::changes_of(db, "project", project_id), 1);
  auto log = audit::audit_store::latest(db, 20);
  ASSERT_TRUE(log.ok());
  bool audited = false;
  for (const auto& e : *log)
    audited = audited || (e.action == "need.created" && e.subject_id == id);
  EXPECT_TRUE(audited);
}

TEST_F(Needs, BadInputGetsAClearMessageAndNothingIsSaved) {
  struct Case {
    std::string body, message;
  };
  const Case cases[] = {
      {"kind=funding&title=Cofinancement&amount=-15000&currency=MAD",
       "Le montant doit être supérieur à zéro"},
      {"kind=funding&title=Cofinancement&amount=0&currency=MAD",
       "Le montant doit être supérieur à zéro"},
      {"kind=funding&title=Cofinancement&amount=12000&currency=USD",
       "La devise doit être MAD ou EUR"},
      {"kind=skill&title=Topographie&mode=remote&period_start=2027-08-01&period_end=2027-07-01"
       "&skill.gis_mapping=expert",
       "La fin de la période ne peut pas précéder son début"},
      {"kind=skill&title=Topographie&mode=remote&skill.astrology=expert",
       "ne fait pas partie de la liste des compétences"},
      {"kind=skill&title=Topographie&mode=remote", "Indiquez au moins une compétence"},
      {"kind=material&title=Bacs&item=Bac&quantity=-2", "La quantité doit être un nombre entier"},
      {"kind=wish&title=Un+souhait", "Choisissez le type de besoin"},
  };
  for (const auto& c : cases) {
    auto r = post_form(rep, new_path(), c.body);
    EXPECT_EQ(r.status, 422) << c.body;
    EXPECT_TRUE(contains(r.body, c.message)) << c.body;
  }
  // The typed text comes back in the form.
  auto kept = post_form(rep, new_path(), "kind=funding&title=Cofinancement+gardé&amount=-5");
  EXPECT_TRUE(contains(kept.body, "value=\"Cofinancement gardé\""));
  EXPECT_EQ(fixture::needs_of(server->db(), project_id), 0);
  EXPECT_EQ(fixture::changes_of(server->db(), "project", project_id), 0);
}

TEST_F(Needs, OnlyTheCarriersRepresentativesAndModeratorsWrite) {
  auto member = sign_in_new_member(server->db(), Role::member);
  EXPECT_EQ(get_as(member, new_path()).status, 403);
  auto refused = post_form(member, new_path(), kSkillForm);
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(contains(refused.body, "représentants vérifiés"));
  Client visitor(server->port());
  EXPECT_EQ(visitor.get(new_path()).status, 403);
  EXPECT_EQ(fixture::needs_of(server->db(), project_id), 0);

  // A representative of another organisation is not one of this carrier's.
  auto animator = sign_in_new_member(server->db(), Role::animator);
  auto other = org_store::create(server->db(), 0, {"cooperative", "Autre coopérative", 0, "", 1});
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE(org_store::request_representation(server->db(), *other, member.member_id, "x").ok());
  ASSERT_TRUE(
      org_store::decide(server->db(), animator.member_id, *other, member.member_id, true, "ok")
          .ok());
  EXPECT_EQ(post_form(member, new_path(), kSkillForm).status, 403);

  // An animator moderates: allowed.
  auto by_animator = post_form(animator, new_path(), kSkillForm);
  ASSERT_EQ(by_animator.status, 303) << by_animator.body;
  auto id = std::to_string(id_from(by_animator.headers["location"]));
  // The member can neither edit nor move it.
  EXPECT_EQ(get_as(member, "/needs/" + id + "/edit").status, 403);
  EXPECT_EQ(post_form(member, "/needs/" + id + "/edit", kSkillForm).status, 403);
  EXPECT_EQ(post_form(member, "/needs/" + id + "/status", "status=closed").status, 403);
  EXPECT_EQ(fixture::status_of(server->db(), std::stoll(id)), "open");
  // Unknown ids are 404, not 500.
  EXPECT_EQ(get_as(rep, "/needs/99999999").status, 404);
  EXPECT_EQ(get_as(rep, "/projects/99999999/needs/new").status, 404);
  EXPECT_EQ(get_as(rep, "/needs/abc").status, 404);
}

TEST_F(Needs, TheStatusFollowsTheLifecycleAndEditsKeepTheKind) {
  auto created = post_form(rep, new_path(),
                           "kind=material&title=" + http::percent_encode("Bacs de tri") + "&item=" +
                               http::percent_encode("Bac de 240 litres") + "&quantity=20");
  ASSERT_EQ(created.status, 303) << created.body;
  auto id = id_from(created.headers["location"]);
  auto sid = std::to_string(id);
  auto& db = server->db();
  auto changes_before = fixture::changes_of(db, "need", id);

  ASSERT_EQ(post_form(rep, "/needs/" + sid + "/status", "status=satisfied").status, 303);
  EXPECT_EQ(fixture::status_of(db, id), "satisfied");
  EXPECT_GT(fixture::changes_of(db, "need", id), changes_before);
  // satisfied → discussion is not a step of the lifecycle.
  auto skip = post_form(rep, "/needs/" + sid + "/status", "status=discussion");
  EXPECT_EQ(skip.status, 422);
  EXPECT_TRUE(contains(skip.body, "pas possible depuis le statut actuel"));
  EXPECT_EQ(post_form(rep, "/needs/" + sid + "/status", "status=finished").status, 422);
  EXPECT_EQ(fixture::status_of(db, id), "satisfied");
  ASSERT_EQ(post_form(rep, "/needs/" + sid + "/status", "status=closed").status, 303);
  ASSERT_EQ(post_form(rep, "/needs/" + sid + "/status", "status=open").status, 303);
  EXPECT_EQ(fixture::status_of(db, id), "open");

  // The edit keeps the kind, whatever the form says.
  auto form = get_as(rep, "/needs/" + sid + "/edit");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "value=\"Bac de 240 litres\""));
  auto edited = post_form(rep, "/needs/" + sid + "/edit",
                          "kind=funding&title=" + http::percent_encode("Bacs de tri sélectif") +
                              "&item=Bac&quantity=25&amount=100");
  ASSERT_EQ(edited.status, 303) << edited.body;
  auto n = needs::need_store::find(db, id);
  ASSERT_TRUE(n.ok() && *n);
  EXPECT_EQ((*n)->data.kind, "material");
  EXPECT_EQ((*n)->data.title, "Bacs de tri sélectif");
  EXPECT_EQ((*n)->data.quantity, 25);
  EXPECT_FALSE((*n)->data.amount_minor.has_value());
  // A bad edit changes nothing.
  EXPECT_EQ(post_form(rep, "/needs/" + sid + "/edit", "title=Bacs&item=Bac&quantity=0").status,
            422);
  EXPECT_EQ(needs::need_store::find(db, id)->value().data.quantity, 25);
}

TEST_F(Needs, TheApiCreatesAndReadsNeedsWithTheSameChecks) {
  auto token = token_of(rep);
  ASSERT_FALSE(token.empty());
  std::string path = "/api/v1/projects/" + std::to_string(project_id) + "/needs";
  auto made = api_post(token, path,
                       R"({"kind":"funding","title":"Cofinancement de la station",
                           "amount_minor":15000000,"currency":"MAD"})");
  ASSERT_EQ(made.status, 201) << made.body;
  auto j = nlohmann::json::parse(made.body);
  EXPECT_EQ(j["amount_minor"], 15000000);
  EXPECT_EQ(j["status"], "open");
  EXPECT_EQ(j["project"]["id"], project_id);
  auto skill = api_post(token, path,
                        R"({"kind":"skill","title":"Étude de faisabilité","mode":"remote",
                            "skills":[{"slug":"feasibility_studies","level":"expert"}],
                            "languages":["fr"],"effort_days":5})");
  ASSERT_EQ(skill.status, 201) << skill.body;

  Client c(server->port());
  auto read = c.get("/api/v1/needs/" + std::to_string(j["id"].get<std::int64_t>()));
  ASSERT_EQ(read.status, 200);
  EXPECT_TRUE(contains(read.body, "\"currency\":\"MAD\""));
  EXPECT_EQ(c.get("/api/v1/needs/99999999").status, 404);

  struct Case {
    std::string body, field, message;
  };
  const Case bad[] = {
      {R"({"kind":"funding","title":"Cofinancement","amount_minor":-100,"currency":"MAD"})",
       "amount", "supérieur à zéro"},
      {R"({"kind":"skill","title":"Topographie","mode":"remote","period_start":"2027-08-01",
          "period_end":"2027-07-01","skills":[{"slug":"gis_mapping","level":"expert"}]})",
       "period_end", "ne peut pas précéder"},
      {R"({"kind":"skill","title":"Topographie","mode":"remote",
          "skills":[{"id":987654,"level":"expert"}]})",
       "skills", "ne fait pas partie"},
      {R"({"kind":"material","title":"Bacs","item":"Bac","quantity":"vingt"})", "quantity",
       "nombre entier"},
  };
  for (const auto& b : bad) {
    auto r = api_post(token, path, b.body);
    EXPECT_EQ(r.status, 422) << b.body;
    auto e = nlohmann::json::parse(r.body, nullptr, false);
    ASSERT_TRUE(e.contains("error")) << r.body;
    EXPECT_EQ(e["error"]["code"], "invalid");
    EXPECT_TRUE(contains(r.body, b.field)) << r.body;
    EXPECT_TRUE(contains(r.body, b.message)) << r.body;
  }
  EXPECT_EQ(api_post(token, path, "{not json").status, 422);
  EXPECT_EQ(api_post("", path, R"({"kind":"material"})").status, 401);
  auto stranger = sign_in_new_member(server->db(), Role::member);
  EXPECT_EQ(api_post(token_of(stranger), path,
                     R"({"kind":"material","title":"Bacs","item":"Bac","quantity":3})")
                .status,
            403);
  EXPECT_EQ(api_post(token, "/api/v1/projects/99999999/needs", R"({})").status, 404);
  EXPECT_EQ(fixture::needs_of(server->db(), project_id), 2);
}

TEST_F(Needs, TheDemoNeedsSitOnTheirProjectsAndLoadingTwiceChangesNothing) {
  auto& db = server->db();
  auto demo = fixture::demo_needs(db);
  EXPECT_GT(demo, 20);  // the seeds' projects come with their needs
  ASSERT_TRUE(load_demo(db, server->app().config()).ok());
  EXPECT_EQ(fixture::demo_needs(db), demo);
  // Every kind is there, with a page.
  for (const char* kind : {"skill", "funding", "material"}) {
    auto id = fixture::first_demo_need(db, kind);
    ASSERT_NE(id, 0) << kind;
    Client c(server->port());
    auto page = c.get("/needs/" + std::to_string(id));
    EXPECT_EQ(page.status, 200) << kind;
    EXPECT_TRUE(contains(page.body, "Besoin de démonstration")) << kind;
  }
  // The home page counts the open needs.
  Client c(server->port());
  EXPECT_TRUE(contains(c.get("/").body, "besoins ouverts"));
}

}  // namespace
}  // namespace comdev::testing
