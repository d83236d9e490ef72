#include "features/housekeeping/housekeeping_rules.h"

#include <gtest/gtest.h>

#include <map>

#include "core/testing/env_of.h"

namespace comdev::housekeeping {
namespace {

using comdev::testing::env_of;

TEST(Retention, DefaultsWhenNothingIsSet) {
  auto r = retention_from(env_of({}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->anonymous_sessions, std::chrono::hours(24));
  EXPECT_EQ(r->email_log, std::chrono::days(90));
  EXPECT_EQ(r->finished_jobs, std::chrono::days(30));
}

TEST(Retention, EachSettingIsReadAndABadOneIsNamed) {
  auto r = retention_from(env_of({{"COMDEV_RETENTION_EMAIL_LOG_DAYS", "30"},
                                  {"COMDEV_RETENTION_ANONYMOUS_SESSIONS_HOURS", "2"}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->email_log, std::chrono::days(30));
  EXPECT_EQ(r->anonymous_sessions, std::chrono::hours(2));
  for (const char* bad : {"0", "-3", "12 days", "", "99999"}) {
    auto e = retention_from(env_of({{"COMDEV_RETENTION_DIGEST_RUNS_DAYS", bad}}));
    ASSERT_FALSE(e) << bad;
    EXPECT_NE(e.error().detail.find("COMDEV_RETENTION_DIGEST_RUNS_DAYS"), std::string::npos);
  }
}

TEST(Retention, CutoffsAreThePeriodsBeforeNow) {
  Retention r;
  auto c = cutoffs(r, *core::parse_iso("2026-12-06T12:00:00Z"));
  EXPECT_EQ(c.now, "2026-12-06T12:00:00Z");
  EXPECT_EQ(c.anonymous_sessions, "2026-12-05T12:00:00Z");
  EXPECT_EQ(c.email_log, "2026-09-07T12:00:00Z");
  EXPECT_EQ(c.rate_limits, "2026-12-05T12:00:00Z");
}

}  // namespace
}  // namespace comdev::housekeeping
