#include "http/router.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

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

TEST(Router, TypedParameterTakesAPositiveInteger) {
  Router r;
  RouteId show = r.add(Method::get, "/api/v1/projects/{id:int}");
  auto m = r.match(Method::get, "/api/v1/projects/42");
  EXPECT_EQ(m.status, 200);
  EXPECT_EQ(m.route, show);
  EXPECT_EQ(m.params.at("id"), "42");
  EXPECT_EQ(m.pattern, "/api/v1/projects/{id}");  // the label carries no type
}

TEST(Router, TypedParameterOfTheWrongTypeIs400NamingIt) {
  Router r;
  RouteId show = r.add(Method::get, "/api/v1/projects/{id:int}");
  for (std::string_view bad : {"abc", "0", "-1", "4x", "1234567890123456789"}) {
    auto m = r.match(Method::get, "/api/v1/projects/" + std::string(bad));
    EXPECT_EQ(m.status, 400) << bad;
    EXPECT_EQ(m.route, show) << bad;
    EXPECT_EQ(m.bad_param, "id") << bad;
    EXPECT_EQ(m.pattern, "/api/v1/projects/{id}") << bad;
  }
  // The wrong method is still 405, whatever the id.
  auto m = r.match(Method::del, "/api/v1/projects/abc");
  EXPECT_EQ(m.status, 405);
  EXPECT_EQ(m.allow, "GET, HEAD");
  // A path that does not have the route's shape is still 404.
  EXPECT_EQ(r.match(Method::get, "/api/v1/projects/abc/x").status, 404);
}

TEST(Router, TypedParameterNamesTheFirstBadOne) {
  Router r;
  r.add(Method::get, "/a/{x:int}/b/{y:int}");
  EXPECT_EQ(r.match(Method::get, "/a/1/b/z").bad_param, "y");
  EXPECT_EQ(r.match(Method::get, "/a/q/b/z").bad_param, "x");
}

TEST(Router, RouteThatFitsBeatsATypedRouteThatDoesNot) {
  Router r;
  r.add(Method::get, "/things/{id:int}");
  RouteId by_slug = r.add(Method::get, "/things/{slug}");
  auto m = r.match(Method::get, "/things/abc");
  EXPECT_EQ(m.status, 200);
  EXPECT_EQ(m.route, by_slug);
}

TEST(Router, UnknownParameterTypeIsRefusedAtStart) {
  Router r;
  EXPECT_THROW(r.add(Method::get, "/things/{id:integer}"), std::invalid_argument);
}

TEST(Router, RoutesListsPatternsAndParameterTypes) {
  Router r;
  r.add(Method::get, "/static/{path...}");
  r.add(Method::post, "/api/v1/needs/{id:int}/offers");
  auto all = r.routes();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].pattern, "/static/{path...}");
  EXPECT_EQ(all[1].method, Method::post);
  EXPECT_EQ(all[1].pattern, "/api/v1/needs/{id}/offers");
  ASSERT_EQ(all[1].params.size(), 1u);
  EXPECT_EQ(all[1].params[0].name, "id");
  EXPECT_EQ(all[1].params[0].type, ParamType::integer);
}

}  // namespace
}  // namespace comdev::http
