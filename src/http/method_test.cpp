#include <gtest/gtest.h>

#include "http/request.h"

namespace comdev::http {
namespace {

TEST(Method, ParsesEveryKnownNameAndRoundTrips) {
  for (Method m : {Method::get, Method::head, Method::post, Method::put, Method::patch, Method::del,
                   Method::options}) {
    EXPECT_EQ(parse_method(to_string(m)), m) << to_string(m);
  }
}

TEST(Method, IsCaseSensitiveAndUnknownIsOther) {
  EXPECT_EQ(parse_method("get"), Method::other);
  EXPECT_EQ(parse_method("BREW"), Method::other);
  EXPECT_EQ(parse_method(""), Method::other);
}

TEST(Request, HeaderAndParamReturnEmptyWhenAbsent) {
  Request r;
  r.headers["accept-language"] = "ar";
  r.params["id"] = "7";
  EXPECT_EQ(r.header("accept-language"), "ar");
  EXPECT_EQ(r.header("cookie"), "");
  EXPECT_EQ(r.param("id"), "7");
  EXPECT_EQ(r.param("slug"), "");
}

}  // namespace
}  // namespace comdev::http
