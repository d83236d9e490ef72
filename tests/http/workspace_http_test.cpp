// The team workspace's tasks, decisions and activity timeline on both databases: a task's owner
// must be in the team (a translated 422 otherwise, nothing saved); status changes follow the
// rules; an overdue task reaches its owner's next digest once, without an e-mail of its own; "My
// tasks" gathers a member's tasks across projects; a proposal with unsafe Markdown is refused;
// votes are changed until the deadline and refused after it; two simultaneous votes by one member
// count once; the outcome is recorded at the deadline in the decision log and the timeline; the
// team page tells a member what changed since their last visit; a non-member guessing ids gets 404;
// and the same through the API. Time moves with the server's settable clock, never by sleeping.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "app_test_util.h"
#include "core/text.h"
#include "features/digest/digest_job.h"
#include "features/digest/digest_store.h"
#include "features/matching/matching_module.h"
#include "features/organisations/organisation_store.h"
#include "http/percent.h"
#include "teams_test_store.h"
#include "test_members.h"
#include "test_server.h"
#include "workspace_test_store.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using nlohmann::json;
namespace fx = teams_test_store;
namespace ws = workspace_test_store;
namespace org_store = organisations::organisation_store;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

class Workspace : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) {
      c.mobilisation_period_seconds = 0;
      c.digest_period_seconds = 0;
    });
    auto& db = server->db();
    project_id = fx::new_project(db, "Adduction d'eau d'Aït Baha");
    ASSERT_NE(project_id, 0);
    rep = sign_in_new_member(db, Role::member);
    auto animator = sign_in_new_member(db, Role::animator);
    auto carrier = fx::carrier_of(db, project_id);
    ASSERT_TRUE(org_store::request_representation(db, carrier, rep.member_id, "").ok());
    ASSERT_TRUE(org_store::decide(db, animator.member_id, carrier, rep.member_id, true, "").ok());
    expert = sign_in_new_member(db, Role::member);
    second = sign_in_new_member(db, Role::member);
    observer = sign_in_new_member(db, Role::member);
    outsider = sign_in_new_member(db, Role::member);
    ASSERT_TRUE(fx::put(db, project_id, expert.member_id, "expert"));
    ASSERT_TRUE(fx::put(db, project_id, second.member_id, "expert"));
    ASSERT_TRUE(fx::put(db, project_id, observer.member_id, "observer"));
  }

  http::testing::ClientResponse post(const SignedIn& who, const std::string& path,
                                     const std::vector<std::pair<std::string, std::string>>& f) {
    std::string body;
    for (const auto& [k, v] : f) {
      if (!body.empty()) body += '&';
      body += k + "=" + http::percent_encode(v);
    }
    return post_form(server->port(), who, path, body);
  }
  http::testing::ClientResponse get(const SignedIn& who, const std::string& path) {
    return get_as(server->port(), who, path);
  }
  http::testing::ClientResponse api(const std::string& method, const std::string& token,
                                    const std::string& path, const std::string& body = "") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return c.request(method, path, headers, body);
  }
  std::string base() const { return "/projects/" + std::to_string(project_id); }
  // A deadline `ahead` from the server's clock, as a datetime-local field gives it.
  std::string deadline_in(std::chrono::seconds ahead) {
    auto d = core::iso(server->clock().now() + ahead);
    d.pop_back();
    return d;
  }
  std::int64_t propose(const SignedIn& who, const std::string& title, std::chrono::seconds ahead,
                       const std::string& quorum = "") {
    auto r = post(who, base() + "/decisions",
                  {{"title", title},
                   {"body", "Nous proposons de **retenir** le devis A."},
                   {"deadline", deadline_in(ahead)},
                   {"quorum", quorum}});
    EXPECT_EQ(r.status, 303) << r.body;
    auto at = r.headers["location"].find("/decisions/");
    return at == std::string::npos ? 0
                                   : core::parse_id(r.headers["location"].substr(
                                         at + 11, r.headers["location"].find('?') - at - 11));
  }
  int vote(const SignedIn& who, std::int64_t decision, const std::string& choice,
           const std::string& reason = "") {
    return post(who, "/decisions/" + std::to_string(decision) + "/vote",
                {{"choice", choice}, {"reason", reason}})
        .status;
  }

  std::unique_ptr<TestServer> server;
  std::int64_t project_id = 0;
  SignedIn rep, expert, second, observer, outsider;
};

// ---- tasks ----

TEST_F(Workspace, ATaskAssignedOutsideTheTeamIsRefusedWithATranslatedMessage) {
  auto r =
      post(rep, base() + "/tasks",
           {{"title", "Relever les débits"}, {"owner_id", std::to_string(outsider.member_id)}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "Le responsable doit faire partie de l&#39;équipe du projet"))
      << r.body;
  EXPECT_TRUE(contains(r.body, "Relever les débits")) << "the title typed comes back";
  EXPECT_EQ(ws::tasks_of(server->db(), project_id), 0);
  // In Arabic, and through the API.
  Client c(server->port());
  auto ar = c.request("POST", base() + "/tasks",
                      {{"Cookie", rep.cookie},
                       {"Accept-Language", "ar"},
                       {"Content-Type", "application/x-www-form-urlencoded"}},
                      "_csrf=" + http::percent_encode(rep.csrf) +
                          "&title=T&owner_id=" + std::to_string(outsider.member_id));
  EXPECT_EQ(ar.status, 422);
  EXPECT_TRUE(contains(ar.body, "يجب أن يكون المسؤول عضوًا في فريق المشروع")) << ar.body;
  auto token = token_of(server->port(), rep);
  auto a = api("POST", token, "/api/v1" + base() + "/tasks",
               json{{"title", "T"}, {"owner_id", outsider.member_id}}.dump());
  EXPECT_EQ(a.status, 422);
  EXPECT_EQ(json::parse(a.body)["error"]["fields"]["owner_id"],
            "Le responsable doit faire partie de l'équipe du projet.")
      << a.body;
  EXPECT_EQ(ws::tasks_of(server->db(), project_id), 0);
}

TEST_F(Workspace, ATaskIsCreatedFilteredAndMarkedDoneWhichTheTimelineTells) {
  auto r = post(rep, base() + "/tasks",
                {{"title", "Relever les débits du puits"},
                 {"owner_id", std::to_string(expert.member_id)},
                 {"due_on", "2030-01-15"}});
  ASSERT_EQ(r.status, 303) << r.body;
  ASSERT_EQ(post(rep, base() + "/tasks", {{"title", "Demander trois devis"}}).status, 303);
  auto& db = server->db();
  auto id = ws::number_of(db, "SELECT MIN(id) FROM tasks WHERE project_id = $1", project_id);
  // Filters: by owner, by status.
  auto mine = get(expert, base() + "/tasks?owner=" + std::to_string(expert.member_id)).body;
  EXPECT_TRUE(contains(mine, "Relever les débits du puits"));
  EXPECT_FALSE(contains(mine, "Demander trois devis"));
  // The owner marks it done; the timeline says so.
  ASSERT_EQ(post(expert, "/tasks/" + std::to_string(id) + "/status", {{"status", "doing"}}).status,
            303);
  ASSERT_EQ(post(expert, "/tasks/" + std::to_string(id) + "/status", {{"status", "done"}}).status,
            303);
  EXPECT_EQ(ws::task_status(db, id), "done");
  auto done = get(rep, base() + "/tasks?status=done").body;
  EXPECT_TRUE(contains(done, "Relever les débits du puits"));
  EXPECT_FALSE(contains(done, "Demander trois devis"));
  EXPECT_EQ(ws::events_of(db, project_id, "activity.task_done"), 1);
  EXPECT_TRUE(contains(get(rep, base() + "/activity").body, "a terminé la tâche"));
  // Done is reopened before work restarts; asking again for "done" changes nothing.
  EXPECT_EQ(post(expert, "/tasks/" + std::to_string(id) + "/status", {{"status", "doing"}}).status,
            409);
  EXPECT_EQ(post(expert, "/tasks/" + std::to_string(id) + "/status", {{"status", "done"}}).status,
            303);
  EXPECT_EQ(ws::events_of(db, project_id, "activity.task_done"), 1);
  EXPECT_EQ(
      post(expert, "/tasks/" + std::to_string(id) + "/status", {{"status", "finished"}}).status,
      422);
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_F(Workspace, ABusyTaskListIsPagedKeepingItsFilters) {
  auto& db = server->db();
  for (int i = 1; i <= 55; ++i) {
    char due[16];
    std::snprintf(due, sizeof due, "2030-01-%02d", (i % 28) + 1);
    ws::insert_task(db, project_id, "Tâche n° " + std::to_string(i), expert.member_id,
                    rep.member_id, due);
  }
  const std::string owner = "&owner=" + std::to_string(expert.member_id);
  auto first = get(rep, base() + "/tasks?status=open" + owner);
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(occurrences(first.body, "class=\"card task task-open\""), 50u);
  EXPECT_TRUE(contains(first.body, "href=\"" + base() + "/tasks?page=2&amp;status=open" +
                                       "&amp;owner=" + std::to_string(expert.member_id) +
                                       "\" rel=\"next\""))
      << "the next page keeps the filters";
  auto second = get(rep, base() + "/tasks?page=2&status=open" + owner);
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(occurrences(second.body, "class=\"card task task-open\""), 5u);
  EXPECT_TRUE(contains(second.body, "rel=\"prev\""));
  EXPECT_FALSE(contains(second.body, "rel=\"next\""));
}

TEST_F(Workspace, BadTaskInputIsRefusedAndNothingIsSaved) {
  auto other = fx::new_project(server->db(), "Autre projet");
  auto need = ws::number_of(server->db(),
                            "INSERT INTO needs (project_id, kind, title, created_at, updated_at) "
                            "VALUES ($1, 'skill', 'Étude', '2026-01-01T00:00:00Z', "
                            "'2026-01-01T00:00:00Z') RETURNING id",
                            other);
  ASSERT_GT(need, 0);
  EXPECT_EQ(post(rep, base() + "/tasks", {{"title", ""}}).status, 422);
  EXPECT_EQ(post(rep, base() + "/tasks", {{"title", std::string(201, 'x')}}).status, 422);
  EXPECT_EQ(post(rep, base() + "/tasks", {{"title", "T"}, {"due_on", "2026-02-30"}}).status, 422);
  auto r = post(rep, base() + "/tasks", {{"title", "T"}, {"need_id", std::to_string(need)}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "besoin de ce projet"));
  EXPECT_EQ(ws::tasks_of(server->db(), project_id), 0);
  // An observer reads but does not add.
  EXPECT_EQ(post(observer, base() + "/tasks", {{"title", "T"}}).status, 403);
  EXPECT_EQ(ws::tasks_of(server->db(), project_id), 0);
}

TEST_F(Workspace, AnOverdueTaskReachesTheOwnersNextDigestOnceWithoutAnEmailOfItsOwn) {
  auto& db = server->db();
  auto now = server->clock().now();
  ASSERT_TRUE(digest::digest_store::set_frequency(db, expert.member_id, digest::Frequency::daily,
                                                  now - minutes(1))
                  .ok());
  auto today = std::chrono::floor<std::chrono::days>(now);
  auto day = [](std::chrono::sys_days d) { return core::iso(core::Seconds{d}).substr(0, 10); };
  ws::insert_task(db, project_id, "Envoyer le rapport de forage", expert.member_id, rep.member_id,
                  day(today));
  ws::insert_task(db, project_id, "Tâche déjà faite", expert.member_id, rep.member_id,
                  day(today - std::chrono::days{3}), "done");
  auto service = matching::service_for(server->app());
  ASSERT_TRUE(service);
  auto send = [&] {
    auto r = digest::send_due(db, *service, server->app().mailer(), server->app().config().base_url,
                              server->clock().now());
    EXPECT_TRUE(r.ok());
  };
  // Due today: not late yet, so nothing to send.
  send();
  EXPECT_FALSE(server->smtp().wait_for(expert.email, std::chrono::milliseconds(300)));
  // The next day it is overdue, and the digest carries it.
  server->clock().set(core::Seconds{today + std::chrono::days{1}} + hours(2));
  send();
  auto mail = server->smtp().wait_for(expert.email, seconds(5));
  ASSERT_TRUE(mail);
  EXPECT_TRUE(contains(mail->body, "Envoyer le rapport de forage")) << mail->body;
  EXPECT_TRUE(contains(mail->body, "/tasks#t")) << mail->body;
  EXPECT_FALSE(contains(mail->body, "Tâche déjà faite"));
  // A day later it is still late, but it was told: no e-mail about it again.
  server->clock().advance(hours(26));
  send();
  EXPECT_FALSE(server->smtp().wait_for(expert.email, std::chrono::milliseconds(500)));
  // It stays on "My tasks", marked overdue.
  auto page = get(expert, "/me/tasks").body;
  EXPECT_TRUE(contains(page, "Envoyer le rapport de forage"));
  EXPECT_TRUE(contains(page, "en retard"));
}

TEST_F(Workspace, MyTasksGathersAMembersTasksAcrossProjectsAndIsOnTheAccountPage) {
  auto& db = server->db();
  auto other = fx::new_project(db, "Coopérative d'arganier de Tioute");
  ASSERT_TRUE(fx::put(db, other, expert.member_id, "carrier"));
  ws::insert_task(db, project_id, "Première tâche", expert.member_id, rep.member_id);
  ws::insert_task(db, other, "Seconde tâche", expert.member_id, expert.member_id);
  ws::insert_task(db, other, "Tâche d'un autre", second.member_id, expert.member_id);
  auto page = get(expert, "/me/tasks");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Première tâche"));
  EXPECT_TRUE(contains(page.body, "Seconde tâche"));
  EXPECT_TRUE(contains(page.body, "Coopérative d&#39;arganier de Tioute"));
  EXPECT_FALSE(contains(page.body, "Tâche d&#39;un autre"));
  EXPECT_TRUE(contains(get(expert, "/account").body, "href=\"/me/tasks\""));
  // A visitor is sent to sign in.
  Client c(server->port());
  EXPECT_EQ(c.get("/me/tasks").status, 303);
}

// ---- decisions ----

TEST_F(Workspace, AProposalWithScriptOrAJavascriptLinkIsRefusedNotAltered) {
  for (const char* body : {"Voir <script>alert(1)</script>", "[devis](javascript:alert(1))"}) {
    auto r = post(rep, base() + "/decisions",
                  {{"title", "Choisir"}, {"body", body}, {"deadline", deadline_in(hours(24))}});
    EXPECT_EQ(r.status, 422) << body;
    EXPECT_TRUE(contains(r.body, "HTML")) << r.body;
  }
  // A deadline in the past, or unreadable.
  EXPECT_EQ(post(rep, base() + "/decisions",
                 {{"title", "T"}, {"body", "B"}, {"deadline", deadline_in(-hours(1))}})
                .status,
            422);
  EXPECT_EQ(
      post(rep, base() + "/decisions", {{"title", "T"}, {"body", "B"}, {"deadline", "demain"}})
          .status,
      422);
  EXPECT_EQ(ws::decisions_of(server->db(), project_id), 0);
}

TEST_F(Workspace, VotesChangeUntilTheDeadlineThenTheOutcomeIsLoggedAndALateVoteIsRefused) {
  auto& db = server->db();
  auto id = propose(rep, "Retenir le bureau d'études A", hours(24));
  ASSERT_NE(id, 0);
  EXPECT_EQ(ws::events_of(db, project_id, "activity.decision_proposed"), 1);
  EXPECT_EQ(vote(expert, id, "disagree", "Trop cher"), 303);
  EXPECT_EQ(vote(second, id, "agree", "Devis complet"), 303);
  // The expert changes her mind: still one vote of hers.
  server->clock().advance(hours(2));
  EXPECT_EQ(vote(expert, id, "agree", "Après relecture, d'accord"), 303);
  EXPECT_EQ(ws::votes_of(db, id), 2);
  auto page = get(rep, "/decisions/" + std::to_string(id)).body;
  EXPECT_TRUE(contains(page, "Après relecture")) << page;
  EXPECT_FALSE(contains(page, "Trop cher"));
  EXPECT_TRUE(contains(page, "<strong>retenir</strong>"));
  EXPECT_EQ(ws::outcome_of(db, id), "");
  // The deadline passes: the next reader of the log records the outcome once.
  server->clock().advance(hours(23));
  auto log = get(observer, base() + "/decisions").body;
  EXPECT_EQ(ws::outcome_of(db, id), "adopted");
  EXPECT_TRUE(contains(log, "adoptée")) << log;
  EXPECT_TRUE(contains(log, "2 d&#39;accord")) << log;
  get(rep, base() + "/decisions");
  EXPECT_EQ(ws::events_of(db, project_id, "activity.decision_adopted"), 1);
  EXPECT_TRUE(contains(get(expert, base() + "/activity").body, "Décision adoptée"));
  // A vote after the deadline is refused with its reason, and changes nothing.
  auto late = post(second, "/decisions/" + std::to_string(id) + "/vote", {{"choice", "block"}});
  EXPECT_EQ(late.status, 409);
  EXPECT_TRUE(contains(late.body, "Le vote est clos")) << late.body;
  EXPECT_EQ(ws::outcome_of(db, id), "adopted");
  EXPECT_EQ(ws::number_of(db,
                          "SELECT COUNT(*) FROM decision_votes WHERE decision_id = $1 "
                          "AND choice = 'block'",
                          id),
            0);
}

TEST_F(Workspace, ABlockBlocksAndTooFewVotesForTheQuorumIsNoQuorum) {
  auto& db = server->db();
  auto blocked = propose(rep, "Changer de tracé", hours(1));
  auto short_of_quorum = propose(rep, "Acheter une pompe", hours(1), "3");
  EXPECT_EQ(vote(expert, blocked, "agree"), 303);
  EXPECT_EQ(vote(second, blocked, "agree"), 303);
  EXPECT_EQ(vote(rep, blocked, "block", "Le terrain n'est pas acquis"), 303);
  EXPECT_EQ(vote(expert, short_of_quorum, "agree"), 303);
  EXPECT_EQ(vote(second, short_of_quorum, "abstain"), 303);
  // Observers and animators outside the team do not vote.
  EXPECT_EQ(vote(observer, blocked, "agree"), 403);
  server->clock().advance(hours(1));
  auto token = token_of(server->port(), expert);
  auto list = api("GET", token, "/api/v1" + base() + "/decisions");
  ASSERT_EQ(list.status, 200) << list.body;
  auto doc = json::parse(list.body);
  EXPECT_EQ(ws::outcome_of(db, blocked), "blocked");
  EXPECT_EQ(ws::outcome_of(db, short_of_quorum), "no_quorum");
  ASSERT_EQ(doc["decisions"].size(), 2u);
  EXPECT_EQ(doc["decisions"][0]["outcome"], "no_quorum");
  EXPECT_EQ(doc["decisions"][1]["outcome"], "blocked");
  EXPECT_EQ(doc["decisions"][1]["counts"]["block"], 1);
}

TEST_F(Workspace, TwoSimultaneousVotesByTheSameMemberCountOnce) {
  auto id = propose(rep, "Date de la réunion publique", hours(24));
  ASSERT_NE(id, 0);
  std::vector<std::thread> threads;
  std::vector<int> statuses(8);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      statuses[i] = vote(expert, id, i % 2 ? "agree" : "disagree", std::to_string(i));
    });
  }
  for (auto& t : threads) t.join();
  for (int s : statuses) EXPECT_EQ(s, 303);
  EXPECT_EQ(ws::votes_of(server->db(), id), 1);
}

TEST_F(Workspace, DecisionsThroughTheApiWithThePagesRules) {
  auto token = token_of(server->port(), expert);
  auto deadline = core::iso(server->clock().now() + hours(24));
  auto made = api("POST", token, "/api/v1" + base() + "/decisions",
                  json{{"title", "Valider le budget"},
                       {"body", "Le budget **v2**."},
                       {"deadline", deadline},
                       {"quorum", 2}}
                      .dump());
  ASSERT_EQ(made.status, 201) << made.body;
  auto id = json::parse(made.body)["id"].get<std::int64_t>();
  EXPECT_EQ(json::parse(made.body)["body_html"], "<p>Le budget <strong>v2</strong>.</p>\n");
  auto voted = api("POST", token, "/api/v1/decisions/" + std::to_string(id) + "/votes",
                   json{{"choice", "agree"}, {"reason", "Conforme"}}.dump());
  ASSERT_EQ(voted.status, 200) << voted.body;
  EXPECT_EQ(json::parse(voted.body)["counts"]["agree"], 1);
  EXPECT_EQ(api("POST", token, "/api/v1/decisions/" + std::to_string(id) + "/votes",
                json{{"choice", "oui"}}.dump())
                .status,
            422);
  // An outsider: 403 on the project's list, 404 on the decision (never its content).
  auto stranger = token_of(server->port(), outsider);
  EXPECT_EQ(api("GET", stranger, "/api/v1" + base() + "/decisions").status, 403);
  auto guess = api("POST", stranger, "/api/v1/decisions/" + std::to_string(id) + "/votes",
                   json{{"choice", "agree"}}.dump());
  EXPECT_EQ(guess.status, 404);
  EXPECT_FALSE(contains(guess.body, "Valider le budget"));
  EXPECT_EQ(api("GET", "", "/api/v1" + base() + "/decisions").status, 401);
  server->clock().advance(hours(25));
  auto late = api("POST", token, "/api/v1/decisions/" + std::to_string(id) + "/votes",
                  json{{"choice", "block"}}.dump());
  EXPECT_EQ(late.status, 409);
}

TEST_F(Workspace, TasksThroughTheApiWithThePagesRules) {
  auto token = token_of(server->port(), rep);
  auto made = api("POST", token, "/api/v1" + base() + "/tasks",
                  json{{"title", "Photographier le site"},
                       {"owner_id", expert.member_id},
                       {"due_on", "2030-03-01"}}
                      .dump());
  ASSERT_EQ(made.status, 201) << made.body;
  auto task = json::parse(made.body);
  EXPECT_EQ(task["owner"]["id"], expert.member_id);
  EXPECT_EQ(task["status"], "open");
  auto id = task["id"].get<std::int64_t>();
  auto theirs = token_of(server->port(), expert);
  auto moved = api("POST", theirs, "/api/v1/tasks/" + std::to_string(id) + "/status",
                   json{{"status", "done"}}.dump());
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_FALSE(json::parse(moved.body)["done_at"].is_null());
  auto list = json::parse(api("GET", theirs, "/api/v1" + base() + "/tasks?status=done").body);
  ASSERT_EQ(list["tasks"].size(), 1u);
  auto stranger = token_of(server->port(), outsider);
  EXPECT_EQ(api("GET", stranger, "/api/v1" + base() + "/tasks").status, 403);
  EXPECT_EQ(api("POST", stranger, "/api/v1/tasks/" + std::to_string(id) + "/status",
                json{{"status", "open"}}.dump())
                .status,
            404);
  EXPECT_EQ(api("POST", token, "/api/v1" + base() + "/tasks", "[1]").status, 422);
}

// ---- privacy and the activity ----

TEST_F(Workspace, ANonMemberGuessingIdsGetsNotFoundNeverTheContent) {
  auto& db = server->db();
  auto task = ws::insert_task(db, project_id, "Négocier le prix du terrain", expert.member_id,
                              rep.member_id);
  auto decision = ws::insert_decision(db, project_id, "Accepter l'offre secrète", rep.member_id,
                                      core::iso(server->clock().now() + hours(5)));
  for (const std::string& path :
       {"/tasks/" + std::to_string(task) + "/edit", "/decisions/" + std::to_string(decision)}) {
    auto r = get(outsider, path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_FALSE(contains(r.body, "Négocier")) << path;
    EXPECT_FALSE(contains(r.body, "offre secrète")) << path;
  }
  EXPECT_EQ(
      post(outsider, "/tasks/" + std::to_string(task) + "/status", {{"status", "done"}}).status,
      404);
  EXPECT_EQ(ws::task_status(db, task), "open");
  EXPECT_EQ(get(outsider, base() + "/tasks").status, 403);
  EXPECT_EQ(get(outsider, base() + "/activity").status, 403);
  EXPECT_EQ(get(outsider, "/tasks/999999/edit").status, 404);
}

TEST_F(Workspace, TheTeamPageTellsAMemberWhatChangedSinceTheirLastVisit) {
  auto& db = server->db();
  auto first = get(second, base() + "/team");
  ASSERT_EQ(first.status, 200);
  EXPECT_FALSE(contains(first.body, "Depuis votre dernière visite")) << "a first visit";
  server->clock().advance(minutes(5));
  auto task =
      ws::insert_task(db, project_id, "Cartographier les sources", expert.member_id, rep.member_id);
  ASSERT_EQ(post(expert, "/tasks/" + std::to_string(task) + "/status", {{"status", "done"}}).status,
            303);
  propose(rep, "Fixer la cotisation", hours(24));
  // Back the next morning: a new visit, and what others did since the last one is news.
  server->clock().advance(hours(16));
  auto again = get(second, base() + "/team").body;
  EXPECT_TRUE(contains(again, "Depuis votre dernière visite"));
  EXPECT_TRUE(contains(again, "Cartographier les sources")) << again;
  EXPECT_TRUE(contains(again, "Fixer la cotisation"));
  // Within the same visit (to a task and back) the page still shows it.
  server->clock().advance(minutes(2));
  EXPECT_TRUE(contains(get(second, base() + "/team").body, "Cartographier les sources"));
  // Seen: the next visit has nothing new, and one's own doings are not news to oneself.
  server->clock().advance(hours(2));
  auto third = get(second, base() + "/team").body;
  EXPECT_TRUE(contains(third, "Rien de nouveau depuis votre dernière visite"));
  EXPECT_FALSE(contains(third, "Cartographier les sources"));
  // Joins are on the timeline.
  ASSERT_EQ(
      post(rep, base() + "/team/members", {{"email", outsider.email}, {"role_kind", "expert"}})
          .status,
      303);
  EXPECT_EQ(ws::events_of(db, project_id, "activity.joined"), 1);
  EXPECT_TRUE(contains(get(rep, base() + "/activity").body, "a rejoint l&#39;équipe"));
}

}  // namespace
}  // namespace comdev::testing
