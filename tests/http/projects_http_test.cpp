// Projects on both databases: a verified representative of the carrier publishes a project
// through the form (also from a PCD action) and the API, moves it along its lifecycle (dated
// history), sets a cover, posts news and a translation shown to Arabic readers; members follow,
// comment and report, an animator hides a comment. The issue's bad input — a script or a
// javascript: link in the Markdown, a file that is not an image, a point outside the territory,
// edits by someone who does not represent the carrier — gets a clear message each, and nothing
// is half-saved.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/accounts/accounts_store.h"
#include "features/audit/audit_store.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "projects_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::ClientResponse;
namespace org_store = organisations::organisation_store;
namespace fixture = projects_test_store;

std::string enc(std::string_view s) {
  return http::percent_encode(s);
}

class Projects : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start();
    auto& db = server->db();
    auto t = territories::territory_store::find_by_slug(db, "tafraout");
    ASSERT_TRUE(t.ok() && *t);
    tafraout = (*t)->id;
    auto c = org_store::create(
        db, 0, {"village_association", "Association du projet", tafraout, "", true});
    ASSERT_TRUE(c.ok());
    carrier = *c;
    auto p = org_store::create(db, 0, {"ngo", "ONG partenaire", 0, "", true});
    ASSERT_TRUE(p.ok());
    partner = *p;
    rep = sign_in_new_member(db, Role::member);
    other = sign_in_new_member(db, Role::member);
    animator = sign_in_new_member(db, Role::animator);
    ASSERT_TRUE(org_store::request_representation(db, carrier, rep.member_id, "Président").ok());
    ASSERT_TRUE(
        org_store::decide(db, animator.member_id, carrier, rep.member_id, true, "Appel").ok());
  }

  std::string form(const std::string& title, const std::string& extra = "") {
    return "title=" + enc(title) + "&summary=" + enc("Un réseau d'eau pour le douar") +
           "&description_md=" +
           enc("## Contexte\n\nUn **puits** et [le site](https://example.org)") +
           "&lang=fr&status=idea&carrier=" + std::to_string(carrier) +
           "&territory=" + std::to_string(tafraout) + "&sectors=water&sectors=health" +
           "&partner_org=" + std::to_string(partner) + "&partner_role=" + enc("Financement") +
           extra;
  }
  ClientResponse post_form(const SignedIn& who, const std::string& path, const std::string& body,
                           const std::string& lang = "fr") {
    Client c(server->port());
    return c.request("POST", path,
                     {{"Cookie", who.cookie},
                      {"Content-Type", "application/x-www-form-urlencoded"},
                      {"Accept-Language", lang}},
                     "_csrf=" + enc(who.csrf) + "&" + body);
  }
  ClientResponse get_as(const SignedIn& who, const std::string& path,
                        const std::string& lang = "fr") {
    Client c(server->port());
    return c.get(path, {{"Cookie", who.cookie}, {"Accept-Language", lang}});
  }
  ClientResponse get(const std::string& path, const std::string& lang = "fr") {
    Client c(server->port());
    return c.get(path, {{"Accept-Language", lang}});
  }
  std::int64_t create(const std::string& title, const std::string& extra = "") {
    auto r = post_form(rep, "/projects/new", form(title, extra));
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
    auto loc = r.headers["location"];
    if (!loc.starts_with("/projects/")) return 0;
    return std::stoll(loc.substr(10));
  }
  std::string path(std::int64_t id, const std::string& rest = "") {
    return "/projects/" + std::to_string(id) + rest;
  }
  std::string token(const SignedIn& who) {
    auto t = accounts::accounts_store::create_api_token(server->db(), who.member_id, "test");
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->token : "";
  }
  ClientResponse api(const std::string& method, const std::string& p, const std::string& tok,
                     const std::string& body = "") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> h = {{"Content-Type", "application/json"}};
    if (!tok.empty()) h.emplace_back("Authorization", "Bearer " + tok);
    return c.request(method, p, h, body);
  }
  bool audit_has(std::string_view action, std::int64_t subject) {
    auto log = audit::audit_store::latest(server->db(), 100);
    if (!log.ok()) return false;
    for (const auto& e : *log) {
      if (e.action == action && e.subject_id == subject) return true;
    }
    return false;
  }

  std::unique_ptr<TestServer> server;
  std::int64_t tafraout = 0, carrier = 0, partner = 0;
  SignedIn rep, other, animator;
};

TEST_F(Projects, ARepresentativePublishesAProjectWithItsHistoryAuditAndChangeLog) {
  auto page = get_as(rep, "/projects/new");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Association du projet"));
  auto id = create("Adduction d'eau potable à Tafraout");
  ASSERT_NE(id, 0);
  auto& db = server->db();
  EXPECT_EQ(fixture::history_rows(db, id), 1);
  EXPECT_EQ(fixture::change_rows(db, id), 1);
  EXPECT_TRUE(audit_has("project.created", id));

  // Visitors read it: Markdown rendered, partner with its role, share tags and links.
  auto show = get(path(id));
  ASSERT_EQ(show.status, 200);
  EXPECT_TRUE(contains(show.body, "<strong>puits</strong>"));
  EXPECT_TRUE(
      contains(show.body, "rel=\"nofollow ugc noopener noreferrer\" href=\"https://example.org\""));
  EXPECT_TRUE(contains(show.body, "ONG partenaire"));
  EXPECT_TRUE(contains(show.body, "Financement"));
  EXPECT_TRUE(contains(show.body, "property=\"og:title\""));
  EXPECT_TRUE(contains(show.body, "https://wa.me/?text="));
  EXPECT_TRUE(contains(show.body, path(id, "/poster")));
  EXPECT_FALSE(contains(show.body, "/projects/" + std::to_string(id) + "/edit"));

  // The list shows it and filters by sector and status.
  EXPECT_TRUE(contains(get("/projects").body, "Adduction d&#39;eau potable"));
  EXPECT_TRUE(contains(get("/projects?sector=water").body, "Adduction d&#39;eau potable"));
  EXPECT_FALSE(contains(get("/projects?sector=energy").body, "Adduction d&#39;eau potable"));
  EXPECT_FALSE(contains(get("/projects?status=done").body, "Adduction d&#39;eau potable"));

  auto poster = get(path(id, "/poster"));
  EXPECT_EQ(poster.status, 200);
  EXPECT_TRUE(contains(poster.body, "<svg"));
}

TEST_F(Projects, AScriptOrAJavascriptLinkInTheMarkdownIsRefusedWithAClearMessage) {
  auto& db = server->db();
  for (const std::string md : {"<script>alert(1)</script>", "[clic](javascript:alert(1))",
                               "<img src=x onerror=alert(1)>"}) {
    auto body = "title=" + enc("Projet piégé") + "&description_md=" + enc(md) +
                "&lang=fr&status=idea&carrier=" + std::to_string(carrier) +
                "&territory=" + std::to_string(tafraout) + "&sectors=water";
    auto r = post_form(rep, "/projects/new", body);
    EXPECT_EQ(r.status, 422) << md;
    EXPECT_TRUE(contains(r.body, "Le texte contient du HTML ou un lien non autorisé")) << md;
    EXPECT_FALSE(contains(r.body, "<script>alert")) << md;
    EXPECT_EQ(fixture::projects_titled(db, "Projet piégé"), 0) << md;
  }
  // An update with a javascript: link is refused too; the project is unchanged.
  auto id = create("Projet sain");
  auto r = post_form(rep, path(id, "/updates"),
                     "title=" + enc("Nouvelle") + "&body_md=" + enc("[x](javascript:alert(1))"));
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "Le texte contient du HTML ou un lien non autorisé"));
  EXPECT_FALSE(contains(get(path(id)).body, "Nouvelle</h3>"));
}

TEST_F(Projects, APointOutsideTheTerritoryIsRefusedAndNothingIsSaved) {
  auto& db = server->db();
  auto before = fixture::all_projects(db);
  // Agadir is about 100 km from Tafraout.
  auto r = post_form(rep, "/projects/new", form("Projet mal placé", "&lat=30.42&lon=-9.60"));
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "Ce point sur la carte est en dehors du lieu choisi"));
  EXPECT_TRUE(contains(r.body, "value=\"Projet mal placé\""));  // what was typed comes back
  EXPECT_EQ(fixture::all_projects(db), before);
  // In Arabic too.
  auto ar = post_form(rep, "/projects/new", form("Projet mal placé", "&lat=30.42&lon=-9.60"), "ar");
  EXPECT_EQ(ar.status, 422);
  EXPECT_TRUE(contains(ar.body, "هذه النقطة على الخريطة خارج المكان المختار"));
  // Close to Tafraout it is accepted.
  auto id = create("Projet bien placé", "&lat=29.73&lon=-8.98");
  EXPECT_NE(id, 0);
  // Editing to move the point away is refused and the stored project is unchanged.
  auto e = post_form(rep, path(id, "/edit"), form("Projet déplacé", "&lat=48.85&lon=2.35"));
  EXPECT_EQ(e.status, 422);
  EXPECT_EQ(fixture::title_of(db, id), "Projet bien placé");
}

TEST_F(Projects, SomeoneWhoDoesNotRepresentTheCarrierCannotWriteIt) {
  auto& db = server->db();
  auto id = create("Projet de l'association");
  // Creating in the carrier's name.
  auto r = post_form(other, "/projects/new", form("Projet usurpé"));
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(contains(r.body, "Seuls les représentants reconnus de l&#39;organisation porteuse"));
  EXPECT_EQ(fixture::projects_titled(db, "Projet usurpé"), 0);
  // Editing, moving the status, posting news, translating, setting the cover.
  EXPECT_EQ(get_as(other, path(id, "/edit")).status, 403);
  auto e = post_form(other, path(id, "/edit"), form("Titre changé"));
  EXPECT_EQ(e.status, 403);
  EXPECT_TRUE(contains(e.body, "Seuls les représentants reconnus"));
  EXPECT_EQ(post_form(other, path(id, "/status"), "status=ready").status, 403);
  EXPECT_EQ(post_form(other, path(id, "/updates"), "title=Hop&body_md=hop").status, 403);
  EXPECT_EQ(post_form(other, path(id, "/translations"), "lang=ar&title=" + enc("عنوان")).status,
            403);
  EXPECT_EQ(post_form(other, path(id, "/cover"), "remove=1").status, 403);
  EXPECT_EQ(fixture::title_of(db, id), "Projet de l'association");
  EXPECT_EQ(fixture::history_rows(db, id), 1);
  // The API says the same in JSON.
  auto p = api("PATCH", "/api/v1" + path(id), token(other), R"({"title":"Par l'API"})");
  EXPECT_EQ(p.status, 403);
  auto j = nlohmann::json::parse(p.body, nullptr, false);
  EXPECT_EQ(j["error"]["code"], "forbidden");
  EXPECT_TRUE(contains(p.body, "Seuls les représentants reconnus"));
  EXPECT_EQ(fixture::title_of(db, id), "Projet de l'association");
  // Visitors are asked to sign in.
  EXPECT_NE(get("/projects/new").status, 200);
  // An animator may correct it (moderation).
  EXPECT_EQ(post_form(animator, path(id, "/edit"), form("Titre corrigé")).status, 303);
  EXPECT_EQ(fixture::title_of(db, id), "Titre corrigé");
}

TEST_F(Projects, TheLifecycleMovesStepByStepWithADatedHistory) {
  auto& db = server->db();
  ASSERT_TRUE(fixture::without_checklists(db));
  auto id = create("Projet qui avance");
  EXPECT_EQ(post_form(rep, path(id, "/status"), "from=idea&status=ready&note=" + enc("Étude faite"))
                .status,
            303);
  EXPECT_EQ(fixture::history_rows(db, id), 2);
  EXPECT_TRUE(audit_has("project.status", id));
  // Two steps back is not a correction: refused, nothing written.
  auto back = post_form(rep, path(id, "/status"), "from=ready&status=idea");
  EXPECT_EQ(back.status, 422);
  EXPECT_TRUE(contains(back.body, "revient d&#39;une seule étape"));
  // A form showing an old status: someone moved the project meanwhile.
  auto stale = post_form(rep, path(id, "/status"), "from=idea&status=funding");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(fixture::history_rows(db, id), 2);
  auto show = get(path(id));
  EXPECT_TRUE(contains(show.body, "Étude faite"));
  EXPECT_TRUE(contains(show.body, "Prêt"));
  // The API refuses a status change by PATCH (it would skip the dated history).
  auto p = api("PATCH", "/api/v1" + path(id), token(rep), R"({"status":"done"})");
  EXPECT_EQ(p.status, 422);
}

std::string png() {
  auto be32 = [](std::uint32_t v) {
    return std::string{char(v >> 24), char((v >> 16) & 0xFF), char((v >> 8) & 0xFF),
                       char(v & 0xFF)};
  };
  auto chunk = [&](const std::string& type, const std::string& data) {
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + "CRC!";
  };
  return std::string("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", std::string(13, '\x01')) +
         chunk("tEXt", std::string("Location\0Tafraout", 17)) + chunk("IDAT", "xx") +
         chunk("IEND", "");
}

std::string multipart(const std::string& csrf, const std::string& file) {
  return "--BoUnDaRy\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf +
         "\r\n--BoUnDaRy\r\nContent-Disposition: form-data; name=\"cover\"; "
         "filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n" +
         file + "\r\n--BoUnDaRy--\r\n";
}

TEST_F(Projects, ACoverMustBeARealImageAndLosesItsMetadata) {
  auto id = create("Projet illustré");
  auto upload = [&](const std::string& file) {
    Client c(server->port());
    return c.request("POST", path(id, "/cover"),
                     {{"Cookie", rep.cookie},
                      {"Content-Type", "multipart/form-data; boundary=BoUnDaRy"},
                      {"Accept-Language", "fr"}},
                     multipart(rep.csrf, file));
  };
  auto html = upload("<html><script>alert(1)</script></html>");
  EXPECT_EQ(html.status, 422);
  EXPECT_TRUE(contains(html.body, "n&#39;est pas une image JPEG, PNG ou WebP"));
  EXPECT_EQ(get(path(id, "/cover")).status, 404);
  auto ok = upload(png());
  EXPECT_EQ(ok.status, 303) << ok.body.substr(0, 2000);
  auto img = get(path(id, "/cover"));
  ASSERT_EQ(img.status, 200);
  EXPECT_EQ(img.headers["content-type"], "image/png");
  EXPECT_FALSE(contains(img.body, "Tafraout"));  // the text chunk is gone
  EXPECT_TRUE(contains(get(path(id)).body, "og:image"));
}

TEST_F(Projects, MembersFollowCommentAndReportAnimatorsHide) {
  auto id = create("Projet discuté");
  EXPECT_EQ(post_form(other, path(id, "/follow"), "follow=1").status, 303);
  EXPECT_EQ(post_form(other, path(id, "/follow"), "follow=1").status, 303);  // idempotent
  EXPECT_TRUE(contains(get(path(id)).body, "1 personne suit ce projet"));
  EXPECT_TRUE(contains(get_as(other, path(id)).body, "Ne plus suivre"));

  auto empty = post_form(other, path(id, "/comments"), "body=+");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(contains(empty.body, "Un commentaire compte de 2 à 2000 caractères"));
  auto c = post_form(other, path(id, "/comments"), "body=" + enc("Bravo <b>à tous</b>"));
  ASSERT_EQ(c.status, 303);
  auto loc = c.headers["location"];
  auto comment_id = loc.substr(loc.find("#comment-") + 9);
  auto page = get(path(id));
  EXPECT_TRUE(contains(page.body, "Bravo &lt;b&gt;à tous&lt;/b&gt;"));  // plain text, escaped

  EXPECT_EQ(post_form(rep, "/comments/" + comment_id + "/report", "reason=spam").status, 303);
  auto thanked = get_as(rep, path(id, "?reported=1"));
  EXPECT_TRUE(contains(thanked.body, "l&#39;équipe d&#39;animation examinera ce commentaire"));
  // The animators' queue lists it with its report and reason; members cannot open it.
  EXPECT_EQ(get_as(other, "/animation/comments").status, 403);
  auto queue = get_as(animator, "/animation/comments");
  ASSERT_EQ(queue.status, 200);
  EXPECT_TRUE(contains(queue.body, "Bravo &lt;b&gt;à tous&lt;/b&gt;"));
  EXPECT_TRUE(contains(queue.body, "1 signalement"));
  EXPECT_TRUE(contains(queue.body, ">spam<"));
  EXPECT_TRUE(contains(get_as(animator, "/account").body, "/animation/comments"));
  EXPECT_EQ(post_form(other, "/comments/" + comment_id + "/hide", "hidden=1").status, 403);
  auto hidden = post_form(animator, "/comments/" + comment_id + "/hide", "hidden=1&next=queue");
  EXPECT_EQ(hidden.status, 303);
  EXPECT_EQ(hidden.headers["location"], "/animation/comments");
  EXPECT_FALSE(contains(get(path(id)).body, "Bravo &lt;b&gt;"));
  auto seen = get_as(animator, path(id));
  EXPECT_TRUE(contains(seen.body, "Bravo &lt;b&gt;"));
  EXPECT_TRUE(contains(seen.body, "masqué par l&#39;animation"));
  EXPECT_TRUE(audit_has("comment.hidden", std::stoll(comment_id)));
  // Visitors can do none of it.
  Client v(server->port());
  EXPECT_NE(v.request("POST", path(id, "/follow"),
                      {{"Content-Type", "application/x-www-form-urlencoded"}}, "follow=1")
                .status,
            303);
}

TEST_F(Projects, ATranslationIsShownInTheReadersLanguage) {
  auto id = create("Eau potable pour le douar");
  auto same = post_form(rep, path(id, "/translations"), "lang=fr&title=" + enc("Autre titre"));
  EXPECT_EQ(same.status, 422);
  EXPECT_EQ(
      post_form(rep, path(id, "/translations"),
                "lang=ar&title=" + enc("الماء الصالح للشرب للدوار") + "&summary=" + enc("شبكة ماء"))
          .status,
      303);
  auto ar = get(path(id), "ar");
  EXPECT_TRUE(contains(ar.body, "<h1 lang=\"ar\" dir=\"auto\">الماء الصالح للشرب للدوار</h1>"));
  auto fr = get(path(id), "fr");
  EXPECT_TRUE(contains(fr.body, "Eau potable pour le douar</h1>"));
  EXPECT_TRUE(contains(get("/projects", "ar").body, "الماء الصالح للشرب للدوار"));
}

TEST_F(Projects, APcdActionPrefillsTheNewProject) {
  auto action = fixture::insert_plan_action(server->db(), carrier, tafraout,
                                            "Étude d'assainissement liquide");
  ASSERT_GT(action, 0);
  auto page = get_as(rep, "/projects/new?action=" + std::to_string(action));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "value=\"Étude d&#39;assainissement liquide\""));
  EXPECT_TRUE(contains(page.body, "name=\"plan_action\" value=\"" + std::to_string(action) + "\""));
  auto id = create("Étude d'assainissement liquide", "&plan_action=" + std::to_string(action));
  auto show = get(path(id));
  EXPECT_TRUE(contains(show.body, "Action du plan communal"));
  // An unknown action is refused with a message.
  auto bad = post_form(rep, "/projects/new", form("Projet orphelin", "&plan_action=999999"));
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "Cette action de plan communal n&#39;existe pas"));
}

TEST_F(Projects, TheListIsPaginated) {
  for (int i = 0; i < 22; ++i) ASSERT_NE(create("Projet numéro " + std::to_string(i)), 0);
  auto p1 = get("/projects");
  EXPECT_TRUE(contains(p1.body, "rel=\"next\""));
  EXPECT_TRUE(contains(p1.body, "Projet numéro 21"));
  EXPECT_FALSE(contains(p1.body, "Projet numéro 0<"));
  auto p2 = get("/projects?page=2");
  EXPECT_TRUE(contains(p2.body, "Projet numéro 0<"));
  EXPECT_TRUE(contains(p2.body, "rel=\"prev\""));
  EXPECT_TRUE(contains(p2.body, "Projet numéro 1<"));
  EXPECT_FALSE(contains(p2.body, "Projet numéro 2<"));
}

// The href of the link marked rel="next" or rel="prev" in a page, as a browser follows it.
std::string pager_link(const std::string& html, std::string_view rel) {
  auto at = html.find("rel=\"" + std::string(rel) + "\"");
  if (at == std::string::npos) return {};
  auto start = html.rfind("href=\"", at);
  if (start == std::string::npos) return {};
  start += 6;
  std::string href = html.substr(start, html.find('"', start) - start);
  for (std::size_t amp; (amp = href.find("&amp;")) != std::string::npos;) href.replace(amp, 5, "&");
  return href;
}

TEST_F(Projects, TheListPagesByCursorsAndOldPageLinksStillAnswer) {
  for (int i = 0; i < 45; ++i) ASSERT_NE(create("Projet numéro " + std::to_string(i)), 0);
  auto shows = [](const std::string& body, int n) {
    return contains(body, "Projet numéro " + std::to_string(n) + "<");
  };
  auto p1 = get("/projects");
  ASSERT_EQ(p1.status, 200);
  EXPECT_TRUE(shows(p1.body, 44) && shows(p1.body, 25));
  EXPECT_FALSE(shows(p1.body, 24));
  EXPECT_EQ(pager_link(p1.body, "prev"), "") << "the first page has no previous page";
  // "Next" names the last project shown: the page after it lists the older ones, even when
  // projects share a creation second (the id breaks the tie).
  std::string next = pager_link(p1.body, "next");
  ASSERT_TRUE(next.starts_with("/projects?after=")) << next;
  auto p2 = get(next);
  ASSERT_EQ(p2.status, 200);
  EXPECT_TRUE(shows(p2.body, 24) && shows(p2.body, 5));
  EXPECT_FALSE(shows(p2.body, 25) || shows(p2.body, 4));
  // "Previous" goes back to exactly the first page.
  std::string prev = pager_link(p2.body, "prev");
  ASSERT_TRUE(prev.starts_with("/projects?before=")) << prev;
  auto back = get(prev);
  EXPECT_TRUE(shows(back.body, 44) && shows(back.body, 25));
  EXPECT_FALSE(shows(back.body, 24));
  EXPECT_EQ(pager_link(back.body, "prev"), "");
  // A page reached by cursors from page 2 goes on to the oldest of ours.
  auto p3 = get(pager_link(p2.body, "next"));
  EXPECT_TRUE(shows(p3.body, 4) && shows(p3.body, 0));
  EXPECT_FALSE(shows(p3.body, 5));

  // An old ?page= link still shows its page, with cursor links onwards.
  auto old = get("/projects?page=2");
  ASSERT_EQ(old.status, 200);
  EXPECT_TRUE(shows(old.body, 24) && shows(old.body, 5));
  EXPECT_FALSE(shows(old.body, 25) || shows(old.body, 4));
  EXPECT_TRUE(pager_link(old.body, "next").starts_with("/projects?after="));
  EXPECT_TRUE(pager_link(old.body, "prev").starts_with("/projects?before="));
  // A cursor naming no project (a link kept too long) shows the first page.
  auto stale = get("/projects?after=987654321");
  ASSERT_EQ(stale.status, 200);
  EXPECT_TRUE(shows(stale.body, 44));
  // The filters travel with the cursor.
  auto water = get("/projects?sector=water");
  std::string water_next = pager_link(water.body, "next");
  EXPECT_TRUE(water_next.starts_with("/projects?sector=water&after=")) << water_next;
  auto water2 = get(water_next);
  EXPECT_TRUE(shows(water2.body, 24) && shows(water2.body, 5));
  EXPECT_FALSE(shows(water2.body, 25));
  EXPECT_TRUE(pager_link(water2.body, "prev").starts_with("/projects?sector=water&before="));
}

TEST_F(Projects, TheApiCreatesReadsListsAndPatches) {
  auto tok = token(rep);
  nlohmann::json body{{"title", "Projet par l'API"},
                      {"summary", "Résumé"},
                      {"description_md", "Texte"},
                      {"carrier_id", carrier},
                      {"territory_id", tafraout},
                      {"lat", 29.72},
                      {"lon", -8.97},
                      {"sectors", {"water"}},
                      {"partners", {{{"organisation_id", partner}, {"role", "Expertise"}}}}};
  EXPECT_EQ(api("POST", "/api/v1/projects", "", body.dump()).status, 401);
  auto c = api("POST", "/api/v1/projects", tok, body.dump());
  ASSERT_EQ(c.status, 201) << c.body;
  auto j = nlohmann::json::parse(c.body);
  auto id = j["id"].get<std::int64_t>();
  EXPECT_EQ(j["status"], "idea");
  EXPECT_EQ(j["partners"][0]["role"], "Expertise");
  EXPECT_EQ(c.headers["location"], "/api/v1/projects/" + std::to_string(id));

  auto one = api("GET", "/api/v1/projects/" + std::to_string(id), "");
  EXPECT_EQ(one.status, 200);
  auto list = nlohmann::json::parse(
      api("GET", "/api/v1/projects?sector=water&territory=tafraout", "").body);
  EXPECT_EQ(list["total"], 1);
  EXPECT_EQ(list["projects"][0]["id"], id);
  EXPECT_EQ(api("GET", "/api/v1/projects?status=nope", "").status, 422);

  auto p = api("PATCH", "/api/v1/projects/" + std::to_string(id), tok, R"({"title":"Titre neuf"})");
  ASSERT_EQ(p.status, 200) << p.body;
  auto pj = nlohmann::json::parse(p.body);
  EXPECT_EQ(pj["title"], "Titre neuf");
  EXPECT_EQ(pj["summary"], "Résumé");  // untouched fields stay
  EXPECT_EQ(pj["partners"].size(), 1u);

  // Bad input: a clear field error, nothing saved.
  auto bad = api("POST", "/api/v1/projects", tok,
                 R"({"title":"Piège API","description_md":"<script>x</script>","carrier_id":)" +
                     std::to_string(carrier) + R"(,"territory_id":)" + std::to_string(tafraout) +
                     R"(,"sectors":["water"],"lat":48.85,"lon":2.35})");
  EXPECT_EQ(bad.status, 422);
  auto bj = nlohmann::json::parse(bad.body, nullptr, false);
  EXPECT_TRUE(bj["error"]["fields"].contains("description_md")) << bad.body;
  EXPECT_EQ(fixture::projects_titled(server->db(), "Piège API"), 0);
  auto outside =
      api("POST", "/api/v1/projects", tok,
          R"({"title":"Loin","carrier_id":)" + std::to_string(carrier) + R"(,"territory_id":)" +
              std::to_string(tafraout) + R"(,"sectors":["water"],"lat":48.85,"lon":2.35})");
  EXPECT_EQ(outside.status, 422);
  EXPECT_TRUE(contains(outside.body, "en dehors du lieu choisi"));
  EXPECT_EQ(api("POST", "/api/v1/projects", tok, "{broken").status, 422);
  EXPECT_EQ(api("GET", "/api/v1/projects/999999", "").status, 404);
}

}  // namespace
}  // namespace comdev::testing
