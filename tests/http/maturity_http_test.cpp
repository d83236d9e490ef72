// The maturity path over real HTTP on both databases: the demo community's checklist blocks the
// move to "fundable" (ready) until it is complete — a translated 409 and nothing changed, from the
// path's page, the project page's status form and the API alike; an override asked by a carrier
// is a 403; a carrier ticks items with their evidence, computed items follow the team, and the
// project advances with its dated history and a line in its timeline; an animator's override
// needs a written reason, and is audited and told; the public page shows the path and what is
// missing in French and Arabic, the evidence only to the team; animators write the checklists.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/organisations/organisation_store.h"
#include "http/percent.h"
#include "maturity_test_store.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::ClientResponse;
using nlohmann::json;
namespace fx = teams_test_store;
namespace mt = maturity_test_store;
namespace org_store = organisations::organisation_store;

class Maturity : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    auto& db = server->db();
    project = fx::new_project(db, "Assainissement liquide d'Aït Baha");
    ASSERT_NE(project, 0);
    ASSERT_TRUE(mt::set_status(db, project, "maturing"));
    rep = sign_in_new_member(db, Role::member);
    animator = sign_in_new_member(db, Role::animator);
    auto carrier = fx::carrier_of(db, project);
    ASSERT_TRUE(org_store::request_representation(db, carrier, rep.member_id, "").ok());
    ASSERT_TRUE(org_store::decide(db, animator.member_id, carrier, rep.member_id, true, "").ok());
    expert = sign_in_new_member(db, Role::member);
    ticked = mt::items(db, "ready", false);
    computed = mt::items(db, "ready", true);
    // The demo's "fundable": study, budget by line, council deliberation; a carrier and an
    // expert in the team, computed.
    ASSERT_EQ(ticked.size(), 3u);
    ASSERT_EQ(computed.size(), 2u);
  }

  std::string base() const { return "/projects/" + std::to_string(project); }
  ClientResponse post(const SignedIn& who, const std::string& path, const std::string& body) {
    return post_form(server->port(), who, path, body);
  }
  ClientResponse advance(const SignedIn& who, const std::string& extra = "") {
    return post(who, base() + "/maturity/advance", "from=maturing&status=ready" + extra);
  }
  ClientResponse tick(const SignedIn& who, std::int64_t item, const std::string& note) {
    return post(who, base() + "/maturity/items/" + std::to_string(item) + "/tick",
                "done=1&note=" + http::percent_encode(note));
  }
  ClientResponse get(const std::string& path, const std::string& lang = "fr") {
    Client c(server->port());
    return c.get(path, {{"Accept-Language", lang}});
  }
  ClientResponse api(const std::string& method, const std::string& path, const std::string& token,
                     const std::string& body = "") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> h = {{"Content-Type", "application/json"},
                                                          {"Accept-Language", "fr"}};
    if (!token.empty()) h.emplace_back("Authorization", "Bearer " + token);
    return c.request(method, path, h, body);
  }

  std::unique_ptr<TestServer> server;
  std::int64_t project = 0;
  SignedIn rep, animator, expert;
  std::vector<std::int64_t> ticked, computed;
};

TEST_F(Maturity, TheChecklistBlocksFundableUntilItIsCompleteThenTheProjectAdvances) {
  auto& db = server->db();
  const auto history = mt::history_rows(db, project);
  // Nothing ticked: refused with its reason, nothing changed.
  auto blocked = advance(rep);
  EXPECT_EQ(blocked.status, 409);
  EXPECT_TRUE(contains(blocked.body, "n&#39;est pas complète")) << blocked.body.substr(0, 400);
  EXPECT_EQ(mt::status_of(db, project), "maturing");
  EXPECT_EQ(mt::history_rows(db, project), history);
  // A carrier cannot override: that is the animators' right.
  auto forced = advance(rep, "&override_reason=" + http::percent_encode("Urgent"));
  EXPECT_EQ(forced.status, 403);
  EXPECT_TRUE(contains(forced.body, "Seuls les animateurs de la communauté"));
  EXPECT_EQ(mt::status_of(db, project), "maturing");
  EXPECT_EQ(mt::audits(db, "project.stage.override", project), 0);
  // The project page's own status form is gated the same way.
  auto form = post(rep, base() + "/status", "from=maturing&status=ready");
  EXPECT_EQ(form.status, 409);
  EXPECT_TRUE(contains(form.body, "parcours de maturité"));
  EXPECT_EQ(mt::status_of(db, project), "maturing");
  // Skipping "fundable" does not skip its checklist.
  EXPECT_EQ(post(rep, base() + "/maturity/advance", "from=maturing&status=funding").status, 409);

  // The carrier ticks with evidence; the team gets its expert (computed).
  EXPECT_EQ(tick(rep, ticked[0], "Étude du bureau d'études, version 2").status, 303);
  EXPECT_EQ(tick(rep, ticked[1], "Budget en 14 lignes").status, 303);
  EXPECT_EQ(advance(rep).status, 409);  // still two missing
  EXPECT_EQ(tick(rep, ticked[2], "Délibération n° 12/2026").status, 303);
  EXPECT_EQ(mt::ticks_of(db, project), 3);
  EXPECT_EQ(advance(rep).status, 409);  // the expert is still missing
  ASSERT_TRUE(fx::put(db, project, expert.member_id, "expert"));
  auto moved = advance(rep, "&note=" + http::percent_encode("Dossier complet"));
  EXPECT_EQ(moved.status, 303) << moved.body.substr(0, 400);
  EXPECT_TRUE(contains(moved.headers["location"], "done=advanced"));
  EXPECT_EQ(mt::status_of(db, project), "ready");
  EXPECT_EQ(mt::history_rows(db, project), history + 1);
  EXPECT_EQ(mt::last_history_note(db, project), "Dossier complet");
  EXPECT_EQ(mt::events(db, project, "activity.stage.ready"), 1);
  EXPECT_EQ(mt::audits(db, "project.status", project), 1);
  auto page = get(base());
  EXPECT_TRUE(contains(page.body, "Étape 3 sur 6 : Prêt à financer"));
  auto timeline = get_as(server->port(), rep, base() + "/activity");
  EXPECT_TRUE(contains(timeline.body, "à l&#39;étape « Prêt à financer »"));
}

TEST_F(Maturity, AnAnimatorOverridesWithAWrittenReasonWhichIsAuditedAndTold) {
  auto& db = server->db();
  // Without a reason, an animator is refused like anyone.
  EXPECT_EQ(advance(animator).status, 409);
  EXPECT_EQ(mt::status_of(db, project), "maturing");
  const std::string reason = "Le conseil a délibéré hier ; le procès-verbal suit.";
  auto r = advance(animator, "&override_reason=" + http::percent_encode(reason));
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 400);
  EXPECT_TRUE(contains(r.headers["location"], "done=overridden"));
  EXPECT_EQ(mt::status_of(db, project), "ready");
  EXPECT_EQ(mt::audits(db, "project.stage.override", project), 1);
  EXPECT_EQ(mt::events(db, project, "activity.stage_override.ready"), 1);
  EXPECT_TRUE(contains(mt::last_history_note(db, project), reason));
  auto timeline = get_as(server->port(), animator, base() + "/activity");
  EXPECT_TRUE(contains(timeline.body, "par dérogation"));
  // A reason longer than its limit is a 422, nothing changed.
  EXPECT_EQ(post(animator, base() + "/maturity/advance",
                 "from=ready&status=funding&override_reason=" + std::string(1001, 'x'))
                .status,
            422);
  EXPECT_EQ(mt::status_of(db, project), "ready");
}

TEST_F(Maturity, ThePublicPageShowsThePathAndWhatIsMissingInFrenchAndArabic) {
  auto& db = server->db();
  ASSERT_EQ(tick(rep, ticked[0], "Étude déposée le 3 décembre").status, 303);
  auto fr = get(base());
  ASSERT_EQ(fr.status, 200);
  EXPECT_TRUE(contains(fr.body, "Parcours de maturité"));
  EXPECT_TRUE(contains(fr.body, "Étape 2 sur 6 : En maturation"));
  EXPECT_TRUE(contains(fr.body, "Il manque 3 éléments"));
  EXPECT_TRUE(contains(fr.body, "Budget détaillé par ligne"));
  EXPECT_TRUE(contains(fr.body, "Proposer mon aide"));
  // The path comes before the page's other sections.
  EXPECT_LT(fr.body.find("maturity-path"), fr.body.find("project-team"));
  // The evidence is the team's.
  EXPECT_FALSE(contains(get(base() + "/maturity").body, "Étude déposée le 3 décembre"));
  EXPECT_TRUE(contains(get_as(server->port(), rep, base() + "/maturity").body,
                       "Étude déposée le 3 décembre"));
  auto ar = get(base(), "ar");
  ASSERT_EQ(ar.status, 200);
  EXPECT_TRUE(contains(ar.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(ar.body, "مسار النضج"));
  EXPECT_TRUE(contains(ar.body, "ميزانية مفصلة حسب البنود"));
  EXPECT_TRUE(contains(ar.body, "تنقص 3 عناصر"));
  EXPECT_EQ(mt::status_of(db, project), "maturing");
}

TEST_F(Maturity, ComputedItemsAndOtherCommunitiesItemsAreNotTicked) {
  auto& db = server->db();
  auto r = tick(rep, computed[0], "");
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(contains(r.body, "calculé par la plateforme"));
  auto other = mt::items(db, "ready", false, "oriental");
  ASSERT_FALSE(other.empty());
  EXPECT_EQ(tick(rep, other[0], "").status, 404);
  EXPECT_EQ(tick(rep, 999999999, "").status, 404);
  EXPECT_EQ(post(rep, base() + "/maturity/items/" + std::to_string(ticked[0]) + "/tick",
                 "done=1&note=" + std::string(501, 'x'))
                .status,
            422);
  EXPECT_EQ(mt::ticks_of(db, project), 0);
  // Unticking removes the tick.
  ASSERT_EQ(tick(rep, ticked[0], "Étude").status, 303);
  EXPECT_EQ(
      post(rep, base() + "/maturity/items/" + std::to_string(ticked[0]) + "/tick", "done=0").status,
      303);
  EXPECT_EQ(mt::ticks_of(db, project), 0);
}

TEST_F(Maturity, AnimatorsWriteTheChecklistsOfTheirCommunity) {
  auto& db = server->db();
  auto member = sign_in_new_member(db, Role::member);
  EXPECT_EQ(get_as(server->port(), member, "/animation/maturity").status, 403);
  auto page = get_as(server->port(), animator, "/animation/maturity");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Référence de la délibération du conseil communal"));
  const auto before = mt::items_count(db);
  auto community = hidden_value(page.body, "community");
  ASSERT_FALSE(community.empty());
  auto added = post(animator, "/animation/maturity/items",
                    "community=" + community + "&stage=maturing&label_fr=" +
                        http::percent_encode("Diagnostic participatif tenu") +
                        "&label_ar=" + http::percent_encode("تشخيص تشاركي منجز") + "&rule=");
  EXPECT_EQ(added.status, 303) << added.body.substr(0, 300);
  EXPECT_EQ(mt::items_count(db), before + 1);
  EXPECT_EQ(mt::audits(db, "maturity.item.added", std::stoll(community)), 1);
  // A member cannot; an item without French text or for "idea" is refused; nothing added.
  EXPECT_EQ(post(member, "/animation/maturity/items",
                 "community=" + community + "&stage=maturing&label_fr=X&rule=")
                .status,
            403);
  EXPECT_EQ(post(animator, "/animation/maturity/items",
                 "community=" + community + "&stage=maturing&label_fr=&rule=")
                .status,
            422);
  EXPECT_EQ(post(animator, "/animation/maturity/items",
                 "community=" + community + "&stage=idea&label_fr=X&rule=")
                .status,
            422);
  EXPECT_EQ(mt::items_count(db), before + 1);
  // The new item now stands between the project and "maturing" → "ready" is unaffected, but a
  // project at idea needs it.
  auto maturing = mt::items(db, "maturing", false);
  ASSERT_EQ(maturing.size(), 1u);
  auto item = std::to_string(maturing[0]);
  EXPECT_EQ(post(animator, "/animation/maturity/items/" + item + "/edit",
                 "label_fr=" + http::percent_encode("Diagnostic participatif restitué") + "&rule=")
                .status,
            303);
  EXPECT_TRUE(contains(get_as(server->port(), animator, "/animation/maturity").body,
                       "Diagnostic participatif restitué"));
  EXPECT_EQ(post(animator, "/animation/maturity/items/" + item + "/delete", "").status, 303);
  EXPECT_EQ(mt::items_count(db), before);
  EXPECT_EQ(mt::audits(db, "maturity.item.removed", std::stoll(community)), 1);
}

TEST_F(Maturity, TheApiReadsThePathAndMovesTheProjectWithTheSameRules) {
  auto& db = server->db();
  ASSERT_EQ(tick(rep, ticked[0], "Étude v2").status, 303);
  // Public: the path without the evidence.
  auto pub = api("GET", "/api/v1" + base() + "/stage", "");
  ASSERT_EQ(pub.status, 200) << pub.body;
  auto j = json::parse(pub.body);
  EXPECT_EQ(j["stage"], "maturing");
  EXPECT_EQ(j["next_stage"], "ready");
  EXPECT_EQ(j["missing_for_next"].size(), 3u);
  bool found = false;
  for (const auto& c : j["checklists"]) {
    for (const auto& i : c["items"]) {
      if (i["id"] == ticked[0]) {
        found = true;
        EXPECT_TRUE(i["done"].get<bool>());
        EXPECT_TRUE(i["note"].is_null());
      }
    }
  }
  EXPECT_TRUE(found);
  auto token = token_of(server->port(), rep);
  auto mine = json::parse(api("GET", "/api/v1" + base() + "/stage", token).body);
  EXPECT_NE(mine.dump().find("Étude v2"), std::string::npos);
  // Blocked: 409 in JSON, translated; nothing changed.
  auto blocked = api("POST", "/api/v1" + base() + "/stage", token, R"({"to":"ready"})");
  EXPECT_EQ(blocked.status, 409);
  EXPECT_EQ(json::parse(blocked.body)["error"]["code"], "conflict");
  EXPECT_TRUE(contains(blocked.body, "n'est pas complète"));
  EXPECT_EQ(mt::status_of(db, project), "maturing");
  // Ticks through the API; a computed one is refused.
  for (std::size_t i = 1; i < ticked.size(); ++i) {
    auto t = api("POST", "/api/v1" + base() + "/checklist", token,
                 json{{"item_id", ticked[i]}, {"done", true}, {"note", "Fait"}}.dump());
    EXPECT_EQ(t.status, 200) << t.body;
  }
  EXPECT_EQ(api("POST", "/api/v1" + base() + "/checklist", token,
                json{{"item_id", computed[0]}, {"done", true}}.dump())
                .status,
            409);
  EXPECT_EQ(api("POST", "/api/v1" + base() + "/checklist", token,
                json{{"item_id", ticked[0]}, {"done", "yes"}}.dump())
                .status,
            422);
  ASSERT_TRUE(fx::put(db, project, expert.member_id, "expert"));
  auto moved = api("POST", "/api/v1" + base() + "/stage", token,
                   R"({"to":"ready","from":"maturing","note":"Dossier complet"})");
  EXPECT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(json::parse(moved.body)["stage"], "ready");
  EXPECT_EQ(mt::status_of(db, project), "ready");
  // Without a token: 401; a stranger's token: 403.
  EXPECT_EQ(api("POST", "/api/v1" + base() + "/stage", "", R"({"to":"funding"})").status, 401);
  auto stranger = sign_in_new_member(db, Role::member);
  EXPECT_EQ(api("POST", "/api/v1" + base() + "/stage", token_of(server->port(), stranger),
                R"({"to":"funding"})")
                .status,
            403);
  EXPECT_EQ(mt::status_of(db, project), "ready");
}

}  // namespace
}  // namespace comdev::testing
