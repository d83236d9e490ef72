#include "http/response.h"

#include <gtest/gtest.h>

namespace comdev::http {
namespace {

TEST(Response, HelpersSetStatusContentTypeAndBody) {
  auto h = Response::html("<p>x</p>");
  EXPECT_EQ(h.status, 200);
  EXPECT_EQ(h.get_header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(h.body, "<p>x</p>");
  EXPECT_EQ(Response::json("{}", 422).status, 422);
  EXPECT_EQ(Response::json("{}").get_header("content-type"), "application/json");
  EXPECT_EQ(Response::text("ok").get_header("Content-Type"), "text/plain; charset=utf-8");
}

TEST(Response, RedirectSetsLocationAndSeeOtherByDefault) {
  auto r = Response::redirect("/projects/3");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.get_header("Location"), "/projects/3");
  EXPECT_TRUE(r.body.empty());
}

TEST(Response, GetHeaderIsCaseInsensitiveAndReturnsTheFirst) {
  Response r;
  r.header("Set-Cookie", "a=1").header("set-cookie", "b=2");
  EXPECT_EQ(r.get_header("SET-COOKIE"), "a=1");
  EXPECT_EQ(r.get_header("ETag"), "");
}

}  // namespace
}  // namespace comdev::http
