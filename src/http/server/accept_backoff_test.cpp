#include "http/server/accept_backoff.h"

#include <gtest/gtest.h>

namespace comdev::http::server {
namespace {

using std::chrono::milliseconds;

TEST(AcceptBackoff, StartsShortDoublesAndStopsAtASecond) {
  EXPECT_EQ(accept_backoff(1), milliseconds(10));
  EXPECT_EQ(accept_backoff(2), milliseconds(20));
  EXPECT_EQ(accept_backoff(5), milliseconds(160));
  EXPECT_EQ(accept_backoff(8), milliseconds(1000));
  EXPECT_EQ(accept_backoff(1000000), milliseconds(1000));
  EXPECT_EQ(accept_backoff(0), milliseconds(10));
}

}  // namespace
}  // namespace comdev::http::server
