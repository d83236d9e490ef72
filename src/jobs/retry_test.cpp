#include "jobs/retry.h"

#include <gtest/gtest.h>

namespace comdev::jobs {
namespace {

using namespace std::chrono_literals;

TEST(RetryDelay, DoublesFromThirtySecondsAndStopsAtAnHour) {
  EXPECT_EQ(retry_delay(1), 30s);
  EXPECT_EQ(retry_delay(2), 60s);
  EXPECT_EQ(retry_delay(3), 120s);
  EXPECT_EQ(retry_delay(7), 1920s);
  EXPECT_EQ(retry_delay(8), 3600s);
  EXPECT_EQ(retry_delay(500), 3600s);
}

TEST(RetryDelay, ANonsenseCountWaitsTheFirstDelay) {
  EXPECT_EQ(retry_delay(0), 30s);
  EXPECT_EQ(retry_delay(-3), 30s);
}

}  // namespace
}  // namespace comdev::jobs
