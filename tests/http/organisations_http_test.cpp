// Organisations and their representatives on both databases: a member asks to represent an
// organisation, an animator verifies it with a note of how, and only then does the member speak
// in its name; the audit log has the entry; a plain member cannot verify; another
// organisation's id or an answered request changes nothing (IDOR). The territory tree is the
// real one.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/audit/audit_store.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "main/wiring.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
namespace org_store = organisations::organisation_store;

class Organisations : public ::testing::Test {
 protected:
  void SetUp() override { server = TestServer::start(); }

  std::int64_t new_organisation(const std::string& name) {
    auto id = org_store::create(server->db(), 0, {"village_association", name, 0, "", true});
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  }

  std::unique_ptr<TestServer> server;

  // A form POST as a signed-in browser would send it.
  http::testing::ClientResponse post_form(const SignedIn& who, const std::string& path,
                                          const std::string& body) {
    return testing::post_form(server->port(), who, path, body);
  }
  http::testing::ClientResponse get_as(const SignedIn& who, const std::string& path) {
    return testing::get_as(server->port(), who, path);
  }
  bool audit_has(std::string_view action, std::int64_t subject, std::int64_t actor) {
    auto log = audit::audit_store::latest(server->db(), 50);
    if (!log.ok()) return false;
    for (const auto& e : *log) {
      if (e.action == action && e.subject_id == subject && e.actor_id == actor) return true;
    }
    return false;
  }
};

TEST_F(Organisations, OnlyAVerifiedRepresentationCounts) {
  auto& db = server->db();
  auto member = sign_in_new_member(db, Role::member);
  auto animator = sign_in_new_member(db, Role::animator);
  auto org = new_organisation("Association d'essai A");
  auto other = new_organisation("Association d'essai B");

  EXPECT_TRUE(org_store::verified_representations(db, member.member_id)->empty());
  auto st = org_store::request_representation(db, org, member.member_id, "Secrétaire");
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(*st, "requested");
  EXPECT_FALSE(org_store::is_verified_representative(db, member.member_id, org));
  ASSERT_EQ(org_store::pending(db)->size(), 1u);

  // The wrong organisation's id matches no pending request.
  EXPECT_FALSE(org_store::decide(db, animator.member_id, other, member.member_id, true, "x").ok());
  ASSERT_TRUE(org_store::decide(db, animator.member_id, org, member.member_id, true, "Appel").ok());
  EXPECT_TRUE(org_store::is_verified_representative(db, member.member_id, org));
  EXPECT_FALSE(org_store::is_verified_representative(db, member.member_id, other));
  auto reps = org_store::verified_representations(db, member.member_id);
  ASSERT_TRUE(reps.ok());
  ASSERT_EQ(reps->size(), 1u);
  EXPECT_EQ(reps->front().organisation_id, org);
  EXPECT_EQ(reps->front().type, "village_association");
  // An answered request cannot be answered again.
  EXPECT_FALSE(org_store::decide(db, animator.member_id, org, member.member_id, false, "non").ok());
  EXPECT_TRUE(org_store::is_verified_representative(db, member.member_id, org));
  auto log = audit::audit_store::latest(db, 10);
  ASSERT_TRUE(log.ok());
  bool found = false;
  for (const auto& e : *log) {
    found = found || (e.action == "organisation.representative.verified" && e.subject_id == org &&
                      e.actor_id == animator.member_id);
  }
  EXPECT_TRUE(found);
}

TEST_F(Organisations, AMemberIsVerifiedThroughThePagesAndTheAuditLogHasIt) {
  auto member = sign_in_new_member(server->db(), Role::member);
  auto animator = sign_in_new_member(server->db(), Role::animator);
  auto org = new_organisation("Association d'essai C");
  std::string id = std::to_string(org);

  auto page = get_as(member, "/organisations/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "/organisations/" + id + "/represent"));
  auto asked = post_form(member, "/organisations/" + id + "/represent",
                         "message=" + http::percent_encode("Secrétaire de l'association"));
  ASSERT_EQ(asked.status, 303) << asked.body;
  EXPECT_EQ(asked.headers["location"], "/organisations/" + id + "?sent=1");
  // Asking twice keeps one pending request.
  EXPECT_EQ(post_form(member, "/organisations/" + id + "/represent", "message=encore").status, 303);

  auto queue = get_as(animator, "/animation/representatives");
  ASSERT_EQ(queue.status, 200);
  std::string action = "/animation/representatives/" + id + "/" + std::to_string(member.member_id);
  EXPECT_TRUE(contains(queue.body, action));
  EXPECT_TRUE(contains(queue.body, "Secrétaire de l&#39;association"));

  // A note is required.
  auto no_note = post_form(animator, action, "decision=verify&note=");
  EXPECT_EQ(no_note.status, 422);
  EXPECT_FALSE(org_store::is_verified_representative(server->db(), member.member_id, org));

  auto verified = post_form(
      animator, action,
      "decision=verify&note=" + http::percent_encode("Appel au secrétariat de l'association"));
  ASSERT_EQ(verified.status, 303) << verified.body;
  EXPECT_TRUE(org_store::is_verified_representative(server->db(), member.member_id, org));
  EXPECT_TRUE(audit_has("organisation.representative.verified", org, animator.member_id));
  auto shown = get_as(member, "/organisations/" + id);
  EXPECT_TRUE(contains(shown.body, "Demo member"));
  EXPECT_FALSE(contains(get_as(animator, "/animation/representatives").body, action));
}

TEST_F(Organisations, APlainMemberCannotSeeTheQueueNorVerify) {
  auto member = sign_in_new_member(server->db(), Role::member);
  auto other = sign_in_new_member(server->db(), Role::member);
  auto org = new_organisation("Association d'essai D");
  ASSERT_TRUE(org_store::request_representation(server->db(), org, other.member_id, "moi").ok());
  EXPECT_EQ(get_as(member, "/animation/representatives").status, 403);
  auto r = post_form(
      member,
      "/animation/representatives/" + std::to_string(org) + "/" + std::to_string(other.member_id),
      "decision=verify&note=je+le+connais");
  EXPECT_EQ(r.status, 403);
  // Not even for their own request.
  ASSERT_TRUE(org_store::request_representation(server->db(), org, member.member_id, "moi").ok());
  r = post_form(
      member,
      "/animation/representatives/" + std::to_string(org) + "/" + std::to_string(member.member_id),
      "decision=verify&note=c+est+moi");
  EXPECT_EQ(r.status, 403);
  EXPECT_FALSE(org_store::is_verified_representative(server->db(), member.member_id, org));
  EXPECT_EQ(get_as(member, "/organisations/new").status, 403);
  Client anonymous(server->port());
  EXPECT_EQ(anonymous.get("/animation/representatives").status, 403);
}

TEST_F(Organisations, AnotherOrganisationsIdOrAnAnsweredRequestChangesNothing) {
  auto member = sign_in_new_member(server->db(), Role::member);
  auto animator = sign_in_new_member(server->db(), Role::animator);
  auto org = new_organisation("Association d'essai E");
  auto other = new_organisation("Association d'essai F");
  ASSERT_TRUE(org_store::request_representation(server->db(), org, member.member_id, "moi").ok());
  auto path = [&](std::int64_t o) {
    return "/animation/representatives/" + std::to_string(o) + "/" +
           std::to_string(member.member_id);
  };
  EXPECT_EQ(post_form(animator, path(other), "decision=verify&note=appel").status, 404);
  EXPECT_EQ(post_form(animator, path(999999), "decision=verify&note=appel").status, 404);
  EXPECT_FALSE(org_store::is_verified_representative(server->db(), member.member_id, other));
  ASSERT_EQ(post_form(animator, path(org), "decision=refuse&note=inconnu").status, 303);
  EXPECT_TRUE(audit_has("organisation.representative.refused", org, animator.member_id));
  // Answered: neither verifying nor refusing again changes it.
  EXPECT_EQ(post_form(animator, path(org), "decision=verify&note=appel").status, 404);
  EXPECT_FALSE(org_store::is_verified_representative(server->db(), member.member_id, org));
  // A forged CSRF token is refused before anything happens.
  Client c(server->port());
  auto forged = c.request(
      "POST", path(org),
      {{"Cookie", animator.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}},
      "_csrf=forged&decision=verify&note=appel");
  EXPECT_EQ(forged.status, 403);
}

TEST_F(Organisations, AnimatorsCreateOrganisations) {
  auto animator = sign_in_new_member(server->db(), Role::animator);
  auto bad = post_form(animator, "/organisations/new", "type=club&name=x");
  EXPECT_EQ(bad.status, 422);
  auto ok = post_form(animator, "/organisations/new",
                      "type=cooperative&name=" + http::percent_encode("Coopérative d'essai") +
                          "&territory=&description=");
  ASSERT_EQ(ok.status, 303) << ok.body;
  auto again = post_form(animator, "/organisations/new",
                         "type=cooperative&name=" + http::percent_encode("Coopérative d'essai"));
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(get_as(animator, ok.headers["location"]).status, 200);
}

TEST_F(Organisations, AnAdministratorGrantsAndRevokesTheAnimatorRole) {
  auto admin = sign_in_new_member(server->db(), Role::admin);
  auto animator = sign_in_new_member(server->db(), Role::animator);
  auto member = sign_in_new_member(server->db(), Role::member);
  std::string path = "/admin/members/" + std::to_string(member.member_id) + "/roles";
  EXPECT_EQ(post_form(animator, path, "animator=1").status, 403);
  EXPECT_EQ(get_as(member, path).status, 403);
  EXPECT_EQ(get_as(admin, path).status, 200);
  ASSERT_EQ(post_form(admin, path, "animator=1").status, 303);
  EXPECT_TRUE(audit_has("member.role.animator.granted", member.member_id, admin.member_id));
  // The session reads the role afresh: the member now sees the queue.
  EXPECT_EQ(get_as(member, "/animation/representatives").status, 200);
  ASSERT_EQ(post_form(admin, path, "").status, 303);
  EXPECT_TRUE(audit_has("member.role.animator.revoked", member.member_id, admin.member_id));
  EXPECT_EQ(get_as(member, "/animation/representatives").status, 403);
  EXPECT_EQ(get_as(admin, "/admin/members/999999/roles").status, 404);
}

TEST_F(Organisations, TheTerritoriesApiHasTheRealHierarchy) {
  Client c(server->port());
  auto r = c.get("/api/v1/territories");
  ASSERT_EQ(r.status, 200);
  auto doc = nlohmann::json::parse(r.body);
  std::map<std::int64_t, nlohmann::json> by_id;
  nlohmann::json taliouine;
  for (const auto& t : doc["territories"]) {
    by_id[t["id"].get<std::int64_t>()] = t;
    if (t["slug"] == "taliouine") taliouine = t;
  }
  ASSERT_FALSE(taliouine.is_null());
  EXPECT_EQ(taliouine["kind"], "commune");
  EXPECT_EQ(taliouine["name_ar"], "تالوين");
  auto province = by_id.at(taliouine["parent_id"].get<std::int64_t>());
  EXPECT_EQ(province["name_fr"], "Taroudant");
  auto region = by_id.at(province["parent_id"].get<std::int64_t>());
  EXPECT_EQ(region["name_fr"], "Souss-Massa");
  EXPECT_TRUE(region["parent_id"].is_null());

  auto communes = nlohmann::json::parse(c.get("/api/v1/territories?kind=commune").body);
  for (const auto& t : communes["territories"]) EXPECT_EQ(t["kind"], "commune");
  EXPECT_GT(communes["territories"].size(), 30u);
  EXPECT_EQ(c.get("/api/v1/territories?kind=planet").status, 422);
  auto tree = nlohmann::json::parse(c.get("/api/v1/territories?tree=1").body);
  EXPECT_EQ(tree["territories"].size(), 3u);  // the three régions

  // Loading the demo again changes nothing (upserts by slug and name).
  auto before = doc["territories"].size();
  auto orgs_before = *org_store::count(server->db(), {});
  ASSERT_TRUE(load_demo(server->db(), server->app().config()).ok());
  EXPECT_EQ(nlohmann::json::parse(c.get("/api/v1/territories").body)["territories"].size(), before);
  EXPECT_EQ(*org_store::count(server->db(), {}), orgs_before);
  EXPECT_GT(orgs_before, 40);
  EXPECT_EQ(c.get("/territories").status, 200);
}

TEST_F(Organisations, TheOrganisationsApiFiltersAndPaginates) {
  Client c(server->port());
  auto all = nlohmann::json::parse(c.get("/api/v1/organisations?per_page=5").body);
  EXPECT_EQ(all["organisations"].size(), 5u);
  EXPECT_GT(all["total"].get<int>(), 40);
  auto communes =
      nlohmann::json::parse(c.get("/api/v1/organisations?type=commune&territory=taroudant").body);
  bool taliouine = false;
  for (const auto& o : communes["organisations"]) {
    EXPECT_EQ(o["type"], "commune");
    taliouine = taliouine || o["name"] == "Commune de Taliouine";
  }
  EXPECT_TRUE(taliouine);
  EXPECT_EQ(c.get("/api/v1/organisations?type=club").status, 422);
  EXPECT_EQ(c.get("/api/v1/organisations?territory=nowhere").status, 422);
  EXPECT_EQ(c.get("/api/v1/organisations?per_page=1000").status, 422);
  auto page = c.get("/organisations?type=commune");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Commune de Taliouine"));
}

TEST_F(Organisations, AMemberJoinsAndLeavesCommunities) {
  auto member = sign_in_new_member(server->db(), Role::member);
  namespace ts = territories::territory_store;
  EXPECT_EQ(post_form(member, "/communities/souss-massa/join", "").status, 303);
  EXPECT_EQ(post_form(member, "/communities/oriental/join", "").status, 303);
  EXPECT_EQ(post_form(member, "/communities/oriental/join", "").status, 303);  // idempotent
  auto mine = ts::memberships(server->db(), member.member_id);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->size(), 2u);
  auto page = get_as(member, "/territories");
  EXPECT_TRUE(contains(page.body, "/communities/oriental/leave"));
  EXPECT_EQ(post_form(member, "/communities/oriental/leave", "").status, 303);
  EXPECT_EQ(ts::memberships(server->db(), member.member_id)->size(), 1u);
  EXPECT_EQ(post_form(member, "/communities/nowhere/join", "").status, 404);
  // A visitor cannot join: the form needs an account (and its CSRF token).
  Client c(server->port());
  auto form = c.get("/contact");
  auto visitor = c.request("POST", "/communities/oriental/join",
                           {{"Cookie", cookie_pair(form.headers["set-cookie"])},
                            {"Content-Type", "application/x-www-form-urlencoded"}},
                           "_csrf=" + http::percent_encode(hidden_value(form.body, "_csrf")));
  EXPECT_EQ(visitor.status, 403);
}

}  // namespace
}  // namespace comdev::testing
