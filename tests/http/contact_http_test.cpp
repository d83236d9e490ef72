// A visitor writes to the animators: the form with its CSRF token, validation that keeps what was
// typed, idempotent resubmission, the JSON API, and bodies that are too large or not UTF-8.
#include <gtest/gtest.h>

#include "app_test_util.h"
#include "features/contact/contact_store.h"
#include "http/percent.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

class Contact : public ::testing::Test {
 protected:
  void SetUp() override {
    server = TestServer::start([](Config& c) { c.max_body_bytes = 64 * 1024; });
  }

  // Opens the form: returns the visitor's CSRF cookie, CSRF token and request key.
  struct FormState {
    std::string cookie, csrf, key;
  };
  FormState open_form(Client& c) {
    auto sessions = server->db().query("SELECT COUNT(*) FROM sessions");
    auto r = c.get("/contact");
    EXPECT_EQ(r.status, 200);
    FormState s{cookie_pair(r.headers["set-cookie"]), hidden_value(r.body, "_csrf"),
                hidden_value(r.body, "request_key")};
    // A visitor's form carries its token in a cookie of its own: showing it writes no session.
    EXPECT_TRUE(s.cookie.starts_with("csrf=")) << r.headers["set-cookie"];
    EXPECT_EQ(s.cookie, "csrf=" + s.csrf);
    auto after = server->db().query("SELECT COUNT(*) FROM sessions");
    EXPECT_TRUE(sessions && after &&
                sessions->rows.front().integer(0) == after->rows.front().integer(0))
        << "a visitor's GET wrote a session";
    EXPECT_TRUE(contains(r.headers["set-cookie"], "HttpOnly"));
    EXPECT_TRUE(contains(r.headers["set-cookie"], "SameSite=Lax"));
    EXPECT_FALSE(s.csrf.empty());
    EXPECT_FALSE(s.key.empty());
    return s;
  }

  static std::string body(const FormState& s, std::string_view name, std::string_view email,
                          std::string_view message) {
    return "_csrf=" + http::percent_encode(s.csrf) + "&request_key=" + http::percent_encode(s.key) +
           "&name=" + http::percent_encode(name) + "&email=" + http::percent_encode(email) +
           "&message=" + http::percent_encode(message);
  }

  std::int64_t stored() { return *contact::contact_store::count(server->db()); }

  std::unique_ptr<TestServer> server;
};

TEST_F(Contact, AVisitorSendsAMessageOnceEvenWhenResubmitting) {
  Client c(server->port());
  auto s = open_form(c);
  std::string b = body(s, "Une élue de Tafraout", "elue@example.org",
                       "Nous cherchons un ingénieur pour une étude d'assainissement.");
  auto sent =
      c.request("POST", "/contact",
                {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}}, b);
  ASSERT_EQ(sent.status, 303) << sent.body;
  EXPECT_EQ(sent.headers["location"], "/contact?sent=1");
  auto again =
      c.request("POST", "/contact",
                {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}}, b);
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(stored(), 1);
  auto thanks = c.get("/contact?sent=1", {{"Cookie", s.cookie}});
  EXPECT_TRUE(contains(thanks.body, "role=\"status\""));
}

TEST_F(Contact, AFormWithoutTheVisitorsCsrfTokenIsRefused) {
  Client c(server->port());
  auto s = open_form(c);
  FormState forged = s;
  forged.csrf = "forged-token-forged-token-forged-token";
  auto r = c.request("POST", "/contact",
                     {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}},
                     body(forged, "N", "n@example.org", "a long enough message"));
  EXPECT_EQ(r.status, 403);
  // The cookie of another visitor (a token this visitor never saw) does not match either.
  auto other = c.request("POST", "/contact",
                         {{"Cookie", "csrf=another-visitors-token-another-visitors-token"},
                          {"Content-Type", "application/x-www-form-urlencoded"}},
                         body(s, "N", "n@example.org", "a long enough message"));
  EXPECT_EQ(other.status, 403);
  auto no_cookie =
      c.request("POST", "/contact", {{"Content-Type", "application/x-www-form-urlencoded"}},
                body(s, "N", "n@example.org", "a long enough message"));
  EXPECT_EQ(no_cookie.status, 403);
  EXPECT_EQ(stored(), 0);
}

TEST_F(Contact, InvalidFieldsShowTheFormAgainWithWhatWasTyped) {
  Client c(server->port());
  auto s = open_form(c);
  auto r = c.request("POST", "/contact",
                     {{"Cookie", s.cookie},
                      {"Content-Type", "application/x-www-form-urlencoded"},
                      {"Accept-Language", "fr"}},
                     body(s, "Un membre", "pas-une-adresse", "Bonjour"));
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.body, "role=\"alert\""));
  EXPECT_TRUE(contains(r.body, "value=\"Un membre\""));
  EXPECT_TRUE(contains(r.body, "value=\"pas-une-adresse\""));
  EXPECT_TRUE(contains(r.body, ">Bonjour</textarea>"));
  EXPECT_EQ(stored(), 0);
}

TEST_F(Contact, InvalidUtf8IsRefusedWithAClearPage) {
  Client c(server->port());
  auto s = open_form(c);
  std::string b = body(s, "N", "n@example.org", "a long enough message") + "&extra=%C3%28";
  auto r =
      c.request("POST", "/contact",
                {{"Cookie", s.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}}, b);
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(contains(r.headers["content-type"], "text/html"));
  EXPECT_EQ(stored(), 0);
}

TEST_F(Contact, AnOversizedBodyIsA413PageInTheVisitorsLanguage) {
  Client c(server->port());
  std::string huge(100 * 1024, 'x');
  auto r =
      c.request("POST", "/contact",
                {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept-Language", "ar"}},
                "message=" + huge);
  EXPECT_EQ(r.status, 413);
  EXPECT_TRUE(contains(r.body, "dir=\"rtl\""));
  // The server keeps serving.
  Client again(server->port());
  EXPECT_EQ(again.get("/healthz").status, 200);
}

TEST_F(Contact, TheApiStoresOncePerRequestKey) {
  Client c(server->port());
  std::string json =
      R"({"request_key":"api-key-0123456789","name":"Un membre","email":"m@example.org",)"
      R"("message":"Je peux aider pour une étude."})";
  auto a = c.post("/api/v1/contact", json, "application/json");
  ASSERT_EQ(a.status, 201) << a.body;
  auto b = c.post("/api/v1/contact", json, "application/json");
  ASSERT_EQ(b.status, 201);
  EXPECT_EQ(a.body, b.body);
  EXPECT_EQ(stored(), 1);
}

TEST_F(Contact, TheApiExplainsBadInputInJson) {
  Client c(server->port());
  auto broken = c.post("/api/v1/contact", "{not json", "application/json");
  EXPECT_EQ(broken.status, 422);
  EXPECT_TRUE(contains(broken.body, "\"code\":\"invalid\""));
  auto fields =
      c.post("/api/v1/contact",
             R"({"request_key":"api-key-0123456789","name":"","email":"x","message":"hi"})",
             "application/json");
  EXPECT_EQ(fields.status, 422);
  EXPECT_TRUE(contains(fields.body, "\"email\":"));
  EXPECT_TRUE(contains(fields.body, "\"message\":"));
  EXPECT_EQ(stored(), 0);
}

}  // namespace
}  // namespace comdev::testing
