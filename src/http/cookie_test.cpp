#include "http/cookie.h"

#include <gtest/gtest.h>

namespace comdev::http {
namespace {

TEST(Cookies, ParsesPairsTrimsAndUnquotes) {
  auto jar = parse_cookies("sid=abc123; lang=ar;theme=\"dark\"");
  EXPECT_EQ(jar.size(), 3u);
  EXPECT_EQ(jar["sid"], "abc123");
  EXPECT_EQ(jar["lang"], "ar");
  EXPECT_EQ(jar["theme"], "dark");
}

TEST(Cookies, FirstValueWinsAndMalformedPairsAreSkipped) {
  auto jar = parse_cookies("sid=first; junk; =novalue; sid=second");
  EXPECT_EQ(jar.size(), 1u);
  EXPECT_EQ(jar["sid"], "first");
  EXPECT_TRUE(parse_cookies("").empty());
}

TEST(SetCookie, DefaultsAreHttpOnlyLaxRootPathSessionCookie) {
  EXPECT_EQ(set_cookie("sid", "abc"), "sid=abc; Path=/; HttpOnly; SameSite=Lax");
}

TEST(SetCookie, WritesMaxAgeSecureAndSameSite) {
  CookieOptions o;
  o.max_age = 3600;
  o.secure = true;
  o.same_site = "Strict";
  EXPECT_EQ(set_cookie("sid", "abc", o),
            "sid=abc; Path=/; Max-Age=3600; HttpOnly; SameSite=Strict; Secure");
  CookieOptions del;
  del.max_age = 0;
  del.http_only = false;
  EXPECT_EQ(set_cookie("lang", "", del), "lang=; Path=/; Max-Age=0; SameSite=Lax");
}

TEST(SetCookie, SameSiteNoneImpliesSecure) {
  CookieOptions o;
  o.same_site = "None";
  EXPECT_EQ(set_cookie("a", "1", o), "a=1; Path=/; HttpOnly; SameSite=None; Secure");
}

}  // namespace
}  // namespace comdev::http
