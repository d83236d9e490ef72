#include "http/router.h"

#include <gtest/gtest.h>

namespace comdev::http {
namespace {

TEST(Router, MatchesLiteralAndExtractsParams) {
  Router r;
  RouteId home = r.add(Method::get, "/");
  RouteId show = r.add(Method::get, "/projects/{id}");
  RouteId need = r.add(Method::get, "/projects/{id}/needs/{need}");

  auto m = r.match(Method::get, "/");
  EXPECT_EQ(m.status, 200);
  EXPECT_EQ(m.route, home);

  m = r.match(Method::get, "/projects/42");
  EXPECT_EQ(m.status, 200);
  EXPECT_EQ(m.route, show);
  EXPECT_EQ(m.params.at("id"), "42");
  EXPECT_EQ(m.pattern, "/projects/{id}");

  m = r.match(Method::get, "/projects/42/needs/9");
  EXPECT_EQ(m.route, need);
  EXPECT_EQ(m.params.at("id"), "42");
  EXPECT_EQ(m.params.at("need"), "9");
}

TEST(Router, UnknownPathIs404) {
  Router r;
  r.add(Method::get, "/projects/{id}");
  EXPECT_EQ(r.match(Method::get, "/projects").status, 404);
  EXPECT_EQ(r.match(Method::get, "/projects/").status, 404);  // empty param never matches
  EXPECT_EQ(r.match(Method::get, "/projects/1/extra").status, 404);
  EXPECT_EQ(r.match(Method::get, "/nothing").status, 404);
}

TEST(Router, WrongMethodIs405WithAllowList) {
  Router r;
  r.add(Method::get, "/projects/{id}");
  r.add(Method::post, "/projects/{id}");
  auto m = r.match(Method::del, "/projects/1");
  EXPECT_EQ(m.status, 405);
  EXPECT_EQ(m.allow, "GET, HEAD, POST");
}

TEST(Router, HeadMatchesGetRoutes) {
  Router r;
  RouteId get = r.add(Method::get, "/about");
  auto m = r.match(Method::head, "/about");
  EXPECT_EQ(m.status, 200);
  EXPECT_EQ(m.route, get);
}

TEST(Router, LiteralSegmentBeatsParameterWhateverTheOrder) {
  Router r;
  RouteId show = r.add(Method::get, "/projects/{id}");
  RouteId fresh = r.add(Method::get, "/projects/new");
  EXPECT_EQ(r.match(Method::get, "/projects/new").route, fresh);
  EXPECT_EQ(r.match(Method::get, "/projects/7").route, show);
}

TEST(Router, TailCaptureTakesTheRestOfThePath) {
  Router r;
  RouteId files = r.add(Method::get, "/static/{path...}");
  auto m = r.match(Method::get, "/static/css/site.3f2a.css");
  EXPECT_EQ(m.status, 200);
  EXPECT_EQ(m.route, files);
  EXPECT_EQ(m.params.at("path"), "css/site.3f2a.css");
  EXPECT_EQ(r.match(Method::get, "/static/").status, 404);
  EXPECT_EQ(r.match(Method::get, "/static").status, 404);
}

TEST(Router, ParameterBeatsTail) {
  Router r;
  RouteId tail = r.add(Method::get, "/files/{rest...}");
  RouteId one = r.add(Method::get, "/files/{name}");
  EXPECT_EQ(r.match(Method::get, "/files/a").route, one);
  EXPECT_EQ(r.match(Method::get, "/files/a/b").route, tail);
}

}  // namespace
}  // namespace comdev::http
