// Accounts over real HTTP with real e-mail: sign-up, the verification link read from the message
// that reached the SMTP server, sign-in and its rate limit, password reset, change of e-mail,
// refused links (reused, expired, unknown), CSRF, and the API's bearer tokens.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

#include "app_test_util.h"
#include "core/time.h"
#include "features/accounts/accounts_store.h"
#include "features/audit/audit_store.h"
#include "http/percent.h"
#include "test_members.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;
using http::testing::ClientResponse;
using namespace std::chrono_literals;

class Accounts : public ::testing::Test {
 protected:
  void SetUp() override { server = TestServer::start(); }

  ClientResponse sign_up(Browser& b, const std::string& email,
                         const std::string& password = "une longue phrase secrète") {
    b.get("/account/signup");
    return b.post("/account/signup", {{"display_name", "Youssef Aït Baha"},
                                      {"email", email},
                                      {"password", password},
                                      {"lang", "fr"}});
  }
  std::string link_for(const std::string& email) {
    auto m = server->smtp().wait_for(email, 10s);
    EXPECT_TRUE(m.has_value()) << "no mail to " << email;
    return m ? path_of(m->first_link()) : std::string();
  }
  // Signs up and follows the verification link: a signed-in browser.
  Browser verified(const std::string& email,
                   const std::string& password = "une longue phrase secrète") {
    Browser b(server->port());
    EXPECT_EQ(sign_up(b, email, password).status, 303);
    auto v = b.get(link_for(email));
    EXPECT_EQ(v.status, 303);
    return b;
  }

  std::unique_ptr<TestServer> server;
};

TEST_F(Accounts, SignUpSendsARealMailWhoseLinkVerifiesAndSignsIn) {
  Browser b(server->port());
  auto form = b.get("/account/signup");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "name=\"_csrf\""));
  std::string anonymous = b.cookie;
  auto r = sign_up(b, "youssef@example.org");
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers["location"], "/account/check-mail");
  auto check = b.get("/account/check-mail");
  EXPECT_TRUE(contains(check.body, "Vérifiez votre boîte e-mail"));

  auto m = server->smtp().wait_for("youssef@example.org", 10s);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->subject, "Confirmez votre adresse e-mail");
  EXPECT_TRUE(contains(m->body, "Bonjour Youssef Aït Baha"));
  std::string link = m->first_link();
  EXPECT_TRUE(link.starts_with("http://127.0.0.1:" + std::to_string(server->port()) +
                               "/account/verify?token="))
      << link;

  // Not yet verified: sign-in is refused with an offer to resend.
  Browser other(server->port());
  other.get("/account/signin");
  auto early = other.post("/account/signin", {{"email", "youssef@example.org"},
                                              {"password", "une longue phrase secrète"}});
  EXPECT_EQ(early.status, 403);
  EXPECT_TRUE(contains(early.body, "action=\"/account/resend\""));

  auto v = b.get(path_of(link));
  ASSERT_EQ(v.status, 303) << v.body;
  EXPECT_EQ(v.headers["location"], "/account?welcome=1");
  EXPECT_NE(b.cookie, anonymous) << "the session id is rotated at sign-in";
  auto page = b.get("/account?welcome=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "youssef@example.org"));
  EXPECT_TRUE(contains(page.body, "Bienvenue"));
  EXPECT_TRUE(contains(page.body, "action=\"/account/signout\""));
  // The anonymous session is gone: its id is worth nothing now.
  Client stale(server->port());
  auto old = stale.get("/account", {{"Cookie", anonymous}});
  EXPECT_EQ(old.status, 303);

  // The link is single use.
  Browser again(server->port());
  auto reused = again.get(path_of(link));
  EXPECT_EQ(reused.status, 410);
  EXPECT_TRUE(contains(reused.body, "déjà été utilisé"));
}

TEST_F(Accounts, ExpiredAndUnknownLinksGetAClearPage) {
  Browser b(server->port());
  ASSERT_EQ(sign_up(b, "late@example.org").status, 303);
  auto account = accounts::accounts_store::find_by_email(server->db(), "late@example.org");
  ASSERT_TRUE(account && *account);
  auto token = accounts::accounts_store::issue_token(
      server->db(), (**account).id, accounts::Purpose::verify, "late@example.org", -1h);
  ASSERT_TRUE(token);
  auto expired = b.get("/account/verify?token=" + *token);
  EXPECT_EQ(expired.status, 410);
  EXPECT_TRUE(contains(expired.body, "expiré"));
  auto unknown = b.get("/account/verify?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_TRUE(contains(unknown.body, "pas valide"));
  auto empty = b.get("/account/verify");
  EXPECT_EQ(empty.status, 404);
  auto reset = b.get("/account/reset?token=" + *token);  // a verify token is no reset token
  EXPECT_EQ(reset.status, 404);
}

TEST_F(Accounts, ASignUpWithARegisteredAddressLooksLikeAnyOtherAndTellsItsOwner) {
  verified("twice@example.org");  // reads its link: the next mail there is the notice
  Browser b(server->port());
  auto r = sign_up(b, "Twice@Example.org");
  // The same answer as for a new address: the page does not tell who is registered.
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 300);
  EXPECT_EQ(r.headers["location"], "/account/check-mail");
  Browser other(server->port());
  auto fresh = sign_up(other, "nobody.yet@example.org");
  EXPECT_EQ(fresh.status, r.status);
  EXPECT_EQ(fresh.headers["location"], r.headers["location"]);
  // The owner learns of it, with the ways back in; no second account exists.
  auto m = server->smtp().wait_for("twice@example.org", 10s);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->subject, "Quelqu'un a voulu créer un compte avec votre adresse");
  EXPECT_TRUE(contains(m->body, "/account/forgot"));
  auto n = server->db().query("SELECT COUNT(*) FROM members WHERE lower(email) = $1",
                              store::params(std::string("twice@example.org")));
  ASSERT_TRUE(n);
  EXPECT_EQ(n->rows.front().integer(0), 1);
}

TEST_F(Accounts, WeakPasswordsAndBadFieldsAreExplained) {
  Browser b(server->port());
  auto r = sign_up(b, "weak@example.org", "1234567890");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "trop courant"));
  auto bad = b.post("/account/signup", {{"display_name", ""}, {"email", "x"}, {"password", "a"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "adresse e-mail valide"));
  EXPECT_TRUE(contains(bad.body, "10 caractères"));
}

TEST_F(Accounts, SignInSignOutAndTheHeader) {
  auto b = verified("amina@example.org");
  auto home = b.get("/");
  EXPECT_TRUE(contains(home.body, "Youssef Aït Baha"));
  EXPECT_TRUE(contains(home.body, "Mon compte"));
  auto out = b.post("/account/signout", {});
  EXPECT_EQ(out.status, 303);
  auto after = b.get("/");
  EXPECT_TRUE(contains(after.body, "href=\"/account/signup\""));
  EXPECT_EQ(b.get("/account").status, 303);

  Browser c(server->port());
  c.get("/account/signin");
  auto in = c.post("/account/signin",
                   {{"email", "AMINA@example.org"}, {"password", "une longue phrase secrète"}});
  ASSERT_EQ(in.status, 303) << in.body;
  EXPECT_EQ(in.headers["location"], "/account");
  EXPECT_EQ(c.get("/account").status, 200);
}

TEST_F(Accounts, WrongPasswordsAreRateLimitedPerAddress) {
  verified("target@example.org");
  Browser b(server->port());
  b.get("/account/signin");
  auto unknown = b.post("/account/signin", {{"email", "nobody@example.org"}, {"password", "x"}});
  auto wrong = b.post("/account/signin", {{"email", "target@example.org"}, {"password", "x"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(contains(wrong.body, "Adresse e-mail ou mot de passe incorrect"));
  EXPECT_TRUE(contains(unknown.body, "Adresse e-mail ou mot de passe incorrect"));
  for (int i = 0; i < 4; ++i) {
    b.post("/account/signin", {{"email", "target@example.org"}, {"password", "x"}});
  }
  // Five failures: even the right password is refused for now.
  auto locked = b.post("/account/signin", {{"email", "target@example.org"},
                                           {"password", "une longue phrase secrète"}});
  EXPECT_EQ(locked.status, 429);
  EXPECT_TRUE(contains(locked.body, "Trop de tentatives"));
  // The API shares the counters.
  Client api(server->port());
  auto t = api.request("POST", "/api/v1/tokens", {{"Content-Type", "application/json"}},
                       R"({"email":"target@example.org","password":"une longue phrase secrète"})");
  EXPECT_EQ(t.status, 429);
}

// The status of POST /api/v1/tokens for `email` sent from the loopback address `from`
// (127.0.0.2 is another client for the server, as a stranger elsewhere would be).
int token_status_from(std::uint16_t port, const char* from, const std::string& email,
                      const std::string& password) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in local{};
  local.sin_family = AF_INET;
  ::inet_pton(AF_INET, from, &local.sin_addr);
  sockaddr_in server{};
  server.sin_family = AF_INET;
  server.sin_port = htons(port);
  server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
      ::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) {
    if (fd >= 0) ::close(fd);
    return -1;
  }
  std::string body = R"({"email":")" + email + R"(","password":")" + password + R"("})";
  std::string req =
      "POST /api/v1/tokens HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
      "Content-Type: application/json\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  (void)!::write(fd, req.data(), req.size());
  char head[16] = {};
  auto n = ::read(fd, head, sizeof head - 1);
  ::close(fd);
  return n > 12 ? std::atoi(head + 9) : -1;
}

TEST_F(Accounts, AStrangerFailingOnPurposeDoesNotLockTheOwnerOut) {
  verified("owner@example.org");
  for (int i = 0; i < 8; ++i) {
    token_status_from(server->port(), "127.0.0.2", "owner@example.org", "devine");
  }
  // The stranger is stopped...
  EXPECT_EQ(token_status_from(server->port(), "127.0.0.2", "owner@example.org",
                              "une longue phrase secrète"),
            429);
  // ...and the owner, from their own address, signs in.
  EXPECT_EQ(token_status_from(server->port(), "127.0.0.1", "owner@example.org",
                              "une longue phrase secrète"),
            201);
}

TEST_F(Accounts, ParallelWrongPasswordsAreEachCountedBeforeAnyIsTried) {
  verified("rush@example.org");
  std::vector<int> statuses(16);
  std::vector<std::thread> rush;
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    rush.emplace_back([&, i] {
      statuses[i] = token_status_from(server->port(), "127.0.0.1", "rush@example.org", "devine");
    });
  }
  for (auto& t : rush) t.join();
  // Exactly the five allowed tries reach the password check; a check-then-count limit lets
  // every request that arrives before the first failure is counted through.
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401), 5);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), 11);
}

TEST_F(Accounts, PasswordResetThroughTheRealMailClosesOtherSessions) {
  auto first = verified("reset@example.org");
  ASSERT_EQ(first.get("/account").status, 200);
  Browser b(server->port());
  b.get("/account/forgot");
  auto asked = b.post("/account/forgot", {{"email", "reset@example.org"}});
  ASSERT_EQ(asked.status, 303);
  EXPECT_EQ(asked.headers["location"], "/account/forgot?sent=1");
  // An unknown address gets the same answer and no mail.
  auto unknown = b.post("/account/forgot", {{"email", "ghost@example.org"}});
  EXPECT_EQ(unknown.status, 303);
  EXPECT_EQ(unknown.headers["location"], "/account/forgot?sent=1");

  auto m = server->smtp().wait_for("reset@example.org", 10s);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(contains(m->body, "valable une heure"));
  std::string link = path_of(m->first_link());
  ASSERT_TRUE(link.starts_with("/account/reset?token="));
  auto form = b.get(link);
  ASSERT_EQ(form.status, 200);
  std::string token = hidden_value(form.body, "token");
  auto weak = b.post("/account/reset", {{"token", token}, {"password", "short"}});
  EXPECT_EQ(weak.status, 422);
  auto done = b.post("/account/reset", {{"token", token}, {"password", "un tout nouveau secret"}});
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.headers["location"], "/account?reset=1");
  EXPECT_EQ(b.get("/account?reset=1").status, 200);
  EXPECT_EQ(first.get("/account").status, 303) << "the other session was closed";
  auto reused =
      b.post("/account/reset", {{"token", token}, {"password", "encore un autre secret"}});
  EXPECT_EQ(reused.status, 410);
  EXPECT_FALSE(server->smtp().wait_for("ghost@example.org", 100ms).has_value());

  Browser c(server->port());
  c.get("/account/signin");
  EXPECT_EQ(c.post("/account/signin",
                   {{"email", "reset@example.org"}, {"password", "un tout nouveau secret"}})
                .status,
            303);
  auto log = audit::audit_store::latest(server->db(), 20);
  ASSERT_TRUE(log);
  bool audited = false;
  for (const auto& e : *log) audited = audited || e.action == "account.password.reset";
  EXPECT_TRUE(audited);
}

TEST_F(Accounts, ANewEmailAppliesOnlyOnceConfirmedFromThatMailbox) {
  auto b = verified("old@example.org");
  auto page = b.get("/account");
  // The password is asked for: an open session alone does not move the account elsewhere.
  auto unconfirmed = b.post("/account/email", {{"email", "new@example.org"}, {"password", "faux"}});
  EXPECT_EQ(unconfirmed.status, 422);
  EXPECT_TRUE(contains(unconfirmed.body, "Le mot de passe n&#39;est pas le bon."));
  EXPECT_FALSE(server->smtp().wait_for("new@example.org", 300ms).has_value());
  auto asked = b.post("/account/email",
                      {{"email", "new@example.org"}, {"password", "une longue phrase secrète"}});
  ASSERT_EQ(asked.status, 303) << asked.body;
  // The current address is told of the request.
  auto notice = server->smtp().wait_for("old@example.org", 10s);
  while (notice && notice->subject != "Changement de l'adresse de votre compte demandé") {
    notice = server->smtp().wait_for("old@example.org", 10s);
  }
  ASSERT_TRUE(notice.has_value());
  EXPECT_TRUE(contains(notice->body, "new@example.org"));
  EXPECT_EQ(asked.headers["location"], "/account?email_sent=1");
  // Nothing changes until the link is followed.
  EXPECT_TRUE(contains(b.get("/account").body, "old@example.org"));
  auto m = server->smtp().wait_for("new@example.org", 10s);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->subject, "Confirmez votre nouvelle adresse e-mail");
  auto v = b.get(path_of(m->first_link()));
  ASSERT_EQ(v.status, 303);
  EXPECT_EQ(v.headers["location"], "/account?changed=1");
  auto after = b.get("/account?changed=1");
  EXPECT_TRUE(contains(after.body, "new@example.org"));
  EXPECT_FALSE(contains(after.body, "old@example.org"));

  // An address already taken is refused at once.
  verified("taken@example.org");
  auto taken = b.post("/account/email",
                      {{"email", "taken@example.org"}, {"password", "une longue phrase secrète"}});
  EXPECT_EQ(taken.status, 409);
  auto log = audit::audit_store::latest(server->db(), 20);
  ASSERT_TRUE(log);
  bool audited = false;
  for (const auto& e : *log) audited = audited || e.action == "account.email.changed";
  EXPECT_TRUE(audited);
}

TEST_F(Accounts, FormsWithoutTheSessionsCsrfTokenAreRefused) {
  Browser b(server->port());
  b.get("/account/signup");
  auto forged = b.post("/account/signup", {{"_csrf", "forged-forged-forged-forged-forged"},
                                           {"display_name", "X"},
                                           {"email", "forged@example.org"},
                                           {"password", "une longue phrase secrète"}});
  EXPECT_EQ(forged.status, 403);
  auto me = verified("csrf@example.org");
  auto change = me.post("/account/email", {{"_csrf", "nope-nope-nope-nope-nope-nope"},
                                           {"email", "evil@example.org"}});
  EXPECT_EQ(change.status, 403);
  auto out = me.post("/account/signout", {{"_csrf", "nope-nope-nope-nope-nope-nope"}});
  EXPECT_EQ(out.status, 403);
  EXPECT_EQ(me.get("/account").status, 200);
}

TEST_F(Accounts, ApiTokensIdentifyTheMember) {
  verified("api@example.org");
  Client c(server->port());
  auto t = c.request("POST", "/api/v1/tokens", {{"Content-Type", "application/json"}},
                     R"({"email":"api@example.org","password":"une longue phrase secrète"})");
  ASSERT_EQ(t.status, 201) << t.body;
  auto tok = t.body.substr(t.body.find("\"token\":\"") + 9);
  tok = tok.substr(0, tok.find('"'));
  EXPECT_TRUE(contains(t.body, "\"expires_at\":\""));
  auto me = c.get("/api/v1/me", {{"Authorization", "Bearer " + tok}});
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_TRUE(contains(me.body, "\"email\":\"api@example.org\""));
  EXPECT_TRUE(contains(me.body, "\"roles\":[\"member\"]"));
  EXPECT_TRUE(contains(me.body, "\"display_name\":\"Youssef Aït Baha\""));

  auto bad =
      c.get("/api/v1/me", {{"Authorization", "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
  EXPECT_EQ(bad.status, 401);
  EXPECT_TRUE(contains(bad.body, "\"code\":\"unauthenticated\""));
  auto garbage = c.get("/api/v1/me", {{"Authorization", "Basic Zm9vOmJhcg=="}});
  EXPECT_EQ(garbage.status, 401);
  auto none = c.get("/api/v1/me");
  EXPECT_EQ(none.status, 401);
  auto wrong = c.request("POST", "/api/v1/tokens", {{"Content-Type", "application/json"}},
                         R"({"email":"api@example.org","password":"wrong"})");
  EXPECT_EQ(wrong.status, 401);
  auto malformed = c.request("POST", "/api/v1/tokens", {{"Content-Type", "application/json"}}, "{");
  EXPECT_EQ(malformed.status, 422);
}

TEST_F(Accounts, AskingATokenTakesAsLongForAnUnknownAddressAsForAKnownOne) {
  verified("timing@example.org");
  Client c(server->port());
  auto slowest_of_fastest = [&](auto email_of) {
    std::chrono::nanoseconds best = std::chrono::hours(1);
    for (int i = 0; i < 3; ++i) {
      auto body = R"({"email":")" + email_of(i) + R"(","password":"pas le bon mot de passe"})";
      auto t0 = std::chrono::steady_clock::now();
      auto r = c.request("POST", "/api/v1/tokens", {{"Content-Type", "application/json"}}, body);
      auto took = std::chrono::steady_clock::now() - t0;
      EXPECT_EQ(r.status, 401) << r.body;
      best = std::min(best, std::chrono::duration_cast<std::chrono::nanoseconds>(took));
    }
    return best;
  };
  auto known = slowest_of_fastest([](int) { return std::string("timing@example.org"); });
  auto unknown =
      slowest_of_fastest([](int i) { return "personne" + std::to_string(i) + "@example.org"; });
  // Both run argon2 (tens of milliseconds); without it an unknown address answers in about one.
  EXPECT_GT(unknown * 2, known) << "known " << known.count() << " ns, unknown " << unknown.count()
                                << " ns";
}

TEST_F(Accounts, AnAnimatorsTokenCarriesTheRole) {
  auto who = sign_in_new_member(server->db(), Role::animator);
  auto token = accounts::accounts_store::create_api_token(server->db(), who.member_id, "test");
  ASSERT_TRUE(token);
  Client c(server->port());
  auto me = c.get("/api/v1/me", {{"Authorization", "Bearer " + token->token}});
  ASSERT_EQ(me.status, 200);
  EXPECT_TRUE(contains(me.body, "\"roles\":[\"member\",\"animator\"]"));
}

// What a member does after losing a laptop: lists the tokens on the account page, sees which is
// which, revokes one, and it stops working at once; nobody else can revoke it.
TEST_F(Accounts, AMemberMakesListsAndRevokesTokensOnTheAccountPage) {
  auto me = verified("tokens@example.org");
  auto empty = me.get("/account/tokens");
  ASSERT_EQ(empty.status, 200);
  EXPECT_TRUE(contains(empty.body, "Aucun jeton actif"));
  EXPECT_TRUE(contains(me.get("/account").body, "href=\"/account/tokens\""));

  auto made = me.post("/account/tokens", {{"name", "  tableur de la commune "}});
  ASSERT_EQ(made.status, 201) << made.body;
  auto start = made.body.find("<code class=\"token\" dir=\"ltr\">");
  ASSERT_NE(start, std::string::npos);
  start += std::string_view("<code class=\"token\" dir=\"ltr\">").size();
  std::string token = made.body.substr(start, made.body.find('<', start) - start);
  EXPECT_GE(token.size(), 20u);
  Client c(server->port());
  auto bearer =
      std::vector<std::pair<std::string, std::string>>{{"Authorization", "Bearer " + token}};
  ASSERT_EQ(c.get("/api/v1/me", bearer).status, 200);

  // Listed by name, never shown again.
  auto list = me.get("/account/tokens");
  EXPECT_TRUE(contains(list.body, "tableur de la commune"));
  EXPECT_FALSE(contains(list.body, token));
  auto api_list = c.get("/api/v1/tokens", bearer);
  ASSERT_EQ(api_list.status, 200);
  auto listed = nlohmann::json::parse(api_list.body, nullptr, false);
  ASSERT_EQ(listed["tokens"].size(), 1u) << api_list.body;
  std::string id = listed["tokens"][0]["id"];
  EXPECT_EQ(listed["tokens"][0]["name"], "tableur de la commune");
  EXPECT_FALSE(contains(api_list.body, token));
  EXPECT_TRUE(contains(list.body, "action=\"/account/tokens/" + id + "/revoke\""));

  // Another member can neither see nor revoke it.
  auto other = verified("other-tokens@example.org");
  EXPECT_FALSE(contains(other.get("/account/tokens").body, "tableur de la commune"));
  EXPECT_EQ(other.post("/account/tokens/" + id + "/revoke", {}).status, 404);
  EXPECT_EQ(c.get("/api/v1/me", bearer).status, 200);

  // A forged form does nothing; the real one revokes at once.
  EXPECT_EQ(
      me.post("/account/tokens/" + id + "/revoke", {{"_csrf", "nope-nope-nope-nope-nope"}}).status,
      403);
  auto revoked = me.post("/account/tokens/" + id + "/revoke", {});
  ASSERT_EQ(revoked.status, 303);
  EXPECT_EQ(revoked.headers["location"], "/account/tokens?revoked=1");
  EXPECT_EQ(c.get("/api/v1/me", bearer).status, 401);
  EXPECT_TRUE(contains(me.get("/account/tokens?revoked=1").body, "Aucun jeton actif"));
  EXPECT_EQ(me.post("/account/tokens/" + id + "/revoke", {}).status, 404);
  EXPECT_EQ(me.post("/account/tokens/..%2F..%2Fetc/revoke", {}).status, 404);

  auto log = audit::audit_store::latest(server->db(), 20);
  ASSERT_TRUE(log);
  int created = 0, gone = 0;
  for (const auto& e : *log) {
    created += e.action == "account.token.created";
    gone += e.action == "account.token.revoked";
  }
  EXPECT_EQ(created, 1);
  EXPECT_EQ(gone, 1);
}

TEST_F(Accounts, TheApiListsAndRevokesOnlyTheTokensOfItsMember) {
  auto a = sign_in_new_member(server->db(), Role::member);
  auto b = sign_in_new_member(server->db(), Role::member);
  std::string ta = token_of(server->port(), a), ta2 = token_of(server->port(), a),
              tb = token_of(server->port(), b);
  Client c(server->port());
  auto as = [](const std::string& t) {
    return std::vector<std::pair<std::string, std::string>>{{"Authorization", "Bearer " + t}};
  };
  EXPECT_EQ(c.get("/api/v1/tokens").status, 401);
  auto mine = nlohmann::json::parse(c.get("/api/v1/tokens", as(ta)).body, nullptr, false);
  ASSERT_EQ(mine["tokens"].size(), 2u);
  auto theirs = nlohmann::json::parse(c.get("/api/v1/tokens", as(tb)).body, nullptr, false);
  ASSERT_EQ(theirs["tokens"].size(), 1u);
  std::string b_id = theirs["tokens"][0]["id"];
  EXPECT_EQ(c.request("DELETE", "/api/v1/tokens/" + b_id, as(ta), "").status, 404);
  EXPECT_EQ(c.request("DELETE", "/api/v1/tokens/not-an-id", as(ta), "").status, 404);
  EXPECT_EQ(c.get("/api/v1/me", as(tb)).status, 200);
  // A token may revoke itself; the member's other token lives on.
  std::string first_id = mine["tokens"][0]["id"];
  EXPECT_EQ(c.request("DELETE", "/api/v1/tokens/" + first_id, as(ta), "").status, 204);
  int alive =
      (c.get("/api/v1/me", as(ta)).status == 200) + (c.get("/api/v1/me", as(ta2)).status == 200);
  EXPECT_EQ(alive, 1);
}

}  // namespace
}  // namespace comdev::testing
