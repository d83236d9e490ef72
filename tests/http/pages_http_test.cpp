// The site's pages over real HTTP: languages, layout, errors, security headers, assets.
#include <gtest/gtest.h>

#include "app_test_util.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

class Pages : public ::testing::Test {
 protected:
  void SetUp() override { server = TestServer::start(); }
  std::unique_ptr<TestServer> server;
};

TEST_F(Pages, HomeIsFrenchByDefaultWithTheCommunityAndItsCounts) {
  Client c(server->port());
  auto r = c.get("/");
  ASSERT_EQ(r.status, 200) << r.error;
  EXPECT_TRUE(contains(r.headers["content-type"], "text/html"));
  EXPECT_TRUE(contains(r.body, "<html lang=\"fr\" dir=\"ltr\">"));
  EXPECT_TRUE(contains(r.body, "Communauté de Développement Souss-Massa"));
  EXPECT_TRUE(contains(r.body, "Projets et besoins"));
  EXPECT_TRUE(contains(r.body, "Vivier d&#39;experts") || contains(r.body, "Vivier d'experts"))
      << "the experts entry is in the navigation";
  // Two demo communities are loaded: the live count says so.
  EXPECT_TRUE(contains(r.body, "2 communautés")) << r.body;
}

TEST_F(Pages, ArabicFromAcceptLanguageIsRightToLeft) {
  Client c(server->port());
  auto r = c.get("/", {{"Accept-Language", "ar-MA,ar;q=0.9,fr;q=0.5"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.body, "<html lang=\"ar\" dir=\"rtl\">"));
  EXPECT_TRUE(contains(r.body, "مجتمع التنمية سوس ماسة"));
  EXPECT_EQ(r.headers["content-language"], "ar");
}

TEST_F(Pages, LanguageChoiceIsACookieThatBeatsAcceptLanguage) {
  Client c(server->port());
  auto r = c.get("/lang/en?next=%2Fcontact");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.headers["location"], "/contact");
  std::string cookie = cookie_pair(r.headers["set-cookie"]);
  EXPECT_EQ(cookie, "lang=en");
  auto page = c.get("/", {{"Cookie", cookie}, {"Accept-Language", "ar"}});
  EXPECT_TRUE(contains(page.body, "<html lang=\"en\" dir=\"ltr\">"));
}

TEST_F(Pages, LanguageSwitchNeverRedirectsToAnotherSite) {
  Client c(server->port());
  auto r = c.get("/lang/ar?next=//evil.example/");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.headers["location"], "/");
  EXPECT_EQ(c.get("/lang/xx").status, 404);
}

TEST_F(Pages, EveryResponseCarriesSecurityHeaders) {
  Client c(server->port());
  for (auto path : {"/", "/nowhere", "/healthz"}) {
    auto r = c.get(path);
    EXPECT_TRUE(contains(r.headers["content-security-policy"], "default-src 'self'")) << path;
    EXPECT_TRUE(contains(r.headers["content-security-policy"], "frame-ancestors 'none'")) << path;
    EXPECT_EQ(r.headers["x-content-type-options"], "nosniff") << path;
    EXPECT_EQ(r.headers["referrer-policy"], "strict-origin-when-cross-origin") << path;
    EXPECT_FALSE(r.headers["x-request-id"].empty()) << path;
    // Served over plain http (a local instance): no HSTS, which would lock browsers out of it.
    EXPECT_EQ(r.headers.count("strict-transport-security"), 0u) << path;
  }
}

TEST_F(Pages, BehindTlsEveryResponseAsksBrowsersToKeepToHttps) {
  auto tls = TestServer::start([](Config& c) { c.base_url = "https://comdev.example.org"; });
  Client c(tls->port());
  for (auto path : {"/", "/nowhere", "/healthz"}) {
    EXPECT_EQ(c.get(path).headers["strict-transport-security"], "max-age=31536000") << path;
  }
  auto css = c.get("/");
  auto at = css.body.find("/static/");
  ASSERT_NE(at, std::string::npos);
  auto asset = c.get(css.body.substr(at, css.body.find('"', at) - at));
  EXPECT_EQ(asset.status, 200);
  EXPECT_EQ(asset.headers["strict-transport-security"], "max-age=31536000") << "static files too";
}

TEST_F(Pages, UnknownPageIsA404InTheVisitorsLanguage) {
  Client c(server->port());
  auto fr = c.get("/nulle-part");
  EXPECT_EQ(fr.status, 404);
  EXPECT_TRUE(contains(fr.body, "dir=\"ltr\""));
  auto ar = c.get("/nulle-part", {{"Accept-Language", "ar"}});
  EXPECT_EQ(ar.status, 404);
  EXPECT_TRUE(contains(ar.body, "dir=\"rtl\""));
  EXPECT_NE(fr.body, ar.body);
}

TEST_F(Pages, UnknownApiRouteIsJson) {
  Client c(server->port());
  auto r = c.get("/api/v1/nothing");
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(contains(r.headers["content-type"], "application/json"));
  EXPECT_TRUE(contains(r.body, "{\"error\":{\"code\":\"not_found\""));
}

TEST_F(Pages, WrongMethodIs405WithAllow) {
  Client c(server->port());
  auto r = c.request("DELETE", "/contact");
  EXPECT_EQ(r.status, 405);
  EXPECT_TRUE(contains(r.headers["allow"], "GET"));
  EXPECT_TRUE(contains(r.headers["allow"], "POST"));
}

TEST_F(Pages, StylesheetHasAHashedUrlCachedForAYear) {
  Client c(server->port());
  auto home = c.get("/");
  auto p = home.body.find("/static/");
  ASSERT_NE(p, std::string::npos);
  std::string url = home.body.substr(p, home.body.find('"', p) - p);
  auto css = c.get(url);
  ASSERT_EQ(css.status, 200);
  EXPECT_TRUE(contains(css.headers["content-type"], "text/css"));
  EXPECT_TRUE(contains(css.headers["cache-control"], "immutable"));
  std::string etag = css.headers["etag"];
  ASSERT_FALSE(etag.empty());
  // The hash in the URL is the hash in the ETag: the URL changes when the file does.
  EXPECT_TRUE(contains(url, etag.substr(1, etag.size() - 2)));
  auto again = c.get(url, {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  auto zipped = c.get(url, {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(zipped.headers["content-encoding"], "gzip");
  EXPECT_LT(zipped.body.size(), css.body.size());
}

TEST_F(Pages, FaviconIsServed) {
  Client c(server->port());
  auto r = c.get("/favicon.ico");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["content-type"], "image/x-icon");
}

TEST_F(Pages, HealthzChecksTheDatabase) {
  Client c(server->port());
  auto up = c.get("/healthz");
  EXPECT_EQ(up.status, 200);
  EXPECT_EQ(up.body, "ok\n");
  server->switchable().set_down(true);
  auto down = c.get("/healthz");
  EXPECT_EQ(down.status, 503);
  server->switchable().set_down(false);
  EXPECT_EQ(c.get("/healthz").status, 200);
}

TEST_F(Pages, DatabaseGoneGivesAClear503PageAndTheServerRecovers) {
  Client c(server->port());
  server->switchable().set_down(true);
  auto r = c.get("/", {{"Accept-Language", "fr"}});
  EXPECT_EQ(r.status, 503);
  EXPECT_TRUE(contains(r.headers["content-type"], "text/html"));
  EXPECT_TRUE(contains(r.body, "<html lang=\"fr\""));
  server->switchable().set_down(false);
  EXPECT_EQ(c.get("/").status, 200);
}

TEST_F(Pages, MetricsCountRequestsByRoute) {
  Client c(server->port());
  (void)c.get("/");
  (void)c.get("/nowhere");
  auto m = c.get("/metrics");
  ASSERT_EQ(m.status, 200);
  EXPECT_TRUE(
      contains(m.body, "comdev_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"}"))
      << m.body;
  EXPECT_TRUE(contains(m.body, "route=\"(unmatched)\",status=\"404\""));
  EXPECT_TRUE(contains(m.body, "comdev_http_request_duration_seconds_bucket"));
  EXPECT_TRUE(contains(m.body, "comdev_db_pool_connections"));
}

TEST_F(Pages, HomeIsGzippedForBrowsersThatAcceptIt) {
  Client c(server->port());
  auto plain = c.get("/");
  auto zipped = c.get("/", {{"Accept-Encoding", "gzip, deflate, br"}});
  EXPECT_EQ(zipped.headers["content-encoding"], "gzip");
  EXPECT_LT(zipped.body.size(), plain.body.size() / 2);
}

}  // namespace
}  // namespace comdev::testing
