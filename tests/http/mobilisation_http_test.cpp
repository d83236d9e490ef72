// Mobilisation on both databases: the carrier's representative invites an expert the engine
// proposes (notification + e-mail with the reasons), the expert offers help, the carrier
// accepts and the expert joins the project's team; the need's status follows and the time to
// first answer is recorded. Every bad input of issue 9 (an opted-out member, one already
// invited, a fourth open invitation, a deleted account, an offer on a closed need, one's own
// offer, someone else's invitation or offer) gets a clear message and leaves nothing behind.
// Unanswered invitations and offers expire with a courteous notice to both sides.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_test_util.h"
#include "features/matching/matching_service.h"
#include "features/mobilisation/mobilisation_expiry.h"
#include "features/needs/need_store.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "mobilisation_test_store.h"
#include "needs_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
namespace org_store = organisations::organisation_store;
namespace fixture = mobilisation_test_store;
using std::chrono::seconds;

constexpr auto kMailWait = std::chrono::milliseconds(5000);

class Mobilisation : public ::testing::Test {
 protected:
  void SetUp() override {
    // The expiry job runs only when a test calls it, with the time it chooses.
    server = TestServer::start([](Config& c) { c.mobilisation_period_seconds = 0; });
    auto& db = server->db();
    auto carrier =
        org_store::create(db, 0, {"village_association", "Association d'Aït Mobil", 0, "", true});
    ASSERT_TRUE(carrier.ok());
    carrier_id = *carrier;
    auto t = territories::territory_store::find_by_slug(db, "taroudant");
    ASSERT_TRUE(t.ok() && *t);
    project_id = needs_test_store::insert_project(db, "Assainissement du douar d'essai", carrier_id,
                                                  (*t)->id);
    ASSERT_NE(project_id, 0);
    rep = sign_in_new_member(db, Role::member);
    animator = sign_in_new_member(db, Role::animator);
    ASSERT_TRUE(org_store::request_representation(db, carrier_id, rep.member_id, "Président").ok());
    ASSERT_TRUE(
        org_store::decide(db, animator.member_id, carrier_id, rep.member_id, true, "Appel").ok());
    auto skills = needs::need_store::skills(db);
    ASSERT_TRUE(skills.ok());
    for (const auto& s : *skills) {
      if (s.slug == "sanitation") sanitation = s.id;
    }
    ASSERT_NE(sanitation, 0);
    need_id = new_need("Étude d'assainissement du douar");
  }

  std::int64_t new_need(const std::string& title) {
    needs::NeedData d;
    d.kind = "skill";
    d.title = title;
    d.mode = "remote";
    d.skills.push_back({sanitation, "sanitation", "expert"});
    d.languages = {"fr"};
    auto id = needs::need_store::create(server->db(), rep.member_id, project_id, d);
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  }

  SignedIn expert(bool open = true) {
    auto e = sign_in_new_member(server->db(), Role::member);
    EXPECT_TRUE(fixture::make_expert(server->db(), e.member_id, {{sanitation, "expert"}}, open));
    return e;
  }

  http::testing::ClientResponse post_form(const SignedIn& who, const std::string& path,
                                          const std::string& body) {
    return testing::post_form(server->port(), who, path, body);
  }
  http::testing::ClientResponse get_as(const SignedIn& who, const std::string& path) {
    return testing::get_as(server->port(), who, path);
  }
  http::testing::ClientResponse invite(const SignedIn& who, std::int64_t need, const SignedIn& whom,
                                       const std::string& message = "") {
    return post_form(who, "/needs/" + std::to_string(need) + "/invitations",
                     "expert_id=" + std::to_string(whom.member_id) +
                         "&message=" + http::percent_encode(message));
  }
  std::string token_of(const SignedIn& who) { return testing::token_of(server->port(), who); }
  http::testing::ClientResponse api(const std::string& method, const std::string& token,
                                    const std::string& path, const std::string& body = "") {
    Client c(server->port());
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return c.request(method, path, headers, body);
  }
  std::string need_path(std::int64_t id) const { return "/needs/" + std::to_string(id); }
  std::string need_status(std::int64_t id) { return needs_test_store::status_of(server->db(), id); }
  std::int64_t offer_of(std::int64_t need, std::int64_t expert_id) {
    auto r = server->db().query("SELECT id FROM need_offers WHERE need_id = $1 AND expert_id = $2",
                                store::params(need, expert_id));
    return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
  }
  std::int64_t invitation_of(std::int64_t need, std::int64_t expert_id) {
    auto r =
        server->db().query("SELECT id FROM need_invitations WHERE need_id = $1 AND expert_id = $2",
                           store::params(need, expert_id));
    return r.ok() && !r->empty() ? r->rows.front().integer(0) : 0;
  }
  std::string base() { return server->app().config().base_url; }

  std::unique_ptr<TestServer> server;
  std::int64_t carrier_id = 0, project_id = 0, need_id = 0, sanitation = 0;
  SignedIn rep, animator;
};

TEST_F(Mobilisation, AnInvitedExpertOffersHelpIsAcceptedAndJoinsTheTeam) {
  auto& db = server->db();
  auto engineer = expert();
  auto invited = invite(rep, need_id, engineer, "Votre expérience nous serait précieuse.");
  ASSERT_EQ(invited.status, 303) << invited.body;
  EXPECT_EQ(invited.headers["location"], need_path(need_id) + "?mob=invited#mobilisation");
  EXPECT_EQ(need_status(need_id), "discussion");
  auto inv_id = invitation_of(need_id, engineer.member_id);
  ASSERT_NE(inv_id, 0);
  auto reasons = fixture::text(db, "SELECT reasons FROM need_invitations WHERE id = $1", inv_id);
  EXPECT_NE(reasons, "[]");
  auto why = matching::why(db, i18n::Lang::fr, matching::reasons_from_json(reasons));
  EXPECT_FALSE(why.empty());

  // The expert's e-mail: the need, why them, the link, the expiry date.
  auto mail = server->smtp().wait_for(engineer.email, kMailWait);
  ASSERT_TRUE(mail);
  EXPECT_TRUE(contains(mail->subject, "Étude d'assainissement du douar")) << mail->subject;
  EXPECT_TRUE(contains(mail->body, why)) << mail->body;
  EXPECT_TRUE(contains(mail->body, base() + need_path(need_id))) << mail->body;
  EXPECT_TRUE(contains(mail->body, "Votre expérience nous serait précieuse."));
  EXPECT_TRUE(contains(mail->body, "ne pas répondre est aussi une réponse"));

  // The in-app notification, unread, in the reader's language.
  auto notes = get_as(engineer, "/notifications");
  ASSERT_EQ(notes.status, 200);
  EXPECT_TRUE(contains(notes.body, "vous invite à aider"));
  EXPECT_TRUE(contains(notes.body, "class=\"card notification unread\""));
  EXPECT_EQ(notes.headers["cache-control"], "no-store");

  // The expert's view of the need: why them, offer help or decline.
  auto page = get_as(engineer, need_path(need_id));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "id=\"mobilisation\""));
  EXPECT_TRUE(contains(page.body, "/invitations/" + std::to_string(inv_id) + "/decline"));
  EXPECT_TRUE(contains(page.body, need_path(need_id) + "/offers"));

  // She offers help: that answers the invitation.
  auto offered = post_form(engineer, need_path(need_id) + "/offers",
                           "message=" + http::percent_encode("Disponible pour le diagnostic."));
  ASSERT_EQ(offered.status, 303) << offered.body;
  EXPECT_EQ(fixture::text(db, "SELECT status FROM need_invitations WHERE id = $1", inv_id),
            "offered");
  EXPECT_NE(fixture::text(db, "SELECT answered_at FROM need_invitations WHERE id = $1", inv_id),
            "");
  auto offer_id = offer_of(need_id, engineer.member_id);
  ASSERT_NE(offer_id, 0);
  EXPECT_EQ(fixture::count(db, "SELECT invitation_id FROM need_offers WHERE id = $1", offer_id),
            inv_id);
  auto to_rep = server->smtp().wait_for(rep.email, kMailWait);
  ASSERT_TRUE(to_rep);
  EXPECT_TRUE(contains(to_rep->body, "Disponible pour le diagnostic."));
  EXPECT_TRUE(contains(to_rep->body, base() + need_path(need_id)));

  // The offer's message shows to the carrier's side and its author, not to others.
  EXPECT_TRUE(contains(get_as(rep, need_path(need_id)).body, "Disponible pour le diagnostic."));
  EXPECT_TRUE(
      contains(get_as(engineer, need_path(need_id)).body, "Disponible pour le diagnostic."));
  auto stranger = sign_in_new_member(db, Role::member);
  EXPECT_FALSE(
      contains(get_as(stranger, need_path(need_id)).body, "Disponible pour le diagnostic."));
  Client visitor(server->port());
  EXPECT_FALSE(contains(visitor.get(need_path(need_id)).body, "Disponible pour le diagnostic."));

  // The carrier accepts her with a role: she joins the team, the need is satisfied.
  auto accepted = post_form(rep, "/offers/" + std::to_string(offer_id) + "/accept",
                            "role=" + http::percent_encode("Étude d'assainissement"));
  ASSERT_EQ(accepted.status, 303) << accepted.body;
  EXPECT_EQ(need_status(need_id), "satisfied");
  EXPECT_EQ(fixture::text(db,
                          "SELECT role FROM project_team WHERE project_id = $1 AND member_id = "
                          "(SELECT expert_id FROM need_offers WHERE id = " +
                              std::to_string(offer_id) + ")",
                          project_id),
            "Étude d'assainissement");
  EXPECT_EQ(
      fixture::count(db, "SELECT need_id FROM project_team WHERE project_id = $1", project_id),
      need_id);
  auto welcome = server->smtp().wait_for(engineer.email, kMailWait);
  ASSERT_TRUE(welcome);
  EXPECT_TRUE(contains(welcome->body, "Étude d'assainissement"));
  EXPECT_TRUE(contains(welcome->body, base() + "/projects/" + std::to_string(project_id)));
  auto project = visitor.get("/projects/" + std::to_string(project_id));
  ASSERT_EQ(project.status, 200);
  EXPECT_TRUE(contains(project.body, "id=\"team\""));
  EXPECT_TRUE(contains(project.body, "href=\"/members/" + std::to_string(engineer.member_id)));
  EXPECT_TRUE(contains(project.body, "Étude d&#39;assainissement"));

  // Accepting again changes nothing and sends nothing.
  EXPECT_EQ(post_form(rep, "/offers/" + std::to_string(offer_id) + "/accept", "role=Autre").status,
            303);
  EXPECT_EQ(
      fixture::count(db, "SELECT COUNT(*) FROM project_team WHERE project_id = $1", project_id), 1);

  // The time to first answer is recorded, for the carrier's side only.
  auto rep_token = token_of(rep);
  auto figures =
      api("GET", rep_token, "/api/v1/needs/" + std::to_string(need_id) + "/mobilisation");
  ASSERT_EQ(figures.status, 200) << figures.body;
  auto j = nlohmann::json::parse(figures.body);
  EXPECT_TRUE(j["time_to_first_answer_seconds"].is_number_integer()) << figures.body;
  EXPECT_GE(j["time_to_first_answer_seconds"].get<std::int64_t>(), 0);
  ASSERT_EQ(j["invitations"].size(), 1u);
  EXPECT_EQ(j["invitations"][0]["status"], "offered");
  EXPECT_FALSE(j["invitations"][0]["answered_at"].is_null());
  EXPECT_EQ(j["offers"][0]["status"], "accepted");
  EXPECT_EQ(
      api("GET", token_of(engineer), "/api/v1/needs/" + std::to_string(need_id) + "/mobilisation")
          .status,
      403);
  EXPECT_TRUE(contains(get_as(rep, need_path(need_id)).body, "Première réponse obtenue en"));
}

TEST_F(Mobilisation, BadInvitationsGetAClearMessageAndLeaveNothingBehind) {
  auto& db = server->db();
  auto opted_out = expert(false);
  auto r = invite(rep, need_id, opted_out);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "ne souhaite pas recevoir d&#39;invitations")) << r.body;

  auto engineer = expert();
  ASSERT_EQ(invite(rep, need_id, engineer).status, 303);
  r = invite(animator, need_id, engineer);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "déjà invité sur ce besoin")) << r.body;

  // A fourth open invitation: the expert holds three already.
  auto busy = expert();
  std::vector<std::int64_t> others;
  for (int i = 0; i < 4; ++i)
    others.push_back(new_need("Besoin d'assainissement " + std::to_string(i)));
  for (int i = 0; i < 3; ++i) ASSERT_EQ(invite(rep, others[i], busy).status, 303) << i;
  r = invite(rep, others[3], busy);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "3 invitations en attente")) << r.body;
  EXPECT_EQ(fixture::invitations_of(db, others[3]), 0);
  EXPECT_EQ(need_status(others[3]), "open");

  auto gone = expert();
  ASSERT_TRUE(fixture::delete_account(db, gone.member_id));
  r = invite(rep, need_id, gone);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "supprimé son compte")) << r.body;

  r = post_form(rep, need_path(need_id) + "/invitations", "expert_id=abc&message=");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "Choisissez un membre à inviter"));

  // Someone who does not speak for the carrier cannot invite.
  auto member = sign_in_new_member(db, Role::member);
  r = invite(member, need_id, expert());
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(contains(r.body, "représentants vérifiés du porteur"));
  Client visitor(server->port());
  EXPECT_EQ(visitor
                .request("POST", need_path(need_id) + "/invitations",
                         {{"Content-Type", "application/x-www-form-urlencoded"}}, "expert_id=1")
                .status,
            403);

  // Only the first valid invitation was written, with one notification.
  EXPECT_EQ(fixture::invitations_of(db, need_id), 1);
  EXPECT_EQ(fixture::notifications_of(db, opted_out.member_id), 0);
  EXPECT_EQ(fixture::notifications_of(db, gone.member_id), 0);
  EXPECT_EQ(fixture::notifications_of(db, engineer.member_id), 1);

  // The same refusals through the API, with the field named.
  auto token = token_of(rep);
  auto a = api("POST", token, "/api/v1/needs/" + std::to_string(need_id) + "/invitations",
               nlohmann::json{{"expert_id", opted_out.member_id}}.dump());
  EXPECT_EQ(a.status, 422);
  auto e = nlohmann::json::parse(a.body);
  EXPECT_EQ(e["error"]["code"], "invalid");
  EXPECT_EQ(e["error"]["fields"]["expert_id"], "Ce membre ne souhaite pas recevoir d'invitations.")
      << a.body;
  EXPECT_EQ(
      api("POST", token, "/api/v1/needs/" + std::to_string(need_id) + "/invitations", "{broken")
          .status,
      422);
  EXPECT_EQ(
      api("POST", "", "/api/v1/needs/" + std::to_string(need_id) + "/invitations", "{}").status,
      401);
  auto fresh = expert();
  auto ok = api("POST", token, "/api/v1/needs/" + std::to_string(need_id) + "/invitations",
                nlohmann::json{{"expert_id", fresh.member_id}, {"message", "Bonjour"}}.dump());
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(nlohmann::json::parse(ok.body)["status"], "open");
}

TEST_F(Mobilisation, OffersOnClosedNeedsOwnOffersAndOthersRowsAreRefused) {
  auto& db = server->db();
  auto engineer = expert();
  // An offer without an invitation; the need moves to discussion.
  ASSERT_EQ(post_form(engineer, need_path(need_id) + "/offers", "message=Je+peux+aider").status,
            303);
  EXPECT_EQ(need_status(need_id), "discussion");
  auto offer_id = offer_of(need_id, engineer.member_id);
  ASSERT_NE(offer_id, 0);
  // Twice: a clear message, one offer.
  auto again = post_form(engineer, need_path(need_id) + "/offers", "message=Encore");
  EXPECT_EQ(again.status, 422);
  EXPECT_TRUE(contains(again.body, "déjà proposé votre aide"));
  EXPECT_EQ(fixture::offers_of(db, need_id), 1);
  // An empty message.
  auto empty = post_form(expert(), need_path(need_id) + "/offers", "message=+");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(contains(empty.body, "Écrivez quelques mots"));

  // Someone else's offer and invitation.
  auto other = sign_in_new_member(db, Role::member);
  auto r = post_form(other, "/offers/" + std::to_string(offer_id) + "/withdraw", "");
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(contains(r.body, "ne vous concerne pas"));
  auto invited = expert();
  ASSERT_EQ(invite(rep, need_id, invited).status, 303);
  r = post_form(
      other,
      "/invitations/" + std::to_string(invitation_of(need_id, invited.member_id)) + "/decline", "");
  EXPECT_EQ(r.status, 403);
  // A member who does not speak for the carrier cannot answer an offer.
  r = post_form(other, "/offers/" + std::to_string(offer_id) + "/accept", "role=Moi");
  EXPECT_EQ(r.status, 403);

  // The representative offers on their own need, then tries to accept it.
  ASSERT_EQ(post_form(rep, need_path(need_id) + "/offers", "message=Moi+aussi").status, 303);
  auto own = offer_of(need_id, rep.member_id);
  r = post_form(rep, "/offers/" + std::to_string(own) + "/accept", "role=Chef");
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(contains(r.body, "votre propre proposition")) << r.body;
  EXPECT_EQ(
      fixture::count(db, "SELECT COUNT(*) FROM project_team WHERE project_id = $1", project_id), 0);
  // Accepting needs a role.
  r = post_form(rep, "/offers/" + std::to_string(offer_id) + "/accept", "role=");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "Indiquez le rôle"));

  // The need closes: new offers are refused; what was open is withdrawn by the next pass.
  ASSERT_TRUE(needs::need_store::set_status(db, rep.member_id, need_id, "closed").ok());
  r = post_form(expert(), need_path(need_id) + "/offers", "message=Trop+tard");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "n&#39;attend plus d&#39;aide")) << r.body;
  auto pass = mobilisation::expire_due(db, server->app().mailer(), base(), core::now());
  ASSERT_TRUE(pass.ok());
  EXPECT_EQ(pass->withdrawn, 3);  // the engineer's offer, the representative's, the invitation
  EXPECT_EQ(fixture::text(db, "SELECT status FROM need_offers WHERE id = $1", offer_id),
            "withdrawn");
  EXPECT_TRUE(contains(get_as(invited, "/notifications").body, "votre invitation est retirée"));
}

TEST_F(Mobilisation, DecliningOnBothSidesIsRecordedAndTold) {
  auto& db = server->db();
  auto first = expert();
  ASSERT_EQ(invite(rep, need_id, first).status, 303);
  auto inv = invitation_of(need_id, first.member_id);
  ASSERT_TRUE(server->smtp().wait_for(first.email, kMailWait));
  auto declined = post_form(first, "/invitations/" + std::to_string(inv) + "/decline", "");
  ASSERT_EQ(declined.status, 303) << declined.body;
  EXPECT_EQ(fixture::text(db, "SELECT status FROM need_invitations WHERE id = $1", inv),
            "declined");
  auto told = server->smtp().wait_for(rep.email, kMailWait);
  ASSERT_TRUE(told);
  EXPECT_TRUE(contains(told->body, base() + need_path(need_id) + "#experts"));
  // Declining twice is harmless.
  EXPECT_EQ(post_form(first, "/invitations/" + std::to_string(inv) + "/decline", "").status, 303);

  auto second = expert();
  ASSERT_EQ(post_form(second, need_path(need_id) + "/offers", "message=Volontiers").status, 303);
  auto offer = offer_of(need_id, second.member_id);
  auto no = post_form(animator, "/offers/" + std::to_string(offer) + "/decline",
                      "note=" + http::percent_encode("Le besoin est couvert pour cette phase."));
  ASSERT_EQ(no.status, 303) << no.body;
  auto mail = server->smtp().wait_for(second.email, kMailWait);
  ASSERT_TRUE(mail);
  EXPECT_TRUE(contains(mail->body, "Le besoin est couvert pour cette phase."));
  EXPECT_EQ(need_status(need_id), "discussion");
  // An answered offer cannot be answered the other way.
  auto late = post_form(rep, "/offers/" + std::to_string(offer) + "/accept", "role=x");
  EXPECT_EQ(late.status, 422);
  EXPECT_TRUE(contains(late.body, "déjà été donnée"));
  // The expert reads her notification; marking all read empties the count.
  EXPECT_TRUE(contains(get_as(second, "/notifications").body, "n&#39;a pas été retenue"));
  ASSERT_EQ(post_form(second, "/notifications/read", "").status, 303);
  EXPECT_FALSE(contains(get_as(second, "/notifications").body, "notification unread"));
}

TEST_F(Mobilisation, UnansweredInvitationsAndOffersExpireWithNoticesToBothSides) {
  auto& db = server->db();
  auto silent = expert();
  ASSERT_EQ(invite(rep, need_id, silent).status, 303);
  ASSERT_TRUE(server->smtp().wait_for(silent.email, kMailWait));
  auto offering = expert();
  ASSERT_EQ(post_form(offering, need_path(need_id) + "/offers", "message=Disponible").status, 303);
  ASSERT_TRUE(server->smtp().wait_for(rep.email, kMailWait));
  auto next = expert();  // not invited yet: the engine proposes them once the first expires

  auto& mailer = server->app().mailer();
  // Not yet due.
  auto early = mobilisation::expire_due(db, mailer, base(), core::now() + std::chrono::days(6));
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->invitations + early->offers, 0);
  // After the 7 days.
  auto later = core::now() + std::chrono::days(8);
  auto pass = mobilisation::expire_due(db, mailer, base(), later);
  ASSERT_TRUE(pass.ok());
  EXPECT_EQ(pass->invitations, 1);
  EXPECT_EQ(pass->offers, 1);
  EXPECT_EQ(fixture::text(db, "SELECT status FROM need_invitations WHERE need_id = $1", need_id),
            "expired");
  // A second pass (another instance) finds nothing left to claim: no notice twice.
  auto again = mobilisation::expire_due(db, mailer, base(), later);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->invitations + again->offers + again->mails, 0);

  auto to_expert = server->smtp().wait_for(silent.email, kMailWait);
  ASSERT_TRUE(to_expert);
  EXPECT_TRUE(contains(to_expert->body, "ne pas répondre est aussi une réponse"));
  auto to_offerer = server->smtp().wait_for(offering.email, kMailWait);
  ASSERT_TRUE(to_offerer);
  EXPECT_TRUE(contains(to_offerer->body, "merci"));
  // The carrier hears of both, each with the link to the next experts.
  for (int i = 0; i < 2; ++i) {
    auto to_rep = server->smtp().wait_for(rep.email, kMailWait);
    ASSERT_TRUE(to_rep) << i;
    EXPECT_TRUE(contains(to_rep->body, base() + need_path(need_id) + "#experts")) << to_rep->body;
  }
  // The need's page proposes the next expert, not the one already asked.
  auto page = get_as(rep, need_path(need_id));
  ASSERT_EQ(page.status, 200);
  auto experts_at = page.body.find("id=\"experts\"");
  ASSERT_NE(experts_at, std::string::npos);
  auto experts =
      page.body.substr(experts_at, page.body.find("</section>", experts_at) - experts_at);
  EXPECT_TRUE(contains(experts, "/members/" + std::to_string(next.member_id))) << experts;
  EXPECT_FALSE(contains(experts, "/members/" + std::to_string(silent.member_id) + "\""));
}

TEST_F(Mobilisation, TheApiOffersAndAnswersAndTheUsualAnswerTimeShowsFromThreeAnswers) {
  auto& db = server->db();
  auto rep_token = token_of(rep);
  std::string offers = "/api/v1/needs/" + std::to_string(need_id) + "/offers";
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 3; ++i) {
    auto e = expert();
    auto made = api("POST", token_of(e), offers,
                    nlohmann::json{{"message", "Proposition " + std::to_string(i)}}.dump());
    ASSERT_EQ(made.status, 201) << made.body;
    auto j = nlohmann::json::parse(made.body);
    EXPECT_EQ(j["status"], "open");
    EXPECT_EQ(j["expert"]["id"], e.member_id);
    ids.push_back(j["id"].get<std::int64_t>());
  }
  // Bad input through the API: a missing message, a role that is not text, no role.
  auto late = expert();
  auto r = api("POST", token_of(late), offers, "{}");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(nlohmann::json::parse(r.body)["error"]["fields"]["message"],
            "Écrivez quelques mots sur ce que vous proposez.");
  std::string accept = "/api/v1/offers/" + std::to_string(ids[2]) + "/accept";
  EXPECT_EQ(api("POST", rep_token, accept, R"({"role": ["x"]})").status, 422);
  r = api("POST", rep_token, accept, "{}");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(nlohmann::json::parse(r.body)["error"]["fields"].contains("role"));
  // Nobody but the carrier's side answers.
  r = api("POST", token_of(late), accept, R"({"role": "Moi"})");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(nlohmann::json::parse(r.body)["error"]["code"], "forbidden");

  for (int i = 0; i < 2; ++i) {
    auto no = api("POST", rep_token, "/api/v1/offers/" + std::to_string(ids[i]) + "/decline",
                  R"({"note": "Merci, le besoin est couvert."})");
    ASSERT_EQ(no.status, 200) << no.body;
    EXPECT_EQ(nlohmann::json::parse(no.body)["status"], "declined");
  }
  auto yes = api("POST", rep_token, accept, R"({"role": "Diagnostic"})");
  ASSERT_EQ(yes.status, 200) << yes.body;
  EXPECT_EQ(nlohmann::json::parse(yes.body)["status"], "accepted");
  EXPECT_EQ(need_status(need_id), "satisfied");
  EXPECT_EQ(
      fixture::count(db, "SELECT COUNT(*) FROM project_team WHERE project_id = $1", project_id), 1);

  // Three answers: the carrier's usual answer time shows on its needs' pages, for everyone.
  Client visitor(server->port());
  auto page = visitor.get(need_path(new_need("Un autre besoin du même porteur")));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "Ce porteur de projet répond d&#39;habitude en 1 jour."))
      << page.body.substr(page.body.find("id=\"mobilisation\""), 600);
  auto figures =
      api("GET", rep_token, "/api/v1/needs/" + std::to_string(need_id) + "/mobilisation");
  ASSERT_EQ(figures.status, 200);
  EXPECT_TRUE(nlohmann::json::parse(figures.body)["usual_answer_seconds"].is_number_integer());
}

}  // namespace
}  // namespace comdev::testing
