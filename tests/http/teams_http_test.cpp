// Project teams on both databases: an accepted offer lands the expert in the team as an expert;
// a member asks to join and the carriers answer; carriers add people, change roles and take
// them out, and the last carrier cannot go; the team's private discussion (Markdown refused when
// unsafe, edits for 15 minutes on the application's clock, removal as audited moderation,
// mentions carried by the digest, keyset paging) and the same through the API. A non-member who
// guesses a thread's id gets a 404, never the content.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "app_test_util.h"
#include "features/digest/digest_job.h"
#include "features/digest/digest_store.h"
#include "features/matching/matching_module.h"
#include "features/needs/need_store.h"
#include "features/organisations/organisation_store.h"
#include "http/percent.h"
#include "mobilisation_test_store.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using nlohmann::json;
namespace org_store = organisations::organisation_store;
namespace fx = teams_test_store;
using std::chrono::minutes;
using std::chrono::seconds;

class Teams : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    auto& db = server->db();
    project_id = fx::new_project(db, "Station de pompage d'essai");
    ASSERT_NE(project_id, 0);
    rep = sign_in_new_member(db, Role::member);
    animator = sign_in_new_member(db, Role::animator);
    auto carrier = fx::carrier_of(db, project_id);
    ASSERT_TRUE(org_store::request_representation(db, carrier, rep.member_id, "Président").ok());
    ASSERT_TRUE(org_store::decide(db, animator.member_id, carrier, rep.member_id, true, "").ok());
    expert = sign_in_new_member(db, Role::member);
    observer = sign_in_new_member(db, Role::member);
    outsider = sign_in_new_member(db, Role::member);
    ASSERT_TRUE(fx::put(db, project_id, expert.member_id, "expert", "Hydraulicienne"));
    ASSERT_TRUE(fx::put(db, project_id, observer.member_id, "observer"));
  }

  http::testing::ClientResponse post(const SignedIn& who, const std::string& path,
                                     const std::vector<std::pair<std::string, std::string>>& f) {
    std::string body;
    for (const auto& [k, v] : f) {
      if (!body.empty()) body += '&';
      body += k + "=" + http::percent_encode(v);
    }
    return testing::post_form(server->port(), who, path, body);
  }
  http::testing::ClientResponse get(const SignedIn& who, const std::string& path) {
    return testing::get_as(server->port(), who, path);
  }
  http::testing::ClientResponse api(const std::string& method, const std::string& token,
                                    const std::string& path, const std::string& body = "") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return c.request(method, path, headers, body);
  }
  std::string team() const { return "/projects/" + std::to_string(project_id) + "/team"; }
  std::string discussion() const {
    return "/projects/" + std::to_string(project_id) + "/discussion";
  }
  // A thread opened by `who`; its id (0 when refused).
  std::int64_t open_thread(const SignedIn& who, const std::string& title, const std::string& body) {
    auto r = post(who, discussion(), {{"title", title}, {"body", body}});
    EXPECT_EQ(r.status, 303) << r.body;
    return r.status == 303 ? fx::last_thread(server->db(), project_id) : 0;
  }
  std::string thread_path(std::int64_t id) const { return "/threads/" + std::to_string(id); }

  std::unique_ptr<TestServer> server;
  std::int64_t project_id = 0;
  SignedIn rep, animator, expert, observer, outsider;
};

TEST_F(Teams, AnAcceptedOfferLandsTheExpertInTheTeamAsAnExpertWithTheTitleGiven) {
  auto& db = server->db();
  auto skills = needs::need_store::skills(db);
  ASSERT_TRUE(skills.ok());
  std::int64_t sanitation = 0;
  for (const auto& s : *skills) {
    if (s.slug == "sanitation") sanitation = s.id;
  }
  needs::NeedData d;
  d.kind = "skill";
  d.title = "Étude de faisabilité de la station";
  d.mode = "remote";
  d.skills.push_back({sanitation, "sanitation", "expert"});
  d.languages = {"fr"};
  auto need = needs::need_store::create(db, rep.member_id, project_id, d);
  ASSERT_TRUE(need.ok());
  auto engineer = sign_in_new_member(db, Role::member);
  ASSERT_TRUE(
      mobilisation_test_store::make_expert(db, engineer.member_id, {{sanitation, "expert"}}));
  auto offered = post(engineer, "/needs/" + std::to_string(*need) + "/offers",
                      {{"message", "Je peux mener l'étude."}});
  ASSERT_EQ(offered.status, 303) << offered.body;
  auto offer = fx::count(db, "SELECT MAX(id) FROM need_offers WHERE need_id = $1", *need);
  auto accepted = post(rep, "/offers/" + std::to_string(offer) + "/accept",
                       {{"role", "Ingénieure de l'étude"}});
  ASSERT_EQ(accepted.status, 303) << accepted.body;

  EXPECT_EQ(fx::kind_of(db, project_id, engineer.member_id), "expert");
  EXPECT_EQ(fx::title_of(db, project_id, engineer.member_id), "Ingénieure de l'étude");
  auto page = get(engineer, team());
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Ingénieure de l&#39;étude")) << page.body;
  EXPECT_TRUE(contains(page.body, "Expert·e"));
  // The project's page shows the team and leads to its workspace.
  auto project = get(engineer, "/projects/" + std::to_string(project_id));
  EXPECT_TRUE(contains(project.body, "id=\"team\""));
  EXPECT_TRUE(contains(project.body, "href=\"" + team() + "\""));
  // The new expert may write in the team's discussion at once.
  EXPECT_NE(open_thread(engineer, "Calendrier de l'étude", "Je commence lundi."), 0);
}

TEST_F(Teams, AMemberAsksToJoinTheCarriersAreNotifiedAndAccept) {
  auto& db = server->db();
  auto asked = post(outsider, team() + "/requests", {{"message", "Je connais bien le douar."}});
  ASSERT_EQ(asked.status, 303) << asked.body;
  EXPECT_EQ(asked.headers["location"], team() + "?done=requested");
  // Asking again while the request is open changes nothing.
  ASSERT_EQ(post(outsider, team() + "/requests", {}).status, 303);
  EXPECT_EQ(
      fx::count(db, "SELECT COUNT(*) FROM team_join_requests WHERE project_id = $1", project_id),
      1);
  auto notes = get(rep, "/notifications");
  EXPECT_TRUE(contains(notes.body, "demande à rejoindre l&#39;équipe")) << notes.body;
  EXPECT_TRUE(contains(notes.body, "href=\"" + team() + "\""));
  // Team members other than carriers are not asked.
  EXPECT_EQ(
      fx::count(db, "SELECT COUNT(*) FROM notifications WHERE member_id = $1", expert.member_id),
      0);

  auto page = get(rep, team());
  EXPECT_TRUE(contains(page.body, "Je connais bien le douar."));
  auto request =
      fx::count(db, "SELECT MAX(id) FROM team_join_requests WHERE project_id = $1", project_id);
  // An expert of the team may not answer; the carrier may.
  EXPECT_EQ(post(expert, "/team-requests/" + std::to_string(request) + "/answer",
                 {{"decision", "accept"}})
                .status,
            403);
  EXPECT_EQ(
      post(rep, "/team-requests/" + std::to_string(request) + "/answer", {{"decision", "maybe"}})
          .status,
      422);
  auto ok =
      post(rep, "/team-requests/" + std::to_string(request) + "/answer", {{"decision", "accept"}});
  ASSERT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(fx::kind_of(db, project_id, outsider.member_id), "observer");
  EXPECT_TRUE(contains(get(outsider, "/notifications").body, "Vous rejoignez l&#39;équipe"));
  // Answered once: a second answer is a conflict.
  EXPECT_EQ(
      post(rep, "/team-requests/" + std::to_string(request) + "/answer", {{"decision", "decline"}})
          .status,
      409);
  EXPECT_EQ(fx::audits(db, "team.join.accepted"), 1);
}

TEST_F(Teams, ADeclinedRequestLeavesThePersonOutside) {
  auto& db = server->db();
  ASSERT_EQ(post(outsider, team() + "/requests", {}).status, 303);
  auto request =
      fx::count(db, "SELECT MAX(id) FROM team_join_requests WHERE project_id = $1", project_id);
  ASSERT_EQ(
      post(rep, "/team-requests/" + std::to_string(request) + "/answer", {{"decision", "decline"}})
          .status,
      303);
  EXPECT_EQ(fx::kind_of(db, project_id, outsider.member_id), "");
  EXPECT_TRUE(contains(get(outsider, "/notifications").body, "n&#39;a pas été retenue"));
}

TEST_F(Teams, CarriersAddChangeAndRemoveOthersCannot) {
  auto& db = server->db();
  auto added = post(rep, team() + "/members",
                    {{"email", outsider.email}, {"role_kind", "expert"}, {"title", "Trésorière"}});
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_EQ(fx::kind_of(db, project_id, outsider.member_id), "expert");
  EXPECT_EQ(
      post(rep, team() + "/members", {{"email", outsider.email}, {"role_kind", "expert"}}).status,
      409);
  auto unknown =
      post(rep, team() + "/members", {{"email", "personne@example.org"}, {"role_kind", "expert"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(contains(unknown.body, "Aucun membre de la plateforme"));
  EXPECT_EQ(
      post(rep, team() + "/members", {{"email", outsider.email}, {"role_kind", "boss"}}).status,
      422);

  auto who = team() + "/members/" + std::to_string(outsider.member_id);
  // The list links each member to their own page, where the carrier finds the two forms.
  EXPECT_TRUE(contains(get(rep, team()).body, "href=\"" + who + "\""));
  EXPECT_FALSE(contains(get(expert, team()).body, "href=\"" + who + "\""));
  auto manage = get(rep, who);
  ASSERT_EQ(manage.status, 200);
  EXPECT_TRUE(contains(manage.body, "action=\"" + who + "/role\""));
  EXPECT_TRUE(contains(manage.body, "action=\"" + who + "/remove\""));
  EXPECT_EQ(get(expert, who).status, 403);
  EXPECT_EQ(get(rep, team() + "/members/999999").status, 404);
  ASSERT_EQ(post(rep, who + "/role", {{"role_kind", "animator"}, {"title", ""}}).status, 303);
  EXPECT_EQ(fx::kind_of(db, project_id, outsider.member_id), "animator");
  // An expert of the team manages nothing.
  EXPECT_EQ(post(expert, who + "/role", {{"role_kind", "observer"}}).status, 403);
  EXPECT_EQ(post(expert, who + "/remove", {}).status, 403);
  ASSERT_EQ(post(rep, who + "/remove", {}).status, 303);
  EXPECT_EQ(fx::kind_of(db, project_id, outsider.member_id), "");
  // The carrier's representative carries the project through the organisation.
  auto rep_path = team() + "/members/" + std::to_string(rep.member_id);
  auto refused = post(animator, rep_path + "/remove", {});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(contains(refused.body, "au nom de son organisation"));
  EXPECT_EQ(fx::audits(db, "team.member.added"), 1);
  EXPECT_EQ(fx::audits(db, "team.member.removed"), 1);
}

TEST_F(Teams, TheLastCarrierCannotLeaveNorBeRemovedNorDemoted) {
  auto& db = server->db();
  // A project whose organisation has no verified representative: one carrier by their row.
  auto lone = fx::new_project(db, "Coopérative d'essai sans représentant");
  auto carrier = sign_in_new_member(db, Role::member);
  ASSERT_TRUE(fx::put(db, lone, carrier.member_id, "carrier"));
  ASSERT_TRUE(fx::put(db, lone, expert.member_id, "expert"));
  auto path = "/projects/" + std::to_string(lone) + "/team";
  auto me = path + "/members/" + std::to_string(carrier.member_id);
  auto leave = post(carrier, path + "/leave", {});
  EXPECT_EQ(leave.status, 409);
  EXPECT_TRUE(contains(leave.body, "au moins un porteur")) << leave.body;
  EXPECT_EQ(post(carrier, me + "/role", {{"role_kind", "expert"}}).status, 409);
  EXPECT_EQ(post(animator, me + "/remove", {}).status, 409);
  EXPECT_EQ(fx::kind_of(db, lone, carrier.member_id), "carrier");
  // With a second carrier named, the first may go.
  ASSERT_EQ(post(carrier, path + "/members/" + std::to_string(expert.member_id) + "/role",
                 {{"role_kind", "carrier"}})
                .status,
            303);
  EXPECT_EQ(post(carrier, path + "/leave", {}).status, 303);
  EXPECT_EQ(fx::kind_of(db, lone, carrier.member_id), "");
  // Anyone else may leave; someone outside cannot.
  EXPECT_EQ(post(observer, team() + "/leave", {}).status, 303);
  EXPECT_EQ(post(outsider, team() + "/leave", {}).status, 403);
}

TEST_F(Teams, TheDiscussionIsPrivateToTheTeamAndTheAnimators) {
  auto id =
      open_thread(expert, "Budget de l'étude secret", "Le montant **confidentiel** : 120 000 MAD.");
  ASSERT_NE(id, 0);
  auto mine = get(expert, thread_path(id));
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(contains(mine.body, "<strong>confidentiel</strong>"));
  EXPECT_EQ(get(observer, thread_path(id)).status, 200);
  EXPECT_EQ(get(animator, thread_path(id)).status, 200);
  EXPECT_EQ(get(rep, thread_path(id)).status, 200);
  // A member outside the team, and a visitor, guessing the id: 404 and nothing of it.
  for (auto r : {get(outsider, thread_path(id)), Client(server->port()).get(thread_path(id))}) {
    EXPECT_EQ(r.status, 404);
    EXPECT_FALSE(contains(r.body, "confidentiel"));
    EXPECT_FALSE(contains(r.body, "Budget de l&#39;étude secret"));
  }
  EXPECT_EQ(get(outsider, thread_path(id + 1000)).status, 404);
  auto list = get(outsider, discussion());
  EXPECT_EQ(list.status, 403);
  EXPECT_FALSE(contains(list.body, "secret"));
  EXPECT_FALSE(contains(get(outsider, team()).body, discussion()));
  // Nor may they write in it, nor edit or remove its messages.
  auto message = fx::last_message(server->db(), id);
  EXPECT_EQ(post(outsider, thread_path(id) + "/messages", {{"body", "Bonjour"}}).status, 404);
  EXPECT_EQ(get(outsider, "/messages/" + std::to_string(message) + "/edit").status, 404);
  EXPECT_EQ(post(outsider, "/messages/" + std::to_string(message) + "/delete", {}).status, 404);
  // Observers read without writing.
  EXPECT_EQ(post(observer, thread_path(id) + "/messages", {{"body", "Bonjour"}}).status, 403);
  EXPECT_TRUE(contains(get(observer, thread_path(id)).body, "en tant qu&#39;observateur"));
  EXPECT_EQ(fx::messages_of(server->db(), id), 1);
}

TEST_F(Teams, ScriptTagsAndJavascriptLinksAreRefusedWithAMessageAndNothingIsSaved) {
  auto id = open_thread(expert, "Liens", "Premier message.");
  ASSERT_NE(id, 0);
  for (const char* body : {"<script>alert('x')</script>", "[clic](javascript:alert(1))",
                           "<a href=\"javascript:alert(1)\">x</a>", "[x](JAVASCRIPT:alert(1))"}) {
    auto r = post(expert, thread_path(id) + "/messages", {{"body", body}});
    EXPECT_EQ(r.status, 422) << body;
    EXPECT_TRUE(contains(r.body, "HTML ou un lien non autorisé")) << body;
    EXPECT_FALSE(contains(r.body, "<script>alert")) << body;
  }
  auto thread = post(expert, discussion(), {{"title", "X"}, {"body", "<script>x</script>"}});
  EXPECT_EQ(thread.status, 422);
  EXPECT_EQ(fx::messages_of(server->db(), id), 1);
  EXPECT_EQ(post(expert, thread_path(id) + "/messages", {{"body", "  "}}).status, 422);
  EXPECT_EQ(post(expert, thread_path(id) + "/messages", {{"body", "\xff\xfe"}}).status, 422);
  // A safe link is kept and marked nofollow.
  ASSERT_EQ(post(expert, thread_path(id) + "/messages", {{"body", "[plan](https://example.org/p)"}})
                .status,
            303);
  EXPECT_TRUE(contains(get(rep, thread_path(id)).body, "href=\"https://example.org/p\""));
}

TEST_F(Teams, AnAuthorEditsForFifteenMinutesOnTheApplicationsClockOnly) {
  auto id = open_thread(expert, "Coquilles", "Premeir message.");
  auto message = std::to_string(fx::last_message(server->db(), id));
  EXPECT_EQ(get(expert, "/messages/" + message + "/edit").status, 200);
  EXPECT_TRUE(contains(get(expert, thread_path(id)).body, "/messages/" + message + "/edit"));
  // Someone else's message is not theirs to edit, carrier or not.
  EXPECT_EQ(post(rep, "/messages/" + message + "/edit", {{"body", "Autre"}}).status, 403);
  server->clock().advance(minutes(14));
  ASSERT_EQ(post(expert, "/messages/" + message + "/edit", {{"body", "Premier message."}}).status,
            303);
  auto page = get(rep, thread_path(id));
  EXPECT_TRUE(contains(page.body, "Premier message."));
  EXPECT_TRUE(contains(page.body, "modifié"));
  server->clock().advance(minutes(1) + seconds(1));
  auto late = post(expert, "/messages/" + message + "/edit", {{"body", "Trop tard."}});
  EXPECT_EQ(late.status, 409);
  EXPECT_TRUE(contains(late.body, "15 minutes"));
  EXPECT_EQ(get(expert, "/messages/" + message + "/edit").status, 409);
  EXPECT_FALSE(contains(get(expert, thread_path(id)).body, "/messages/" + message + "/edit"));
  EXPECT_FALSE(contains(get(expert, thread_path(id)).body, "Trop tard."));
}

TEST_F(Teams, CarriersAndAnimatorsRemoveAMessageAsAuditedModeration) {
  auto& db = server->db();
  auto id = open_thread(expert, "Modération", "Un message déplacé.");
  auto message = std::to_string(fx::last_message(db, id));
  EXPECT_EQ(post(observer, "/messages/" + message + "/delete", {}).status, 403);
  EXPECT_EQ(post(expert, "/messages/" + message + "/delete", {}).status, 403);
  ASSERT_EQ(post(rep, "/messages/" + message + "/delete", {}).status, 303);
  auto page = get(expert, thread_path(id));
  EXPECT_FALSE(contains(page.body, "Un message déplacé."));
  EXPECT_TRUE(contains(page.body, "Message retiré par la modération."));
  EXPECT_EQ(fx::audits(db, "discussion.message.removed"), 1);
  // Removing twice records nothing more.
  ASSERT_EQ(post(animator, "/messages/" + message + "/delete", {}).status, 303);
  EXPECT_EQ(fx::audits(db, "discussion.message.removed"), 1);
}

TEST_F(Teams, MessagesArePagedByKeysetAndEveryMessageIsReachedOnce) {
  auto id = open_thread(expert, "Longue discussion", "Message 0");
  for (int i = 1; i < 45; ++i) {
    ASSERT_EQ(post(i % 2 ? rep : expert, thread_path(id) + "/messages",
                   {{"body", "Message " + std::to_string(i)}})
                  .status,
              303);
  }
  std::set<std::string> seen;
  std::string path = thread_path(id);
  int pages = 0;
  for (; !path.empty() && pages < 10; ++pages) {
    auto r = get(observer, path);
    ASSERT_EQ(r.status, 200);
    int on_page = 0;
    for (int i = 0; i < 45; ++i) {
      if (contains(r.body, "<p>Message " + std::to_string(i) + "</p>")) {
        EXPECT_TRUE(seen.insert(std::to_string(i)).second) << i << " twice";
        ++on_page;
      }
    }
    EXPECT_LE(on_page, 20);
    auto at = r.body.find("?before=");
    path =
        at == std::string::npos
            ? ""
            : thread_path(id) + "?before=" + r.body.substr(at + 8, r.body.find('"', at) - at - 8);
  }
  EXPECT_EQ(seen.size(), 45u);
  EXPECT_EQ(pages, 3);
  // The API pages the same way.
  auto token = token_of(server->port(), observer);
  auto first =
      json::parse(api("GET", token, "/api/v1/threads/" + std::to_string(id) + "/messages").body);
  ASSERT_EQ(first["messages"].size(), 20u);
  EXPECT_EQ(first["messages"].back()["body_md"], "Message 44");
  auto older = first["older"].get<std::int64_t>();
  auto second = json::parse(
      api("GET", token,
          "/api/v1/threads/" + std::to_string(id) + "/messages?before=" + std::to_string(older))
          .body);
  EXPECT_EQ(second["messages"].back()["body_md"], "Message 24");
  EXPECT_FALSE(second["newer"].is_null());
}

TEST_F(Teams, AMentionNotifiesInTheAppAndReachesTheNextDigestNotAnEmailOfItsOwn) {
  auto& db = server->db();
  ASSERT_TRUE(digest::digest_store::set_frequency(db, observer.member_id, digest::Frequency::weekly,
                                                  server->clock().now() - minutes(1))
                  .ok());
  auto observer_name = [&] {
    auto r = db.query("SELECT display_name FROM members WHERE id = $1",
                      store::params(observer.member_id));
    return r->rows.front().text(0);
  }();
  // A first look finds nothing new for the member: their digest of the period is marked empty.
  auto service = matching::service_for(server->app());
  ASSERT_TRUE(service);
  auto before = digest::send_due(db, *service, server->app().mailer(),
                                 server->app().config().base_url, server->clock().now());
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(server->smtp().wait_for(observer.email, std::chrono::milliseconds(300)));
  server->clock().advance(seconds(5));
  auto id = open_thread(expert, "Visite de terrain",
                        "@" + observer_name + " pouvez-vous confirmer la date ?");
  ASSERT_NE(id, 0);
  EXPECT_EQ(fx::mentions_of(db, observer.member_id), 1);
  EXPECT_EQ(fx::mentions_of(db, outsider.member_id), 0);
  EXPECT_TRUE(contains(get(observer, "/notifications").body, "vous a mentionné"));
  // No e-mail goes out with the mention itself.
  EXPECT_FALSE(server->smtp().wait_for(observer.email, std::chrono::milliseconds(500)));
  // The next look carries it, although no new need matches the member and the period's digest
  // was found empty before: the mention wakes it rather than waiting for the hourly recheck.
  auto report = digest::send_due(db, *service, server->app().mailer(),
                                 server->app().config().base_url, server->clock().now());
  ASSERT_TRUE(report.ok());
  EXPECT_GE(report->sent, 1);
  auto mail = server->smtp().wait_for(observer.email, seconds(5));
  ASSERT_TRUE(mail);
  EXPECT_TRUE(contains(mail->body, "Visite de terrain")) << mail->body;
  EXPECT_TRUE(contains(mail->body, "/threads/" + std::to_string(id)));
  EXPECT_FALSE(contains(mail->body, "confirmer la date"));  // the words stay in the app
  // The budget holds: a second mention waits for the next period's digest.
  server->clock().advance(minutes(1));
  ASSERT_EQ(
      post(rep, thread_path(id) + "/messages", {{"body", "@" + observer_name + " merci"}}).status,
      303);
  auto again = digest::send_due(db, *service, server->app().mailer(),
                                server->app().config().base_url, server->clock().now());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(fx::mentions_of(db, observer.member_id), 2);
  EXPECT_FALSE(server->smtp().wait_for(observer.email, std::chrono::milliseconds(500)));
}

TEST_F(Teams, TheTeamPageSpeaksArabicRightToLeftAndEnglish) {
  Client c(server->port());
  auto ar = c.get(team(), {{"Accept-Language", "ar"}, {"Cookie", expert.cookie}});
  ASSERT_EQ(ar.status, 200);
  EXPECT_TRUE(contains(ar.body, "dir=\"rtl\""));
  EXPECT_TRUE(contains(ar.body, "فريق المشروع"));
  EXPECT_TRUE(contains(ar.body, "خبير(ة)"));
  auto en = Client(server->port()).get(team(), {{"Accept-Language", "en"}});
  ASSERT_EQ(en.status, 200);
  EXPECT_TRUE(contains(en.body, "Project team"));
  EXPECT_TRUE(contains(en.body, "Sign in to ask to join the team."));
}

TEST_F(Teams, TheApiServesTheTeamAndTheDiscussionWithThePagesPermissions) {
  auto team_json = json::parse(
      Client(server->port()).get("/api/v1/projects/" + std::to_string(project_id) + "/team").body);
  ASSERT_TRUE(team_json["members"].is_array());
  std::map<std::int64_t, std::string> kinds;
  for (const auto& m : team_json["members"]) kinds[m["id"]] = m["role_kind"];
  EXPECT_EQ(kinds[rep.member_id], "carrier");
  EXPECT_EQ(kinds[expert.member_id], "expert");
  EXPECT_EQ(kinds[observer.member_id], "observer");
  EXPECT_EQ(Client(server->port()).get("/api/v1/projects/99999999/team").status, 404);

  auto threads = "/api/v1/projects/" + std::to_string(project_id) + "/threads";
  auto expert_token = token_of(server->port(), expert);
  auto outsider_token = token_of(server->port(), outsider);
  auto observer_token = token_of(server->port(), observer);
  EXPECT_EQ(api("GET", "", threads).status, 401);
  EXPECT_EQ(api("GET", outsider_token, threads).status, 403);
  auto made = api("POST", expert_token, threads,
                  json{{"title", "Par l'API"}, {"body", "Premier *message*"}}.dump());
  ASSERT_EQ(made.status, 201) << made.body;
  auto thread = json::parse(made.body)["id"].get<std::int64_t>();
  auto listed = json::parse(api("GET", observer_token, threads).body);
  ASSERT_EQ(listed["threads"].size(), 1u);
  EXPECT_EQ(listed["threads"][0]["title"], "Par l'API");
  auto messages = "/api/v1/threads/" + std::to_string(thread) + "/messages";
  EXPECT_EQ(api("GET", outsider_token, messages).status, 404);
  EXPECT_FALSE(contains(api("GET", outsider_token, messages).body, "Premier"));
  EXPECT_EQ(api("POST", outsider_token, messages, json{{"body", "x"}}.dump()).status, 404);
  EXPECT_EQ(api("POST", observer_token, messages, json{{"body", "x"}}.dump()).status, 403);
  EXPECT_EQ(api("POST", expert_token, messages, "not json").status, 422);
  auto unsafe = api("POST", expert_token, messages, json{{"body", "<script>x</script>"}}.dump());
  EXPECT_EQ(unsafe.status, 422);
  EXPECT_TRUE(contains(unsafe.body, "\"body\""));
  auto posted = api("POST", expert_token, messages, json{{"body", "Deuxième"}}.dump());
  ASSERT_EQ(posted.status, 201) << posted.body;
  EXPECT_EQ(json::parse(posted.body)["body_html"], "<p>Deuxième</p>\n");
  auto read = json::parse(api("GET", observer_token, messages).body);
  ASSERT_EQ(read["messages"].size(), 2u);
  EXPECT_EQ(read["messages"][0]["body_html"], "<p>Premier <em>message</em></p>\n");
}

}  // namespace
}  // namespace comdev::testing
