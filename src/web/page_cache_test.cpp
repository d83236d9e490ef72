// The page cache of the list pages: an entry serves only for the version it was rendered at, and
// gzip is sent only to clients that accept it.
#include "web/page_cache.h"

#include <gtest/gtest.h>

namespace comdev::web {
namespace {

TEST(PageCache, ServesAPageOnlyForTheVersionItWasRenderedAt) {
  PageCache cache;
  EXPECT_EQ(cache.find("fr?", 1), nullptr);
  cache.put("fr?", std::string(2000, 'a'), 1);
  auto page = cache.find("fr?", 1);
  ASSERT_NE(page, nullptr);
  EXPECT_EQ(page->html.size(), 2000u);
  EXPECT_LT(page->gzip.size(), 100u);
  EXPECT_EQ(page->gzip.substr(0, 2), std::string("\x1f\x8b")) << "a gzip member";
  EXPECT_EQ(cache.find("fr?", 2), nullptr) << "the index changed since";
  EXPECT_EQ(cache.find("ar?", 1), nullptr);
}

TEST(AcceptsGzip, ReadsTheCodingsAndTheirWeights) {
  EXPECT_TRUE(accepts_gzip("gzip"));
  EXPECT_TRUE(accepts_gzip("br, gzip;q=0.8"));
  EXPECT_TRUE(accepts_gzip("gzip, deflate, br"));
  EXPECT_TRUE(accepts_gzip("*"));
  EXPECT_FALSE(accepts_gzip(""));
  EXPECT_FALSE(accepts_gzip("br"));
  EXPECT_FALSE(accepts_gzip("gzip;q=0"));
  EXPECT_FALSE(accepts_gzip("gzip;q=0.000, identity"));
  EXPECT_FALSE(accepts_gzip("x-gzip"));
}

}  // namespace
}  // namespace comdev::web
