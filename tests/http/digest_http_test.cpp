// The e-mail digest on both databases: opt-in (nothing for a member who did not turn it on), a
// weekly digest of the new needs that match the member with why and the one-click unsubscribe
// (link and RFC 8058 headers), nothing without new content, the budget (one a week), one sender
// when two database handles race on the same digest, unsubscribing by the page and by the mail
// client's one-click POST without session or CSRF token, and a clear page for a bad token.
#include <gtest/gtest.h>

#include <thread>

#include "app_test_util.h"
#include "digest_test_store.h"
#include "features/digest/digest_job.h"
#include "features/digest/digest_store.h"
#include "features/matching/matching_module.h"
#include "features/organisations/organisation_store.h"
#include "features/territories/territory_store.h"
#include "http/percent.h"
#include "needs_test_store.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using namespace std::chrono_literals;
namespace fixture = digest_test_store;

class Digest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The job's thread stays off: the tests run it themselves, at the times they choose.
    server = TestServer::start([](Config& c) { c.digest_period_seconds = 0; });
    auto& db = server->db();
    auto carrier = organisations::organisation_store::create(
        db, 0, {"village_association", "Association du résumé", 0, "", true});
    ASSERT_TRUE(carrier.ok());
    auto t = territories::territory_store::find_by_slug(db, "taroudant");
    ASSERT_TRUE(t.ok() && *t);
    project_id =
        needs_test_store::insert_project(db, "Assainissement du douar d'essai", *carrier, (*t)->id);
    ASSERT_NE(project_id, 0);
    expert = sign_in_new_member(db, Role::member);
    ASSERT_TRUE(fixture::give_skill(db, expert.member_id, "sanitation"));
    service = matching::service_for(server->app());
    ASSERT_TRUE(service);
  }

  http::testing::ClientResponse post_form(const SignedIn& who, const std::string& path,
                                          const std::string& body) {
    return testing::post_form(server->port(), who, path, body);
  }
  void turn_on(const SignedIn& who, const std::string& frequency = "weekly") {
    auto r = post_form(who, "/account/notifications", "frequency=" + frequency);
    ASSERT_EQ(r.status, 303) << r.body;
    turned_on = core::now();
  }
  // A need that matches the expert, published `after` the digest was turned on.
  std::int64_t new_need(const std::string& title, std::chrono::seconds after = 60s,
                        const std::string& status = "open") {
    auto id = fixture::insert_skill_need(server->db(), project_id, title, "sanitation",
                                         core::iso(turned_on + after), status);
    EXPECT_NE(id, 0);
    return id;
  }
  digest::Report run(core::Seconds now, store::Db* db = nullptr) {
    auto r = digest::send_due(db ? *db : server->db(), *service, server->app().mailer(),
                              server->app().config().base_url, now);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().detail);
    return r.ok() ? *r : digest::Report{};
  }
  std::optional<ReceivedMail> mail_to(const SignedIn& who, std::chrono::milliseconds wait = 5s) {
    return server->smtp().wait_for(who.email, wait);
  }

  std::unique_ptr<TestServer> server;
  std::shared_ptr<matching::Service> service;
  std::int64_t project_id = 0;
  SignedIn expert;
  core::Seconds turned_on = core::now();
};

// The unsubscribe address in a digest's List-Unsubscribe header, as a path on our server.
std::string unsubscribe_path(const ReceivedMail& m) {
  auto at = m.raw.find("List-Unsubscribe: <");
  if (at == std::string::npos) return {};
  auto start = m.raw.find("/digest/unsubscribe?token=", at);
  auto end = m.raw.find('>', start);
  return m.raw.substr(start, end - start);
}

TEST_F(Digest, NothingForAMemberWhoDidNotTurnItOn) {
  new_need("Étude d'assainissement sans abonné", 60s);
  auto r = run(core::now() + 120s);
  EXPECT_EQ(r.sent, 0);
  EXPECT_EQ(r.looked_at, 0);
  // Turned on, then off again: still nothing.
  turn_on(expert);
  ASSERT_EQ(post_form(expert, "/account/notifications", "frequency=off").status, 303);
  new_need("Deuxième étude d'assainissement", 60s);
  EXPECT_EQ(run(turned_on + 120s).sent, 0);
  EXPECT_FALSE(mail_to(expert, 1s).has_value());
}

TEST_F(Digest, AWeeklyDigestListsTheNewMatchingNeedsWithWhyAndOneClickUnsubscribe) {
  turn_on(expert);
  auto need = new_need("Étude d'assainissement du douar Tamsoult");
  auto r = run(turned_on + 120s);
  EXPECT_EQ(r.sent, 1);
  auto m = mail_to(expert);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(contains(m->subject, "1 nouveau besoin")) << m->subject;
  EXPECT_TRUE(contains(m->body, "Étude d'assainissement du douar Tamsoult"));
  EXPECT_TRUE(contains(m->body, "Assainissement du douar d'essai"));
  EXPECT_TRUE(contains(m->body, "/needs/" + std::to_string(need)));
  // The why sentence of the matching engine, in the member's language.
  EXPECT_TRUE(contains(m->body, "Pourquoi vous : couvre la compétence demandée")) << m->body;
  EXPECT_TRUE(contains(m->body, "/digest/unsubscribe?token="));
  EXPECT_TRUE(contains(m->raw, "List-Unsubscribe: <http://127.0.0.1:" +
                                   std::to_string(server->port()) + "/digest/unsubscribe?token="))
      << m->raw;
  EXPECT_TRUE(contains(m->raw, "List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
  EXPECT_EQ(fixture::sent_digests(server->db(), expert.member_id), 1);
  EXPECT_EQ(fixture::logged_emails(server->db(), expert.member_id), 1);
}

TEST_F(Digest, NoEmailWithoutNewContent) {
  // A matching need published before the digest was turned on is not new.
  fixture::insert_skill_need(server->db(), project_id, "Étude d'avant", "sanitation",
                             core::iso(core::now() - 3600s));
  turn_on(expert);
  auto r = run(turned_on + 120s);
  EXPECT_EQ(r.sent, 0);
  EXPECT_EQ(r.empty, 1);
  EXPECT_FALSE(mail_to(expert, 1s).has_value());
  // Nor is a new need that does not match (accounting is far from sanitation).
  fixture::insert_skill_need(server->db(), project_id, "Comptabilité de la coopérative",
                             "accounting", core::iso(turned_on + 60s));
  EXPECT_EQ(run(turned_on + 2h).sent, 0);
  EXPECT_FALSE(mail_to(expert, 1s).has_value());
  EXPECT_EQ(fixture::logged_emails(server->db(), expert.member_id), 0);
}

// An empty look waits an hour before the next one, unless a need is published meanwhile: a member
// who turned the digest on then sees the first matching need in the next look, not an hour later.
TEST_F(Digest, ANeedPublishedAfterAnEmptyLookIsSentAtTheNextLook) {
  turn_on(expert);
  auto first = run(turned_on + 120s);
  EXPECT_EQ(first.sent, 0);
  EXPECT_EQ(first.empty, 1);
  // Nothing new: the next look, a period later, does not even look at the member.
  EXPECT_EQ(run(turned_on + 180s).looked_at, 0);
  new_need("Étude publiée après un résumé vide", 200s);
  auto next = run(turned_on + 240s);
  EXPECT_EQ(next.sent, 1);
  auto m = mail_to(expert);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(contains(m->body, "Étude publiée après un résumé vide"));
}

// A need whose carrier has already invited someone is "under discussion" and still looks for
// experts (matching proposes it too): a digest that waited for "open" would miss every need
// invited within a look's period, as in the README's tour.
TEST_F(Digest, ANeedAlreadyUnderDiscussionStillReachesTheDigest) {
  turn_on(expert);
  ASSERT_EQ(run(turned_on + 120s).empty, 1);
  new_need("Étude déjà en discussion", 200s, "discussion");
  new_need("Étude déjà pourvue", 200s, "satisfied");
  ASSERT_EQ(run(turned_on + 240s).sent, 1);
  auto m = mail_to(expert);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(contains(m->body, "Étude déjà en discussion"));
  EXPECT_FALSE(contains(m->body, "Étude déjà pourvue"));
}

TEST_F(Digest, OneEmailAWeekWhateverIsPublishedMeanwhile) {
  turn_on(expert);
  new_need("Première étude");
  ASSERT_EQ(run(turned_on + 120s).sent, 1);
  ASSERT_TRUE(mail_to(expert).has_value());
  // More needs the same day, three days later: no second e-mail (same week, or the budget).
  new_need("Deuxième étude", 180s);
  EXPECT_EQ(run(turned_on + 240s).sent, 0);
  new_need("Troisième étude", 3 * 24h);
  EXPECT_EQ(run(turned_on + 3 * 24h + 60s).sent, 0);
  EXPECT_FALSE(mail_to(expert, 1s).has_value());
  // Eight days on, the next digest holds what was published since the first one.
  auto later = run(turned_on + 8 * 24h);
  EXPECT_EQ(later.sent, 1);
  auto m = mail_to(expert);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(contains(m->body, "Deuxième étude"));
  EXPECT_TRUE(contains(m->body, "Troisième étude"));
  EXPECT_FALSE(contains(m->body, "Première étude"));
}

TEST_F(Digest, ADailyDigestGoesAtMostOnceADay) {
  turn_on(expert, "daily");
  new_need("Étude du lundi");
  ASSERT_EQ(run(turned_on + 120s).sent, 1);
  ASSERT_TRUE(mail_to(expert).has_value());
  new_need("Étude du soir", 600s);
  EXPECT_EQ(run(turned_on + 900s).sent, 0);
  EXPECT_EQ(run(turned_on + 25h).sent, 1);
  auto m = mail_to(expert);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(contains(m->body, "Étude du soir"));
}

TEST_F(Digest, TwoInstancesRacingSendOneEmail) {
  turn_on(expert);
  new_need("Étude disputée");
  auto other = store::open(server->app().config().database_url, 2);
  ASSERT_TRUE(other.ok());
  // Both instances' indexes know the need (the race under test is the claim, not the index).
  service->catch_up();
  auto now = turned_on + 120s;
  digest::Report a, b;
  std::thread t1([&] { a = run(now); });
  std::thread t2([&] { b = run(now, other->get()); });
  t1.join();
  t2.join();
  EXPECT_EQ(a.sent + b.sent, 1) << "a: due " << a.looked_at << " empty " << a.empty << " lost "
                                << a.lost << " failed " << a.failed << "; b: due " << b.looked_at
                                << " empty " << b.empty << " lost " << b.lost << " failed "
                                << b.failed;
  ASSERT_TRUE(mail_to(expert).has_value());
  EXPECT_FALSE(mail_to(expert, 1500ms).has_value());
  EXPECT_EQ(fixture::sent_digests(server->db(), expert.member_id), 1);
  EXPECT_EQ(fixture::logged_emails(server->db(), expert.member_id), 1);
}

TEST_F(Digest, UnsubscribeByThePageAsksThenTurnsItOff) {
  turn_on(expert);
  new_need("Étude pour se désabonner");
  ASSERT_EQ(run(turned_on + 120s).sent, 1);
  auto m = mail_to(expert);
  ASSERT_TRUE(m.has_value());
  auto path = unsubscribe_path(*m);
  ASSERT_FALSE(path.empty()) << m->raw;
  // Opening the link (or a mail scanner following it) changes nothing.
  Client c(server->port());
  auto page = c.get(path);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "Me désabonner"));
  EXPECT_EQ(page.headers["cache-control"], "no-store");
  EXPECT_EQ(fixture::frequency_of(server->db(), expert.member_id), "weekly");
  // The button: a POST without session cookie or CSRF token; the token is the credential.
  Client anonymous(server->port());
  auto done = anonymous.post(path, "");
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_TRUE(contains(done.body, "vous ne recevrez plus le résumé"));
  EXPECT_EQ(fixture::frequency_of(server->db(), expert.member_id), "off");
  // Again: harmless.
  EXPECT_EQ(Client(server->port()).post(path, "").status, 200);
  // And no more digests.
  new_need("Étude après le désabonnement", 9 * 24h);
  EXPECT_EQ(run(turned_on + 10 * 24h).looked_at, 0);
}

TEST_F(Digest, TheMailClientsOneClickPostUnsubscribes) {
  turn_on(expert);
  new_need("Étude pour un clic");
  ASSERT_EQ(run(turned_on + 120s).sent, 1);
  auto m = mail_to(expert);
  ASSERT_TRUE(m.has_value());
  auto path = unsubscribe_path(*m);
  ASSERT_FALSE(path.empty());
  // RFC 8058: POST to the List-Unsubscribe address with this body, no cookie, no token field.
  Client c(server->port());
  auto r = c.post(path, "List-Unsubscribe=One-Click");
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(fixture::frequency_of(server->db(), expert.member_id), "off");
}

TEST_F(Digest, ABadTokenGetsAClearNotFoundPage) {
  Client c(server->port());
  for (std::string path :
       {"/digest/unsubscribe?token=" + std::string(43, 'x'),
        std::string("/digest/unsubscribe?token=short"), std::string("/digest/unsubscribe")}) {
    auto get = c.get(path);
    EXPECT_EQ(get.status, 404) << path;
    EXPECT_TRUE(contains(get.body, "lien de désabonnement n&#39;est pas valide")) << get.body;
    auto post = Client(server->port()).post(path, "List-Unsubscribe=One-Click");
    EXPECT_EQ(post.status, 404) << path;
  }
  // Other forms keep their CSRF check: only the unsubscribe address is exempt.
  auto other = Client(server->port()).post("/account/notifications", "frequency=weekly");
  EXPECT_EQ(other.status, 403);
}

TEST(DigestJob, TheServersOwnThreadSendsTheDigestWithinAPeriod) {
  auto server = TestServer::start([](Config& c) { c.digest_period_seconds = 1; });
  auto& db = server->db();
  auto carrier = organisations::organisation_store::create(
      db, 0, {"village_association", "Association du fil du résumé", 0, "", true});
  ASSERT_TRUE(carrier.ok());
  auto t = territories::territory_store::find_by_slug(db, "taroudant");
  ASSERT_TRUE(t.ok() && *t);
  auto project = needs_test_store::insert_project(db, "Projet du fil", *carrier, (*t)->id);
  auto expert = sign_in_new_member(db, Role::member);
  ASSERT_TRUE(fixture::give_skill(db, expert.member_id, "sanitation"));
  // A need published a minute ago, then the digest turned on as if two minutes ago (the job
  // looks every second: an earlier look with nothing new would wait an hour to look again).
  auto now = core::now();
  ASSERT_NE(fixture::insert_skill_need(db, project, "Étude envoyée par le fil", "sanitation",
                                       core::iso(now - 60s)),
            0);
  ASSERT_TRUE(digest::digest_store::set_frequency(db, expert.member_id, digest::Frequency::weekly,
                                                  now - 120s)
                  .ok());
  auto m = server->smtp().wait_for(expert.email, 10s);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(contains(m->body, "Étude envoyée par le fil"));
}

TEST_F(Digest, SettingsPageIsOptInWithWeeklyPreselectedAndNamesMissingSkills) {
  auto plain = sign_in_new_member(server->db(), Role::member);
  Client c(server->port());
  auto page = c.get("/account/notifications", {{"Cookie", plain.cookie}});
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "Le résumé est désactivé"));
  EXPECT_TRUE(contains(page.body, "value=\"weekly\" checked"));
  EXPECT_TRUE(contains(page.body, "href=\"/profile\""));
  EXPECT_EQ(page.headers["cache-control"], "no-store");
  // A bad choice: a clear message, nothing saved.
  auto bad = post_form(plain, "/account/notifications", "frequency=hourly");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "Choisissez une fréquence"));
  EXPECT_EQ(fixture::frequency_of(server->db(), plain.member_id), "");
  // Daily, then the page says so; the expert with skills is not told to add some.
  ASSERT_EQ(post_form(expert, "/account/notifications", "frequency=daily").status, 303);
  auto on =
      Client(server->port()).get("/account/notifications?saved=1", {{"Cookie", expert.cookie}});
  EXPECT_TRUE(contains(on.body, "chaque jour"));
  EXPECT_TRUE(contains(on.body, "value=\"daily\" checked"));
  EXPECT_FALSE(contains(on.body, "href=\"/profile\""));
  // Visitors are asked to sign in.
  EXPECT_EQ(Client(server->port()).get("/account/notifications").status, 403);
}

}  // namespace
}  // namespace comdev::testing
