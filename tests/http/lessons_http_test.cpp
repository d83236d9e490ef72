// Lessons learned on both databases: a finished project's team writes its sheet, an animator
// sends it back with a note and then publishes it; it is found at once by a search in Arabic
// (other word forms than the ones written), in the list and the API; the demo sheets of the 2022
// booklet are listed, filtered by theme, region, commune and type of actor, and found by their
// places' Arabic names; drafts stay private; bad input gets a clear message and changes nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "http/percent.h"
#include "lessons_test_store.h"
#include "team_roles_test_util.h"
#include "teams_test_store.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using nlohmann::json;
namespace fx = teams_test_store;
namespace ls = lessons_test_store;

class Lessons : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    animator = sign_in_new_member(server->db(), Role::animator);
  }

  http::testing::ClientResponse get(const std::string& path, const std::string& lang = "fr",
                                    const std::string& token = "") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> h{{"Accept-Language", lang}};
    if (!token.empty()) h.emplace_back("Authorization", "Bearer " + token);
    return c.get(path, h);
  }

  json api(const std::string& path, const std::string& token = "") {
    auto r = get(path, "fr", token);
    EXPECT_EQ(r.status, 200) << path << r.body;
    return json::parse(r.body, nullptr, false);
  }

  static std::vector<std::string> titles(const json& list) {
    std::vector<std::string> out;
    for (const auto& l : list["lessons"]) out.push_back(l["title"].get<std::string>());
    return out;
  }

  static bool has(const std::vector<std::string>& v, const std::string& needle) {
    for (const auto& s : v) {
      if (s.find(needle) != std::string::npos) return true;
    }
    return false;
  }

  std::unique_ptr<TestServer> server;
  SignedIn animator;
};

const std::string kArabicContext =
    "كان سكان الدواوير يقطعون مسافات طويلة لجلب المياه الصالحة للشرب.";

TEST_F(Lessons, ADoneProjectsSheetIsWrittenReviewedPublishedAndFoundInArabic) {
  auto& db = server->db();
  const auto p = server->port();
  auto s = stage_team(*server, animator, "carrier", "Adduction d'eau à Tamaloukt");
  const auto& carrier = s.actor;
  ASSERT_TRUE(ls::set_project_status(db, s.project, "done"));
  const std::string project = "/projects/" + std::to_string(s.project);

  // The project's page invites the team to write the sheet; starting lands on its form.
  EXPECT_TRUE(contains(get_as(p, carrier, project).body, "Écrire la fiche de capitalisation"));
  auto started = post_form(p, carrier, project + "/lesson", "");
  ASSERT_EQ(started.status, 303);
  auto sheet = ls::sheet_of(db, s.project);
  ASSERT_NE(sheet, 0);
  const std::string url = "/lessons/" + std::to_string(sheet);
  EXPECT_EQ(started.headers["location"], url + "/edit");
  // Starting twice lands on the same sheet.
  EXPECT_EQ(post_form(p, carrier, project + "/lesson", "").headers["location"], url + "/edit");
  EXPECT_EQ(get_as(p, carrier, url + "/edit").status, 200);

  // Not complete yet: review is refused, naming what is missing.
  auto early = post_form(p, carrier, url + "/submit", "");
  EXPECT_EQ(early.status, 422);
  EXPECT_TRUE(contains(early.body, "Résultats : à remplir avant la relecture")) << early.body;
  EXPECT_EQ(ls::state_of(db, sheet), "draft");

  // Raw HTML and a javascript: link are refused with the form as typed; nothing is saved.
  auto unsafe = post_form(p, carrier, url + "/edit",
                          "title=Titre%20pirate&context=%3Cscript%3Ealert(1)%3C%2Fscript%3E&"
                          "steps=%5Bx%5D(javascript%3Aalert(1))");
  EXPECT_EQ(unsafe.status, 422);
  EXPECT_TRUE(contains(unsafe.body, "Contexte : "));
  EXPECT_TRUE(contains(unsafe.body, "&lt;script&gt;"));
  EXPECT_NE(ls::title_of(db, sheet), "Titre pirate");

  auto territory = std::to_string(ls::territory_of(db, s.project));
  auto saved = post_form(p, carrier, url + "/edit",
                         "title=" + http::percent_encode("الماء في كل بيت بتمالوكت") +
                             "&lang=ar&period=2019-2023" + "&sectors=water&territory=" + territory +
                             "&context=" + http::percent_encode(kArabicContext) +
                             "&results=" + http::percent_encode("ربط **120** أسرة بالشبكة.") +
                             "&lessons=" + http::percent_encode("إشراك النساء منذ البداية."));
  ASSERT_EQ(saved.status, 303) << saved.body;
  ASSERT_EQ(post_form(p, carrier, url + "/submit", "").status, 303);
  EXPECT_EQ(ls::state_of(db, sheet), "submitted");
  // In review, the team no longer edits it; outsiders do not know it exists.
  EXPECT_EQ(get_as(p, carrier, url + "/edit").status, 403);
  EXPECT_EQ(get(url).status, 404);

  // The animator finds it in the queue and sends it back: a note is required.
  EXPECT_TRUE(contains(get_as(p, animator, "/lessons").body, "الماء في كل بيت بتمالوكت"));
  auto no_note = post_form(p, animator, url + "/send-back", "note=%20");
  EXPECT_EQ(no_note.status, 422);
  EXPECT_TRUE(contains(no_note.body, "Écrivez à l&#39;équipe ce qu&#39;il faut reprendre."));
  EXPECT_EQ(ls::state_of(db, sheet), "submitted");
  ASSERT_EQ(post_form(p, animator, url + "/send-back",
                      "note=" + http::percent_encode("Ajoutez le budget par poste."))
                .status,
            303);
  EXPECT_EQ(ls::state_of(db, sheet), "draft");
  EXPECT_TRUE(contains(get_as(p, carrier, url).body, "Ajoutez le budget par poste."));
  // A member of the team cannot publish their own sheet.
  ASSERT_EQ(post_form(p, carrier, url + "/submit", "").status, 303);
  EXPECT_EQ(post_form(p, carrier, url + "/publish", "").status, 403);
  ASSERT_EQ(post_form(p, animator, url + "/publish", "").status, 303);
  EXPECT_EQ(ls::state_of(db, sheet), "published");
  EXPECT_EQ(fx::audits(db, "lesson.published"), 1);
  EXPECT_EQ(fx::audits(db, "lesson.sent_back"), 1);
  // The done project reaches its last stage, and the team's timeline tells it.
  auto stage = db.query("SELECT status FROM projects WHERE id = $1", store::params(s.project));
  ASSERT_TRUE(stage);
  EXPECT_EQ(stage->rows.front().text(0), "capitalised");
  auto told = db.query("SELECT COUNT(*) FROM project_activity WHERE project_id = $1 AND kind = $2",
                       store::params(s.project, std::string("activity.lesson_published")));
  ASSERT_TRUE(told);
  EXPECT_EQ(told->rows.front().integer(0), 1);
  EXPECT_TRUE(
      contains(get_as(p, carrier, "/projects/" + std::to_string(s.project) + "/activity").body,
               "a publié la fiche de capitalisation"));
  // Publishing again is refused: the sheet no longer waits for review.
  EXPECT_EQ(post_form(p, animator, url + "/publish", "").status, 403);

  // Everyone reads it; searches in Arabic find it with other forms of the words written
  // ("مياه" for "المياه", "الشرب" for "للشرب") and mark them.
  auto page = get(url, "ar");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "class=\"lesson-sheet\""));
  EXPECT_TRUE(contains(page.body, "<strong>120</strong>"));
  EXPECT_TRUE(contains(page.body, "السياق"));
  for (std::string q : {"مياه", "الشرب", "تمالوكت"}) {
    auto found = get("/lessons?q=" + http::percent_encode(q), "ar");
    EXPECT_TRUE(contains(found.body, "href=\"" + url + "\"")) << q;
    // The words are marked in the snippet of the sheet's text (the last one is in its title).
    if (q != "تمالوكت") {
      EXPECT_TRUE(contains(found.body, "<mark>")) << q;
    }
    auto listed = api("/api/v1/lessons?q=" + http::percent_encode(q));
    ASSERT_FALSE(listed["lessons"].empty()) << q;
    EXPECT_EQ(listed["lessons"][0]["id"], sheet) << q;
  }
  EXPECT_TRUE(contains(get("/lessons?q=zzzzqqq").body, "Aucune fiche ne correspond."));

  // The printed sheet: the stylesheet hides everything but the sheet on an A4 page.
  const std::string link = "<link rel=\"stylesheet\" href=\"";
  auto css_at = page.body.find(link);
  ASSERT_NE(css_at, std::string::npos);
  css_at += link.size();
  auto css_url = page.body.substr(css_at, page.body.find('"', css_at) - css_at);
  auto css = get(css_url);
  EXPECT_TRUE(contains(css.body, "@media print"));
  EXPECT_TRUE(contains(css.body, "size: A4"));
  EXPECT_TRUE(contains(css.body, ".lesson-sheet .screen-only"));
}

TEST_F(Lessons, StartingAProjectFromASheetPrefillsItAndLandsOnIt) {
  auto& db = server->db();
  const auto p = server->port();
  auto s = stage_team(*server, animator, "member", "Source");
  auto sheet =
      ls::insert_sheet(db, s.project, "Un réseau d'assainissement qui a tenu", "published",
                       "Le village **grandit** vite.\n\nSecond paragraphe.", "sanitation,water");
  auto carrier = fx::carrier_of(db, s.project);
  auto r = post_form(p, s.representative, "/lessons/" + std::to_string(sheet) + "/start-project",
                     "carrier=" + std::to_string(carrier) + "&commune=");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "Commune du nouveau projet : "));
  r = post_form(p, s.representative, "/lessons/" + std::to_string(sheet) + "/start-project",
                "carrier=" + std::to_string(carrier) +
                    "&commune=" + std::to_string(ls::territory_of(db, s.project)));
  ASSERT_EQ(r.status, 303) << r.body;
  auto landing = r.headers["location"];
  ASSERT_TRUE(landing.starts_with("/projects/"));
  auto created = api("/api/v1" + landing);
  EXPECT_EQ(created["title"], "Un réseau d'assainissement qui a tenu");
  EXPECT_EQ(created["status"], "idea");
  EXPECT_EQ(created["summary"], "Le village grandit vite.");
  EXPECT_EQ(created["sectors"], json::array({"sanitation", "water"}));
  auto description = created["description_md"].get<std::string>();
  EXPECT_TRUE(contains(description, "## Contexte\n\nLe village **grandit** vite."));
  EXPECT_TRUE(contains(description, "## Leçons tirées de l'expérience\n\nLeçons"));
  EXPECT_TRUE(contains(description, "/lessons/" + std::to_string(sheet)));
  EXPECT_TRUE(contains(get("/lessons/" + std::to_string(sheet)).body,
                       "1 projet lancé à partir de cette fiche"));
}

TEST_F(Lessons, TheDemoSheetsAreListedFilteredAndFoundByTheirPlacesArabicNames) {
  auto all = api("/api/v1/lessons");
  EXPECT_EQ(all["total"], 10);
  for (const auto& l : all["lessons"]) EXPECT_TRUE(l["demo"].get<bool>());
  auto by_title = [&](const std::string& part) {
    for (const auto& l : all["lessons"]) {
      if (l["title"].get<std::string>().find(part) != std::string::npos) return l;
    }
    return json();
  };
  auto bouzerz = by_title("accès équitable à l'eau potable");
  ASSERT_TRUE(bouzerz.is_object());

  auto water = titles(api("/api/v1/lessons?sector=water"));
  EXPECT_TRUE(has(water, "accès équitable"));
  EXPECT_TRUE(has(water, "réseau d'assainissement"));
  EXPECT_FALSE(has(water, "déchets"));

  // Bouzerz and Iferda are douars of Arbâa Sahel; Asserar is not.
  auto commune = std::to_string(bouzerz["place"]["commune_id"].get<std::int64_t>());
  auto same_commune = titles(api("/api/v1/lessons?commune=" + commune));
  EXPECT_EQ(same_commune.size(), 2u);
  EXPECT_TRUE(has(same_commune, "déchets"));
  auto region = std::to_string(bouzerz["place"]["region_id"].get<std::int64_t>());
  EXPECT_EQ(api("/api/v1/lessons?region=" + region)["total"], 10);

  auto diaspora = api("/api/v1/lessons?actor_type=diaspora_association");
  EXPECT_GT(diaspora["total"].get<int>(), 0);
  EXPECT_LT(diaspora["total"].get<int>(), 10);
  for (const auto& l : diaspora["lessons"]) EXPECT_EQ(l["carrier"]["type"], "diaspora_association");

  // A French sheet is found by its province's Arabic name and its theme's Arabic label.
  auto tiznit = titles(api("/api/v1/lessons?q=" + http::percent_encode("تيزنيت")));
  EXPECT_TRUE(has(tiznit, "accès équitable"));
  EXPECT_FALSE(has(tiznit, "Tagoulemt"));
  EXPECT_TRUE(has(titles(api("/api/v1/lessons?q=" + http::percent_encode("التطهير"))),
                  "réseau d'assainissement"));
  // French without accents finds accented words.
  EXPECT_TRUE(has(titles(api("/api/v1/lessons?q=dechets")), "déchets"));

  auto page = get("/lessons?sector=water", "ar");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(page.body, "بيانات تجريبية"));

  // Loading the demo again changes nothing.
  ASSERT_TRUE(load_demo(server->db(), server->app().config()).ok());
  EXPECT_EQ(api("/api/v1/lessons")["total"], 10);
}

TEST_F(Lessons, DraftsStayPrivateAndBadInputIsRefusedCleanly) {
  auto& db = server->db();
  const auto p = server->port();
  auto s = stage_team(*server, animator, "expert", "Projet en cours");
  // Not finished: no sheet yet.
  EXPECT_EQ(post_form(p, s.actor, "/projects/" + std::to_string(s.project) + "/lesson", "").status,
            403);
  EXPECT_EQ(ls::sheet_of(db, s.project), 0);
  EXPECT_FALSE(contains(get_as(p, s.actor, "/projects/" + std::to_string(s.project)).body,
                        "Écrire la fiche de capitalisation"));

  auto draft = ls::insert_sheet(db, s.project, "Brouillon secret", "draft");
  const std::string url = "/lessons/" + std::to_string(draft);
  EXPECT_EQ(get(url).status, 404);
  EXPECT_EQ(get("/api/v1" + url).status, 404);
  auto outsider = sign_in_new_member(db, Role::member);
  EXPECT_EQ(get("/api/v1" + url, "fr", token_of(p, outsider)).status, 404);
  auto mine = api("/api/v1" + url, token_of(p, s.actor));
  EXPECT_EQ(mine["state"], "draft");
  EXPECT_EQ(mine["sections"]["context"]["html"], "<p>Contexte</p>\n");
  EXPECT_FALSE(contains(get("/lessons?q=secret").body, "Brouillon secret"));
  EXPECT_FALSE(contains(get("/api/v1/lessons?q=secret").body, "Brouillon secret"));

  EXPECT_EQ(get("/lessons/abc").status, 400);
  EXPECT_EQ(get("/lessons/99999999").status, 404);
  EXPECT_EQ(get("/api/v1/lessons/99999999").status, 404);
  EXPECT_EQ(get("/lessons?page=-4&region=x&sector=%3Cb%3E").status, 200);
  EXPECT_EQ(get("/lessons?q=" + std::string(300, 'a')).status, 200);

  auto too_long =
      post_form(p, s.actor, url + "/edit", "title=Brouillon&results=" + std::string(10001, 'a'));
  EXPECT_EQ(too_long.status, 422);
  EXPECT_TRUE(contains(too_long.body, "Résultats : Texte trop long."));
  auto bad_title = post_form(p, s.actor, url + "/edit", "title=x");
  EXPECT_EQ(bad_title.status, 422);
  EXPECT_EQ(ls::title_of(db, draft), "Brouillon secret");
  // Forms without their CSRF token change nothing.
  Client c(p);
  auto forged =
      c.request("POST", url + "/edit",
                {{"Cookie", s.actor.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}},
                "title=Forg%C3%A9");
  EXPECT_EQ(forged.status, 403);
  EXPECT_EQ(ls::title_of(db, draft), "Brouillon secret");
}

}  // namespace
}  // namespace comdev::testing
