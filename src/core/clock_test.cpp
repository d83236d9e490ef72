#include "core/clock.h"

#include <gtest/gtest.h>

namespace comdev::core {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

TEST(SettableClock, StaysWhereItIsSetUntilMoved) {
  auto start = *parse_iso("2026-12-05T10:00:00Z");
  SettableClock clock(start);
  EXPECT_EQ(clock.now(), start);
  EXPECT_EQ(clock.now(), start);
  clock.advance(minutes(16));
  EXPECT_EQ(iso(clock.now()), "2026-12-05T10:16:00Z");
  clock.set(*parse_iso("2027-01-01T00:00:00Z"));
  EXPECT_EQ(iso(clock.now()), "2027-01-01T00:00:00Z");
}

TEST(SystemClock, FollowsTheSystemTime) {
  const Clock& clock = system_clock();
  auto before = core::now();
  auto t = clock.now();
  EXPECT_GE(t, before);
  EXPECT_LE(t - before, seconds(5));
}

TEST(Clock, RulesSeeTheClockTheyAreGivenThroughTheInterface) {
  SettableClock settable(*parse_iso("2026-12-05T10:00:00Z"));
  const Clock& clock = settable;
  settable.advance(seconds(30));
  EXPECT_EQ(iso(clock.now()), "2026-12-05T10:00:30Z");
}

}  // namespace
}  // namespace comdev::core
