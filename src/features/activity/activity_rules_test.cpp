#include "features/activity/activity_rules.h"

#include <gtest/gtest.h>

namespace comdev::activity {
namespace {

using std::chrono::minutes;

const core::Seconds kNoon = *core::parse_iso("2026-12-06T12:00:00Z");

TEST(VisitRules, AFirstLookShowsNothingAndStartsAVisit) {
  auto step = next_visit(std::nullopt, kNoon);
  EXPECT_EQ(step.since, "");
  ASSERT_TRUE(step.write);
  EXPECT_EQ(step.write->seen_at, kNoon);
  EXPECT_EQ(step.write->since_at, "");
}

TEST(VisitRules, ALookAfterTheGapStartsANewVisitFromThePreviousLook) {
  Visit last{kNoon, "2026-12-01T08:00:00Z"};
  auto step = next_visit(last, kNoon + kVisitGap);
  EXPECT_EQ(step.since, "2026-12-06T12:00:00Z");
  ASSERT_TRUE(step.write);
  EXPECT_EQ(step.write->seen_at, kNoon + kVisitGap);
  EXPECT_EQ(step.write->since_at, "2026-12-06T12:00:00Z");
}

TEST(VisitRules, WithinAVisitThePageKeepsTheSameChangesAndWritesRarely) {
  Visit last{kNoon, "2026-12-01T08:00:00Z"};
  auto soon = next_visit(last, kNoon + minutes(1));
  EXPECT_EQ(soon.since, "2026-12-01T08:00:00Z");
  EXPECT_FALSE(soon.write) << "a look a minute later writes nothing";
  auto later = next_visit(last, kNoon + kSeenRefresh);
  EXPECT_EQ(later.since, "2026-12-01T08:00:00Z");
  ASSERT_TRUE(later.write) << "the visit is kept alive";
  EXPECT_EQ(later.write->seen_at, kNoon + kSeenRefresh);
  EXPECT_EQ(later.write->since_at, "2026-12-01T08:00:00Z");
}

TEST(VisitRules, TheFirstVisitStaysEmptyUntilItEnds) {
  Visit first{kNoon, ""};
  EXPECT_EQ(next_visit(first, kNoon + minutes(10)).since, "");
  EXPECT_EQ(next_visit(first, kNoon + minutes(31)).since, "2026-12-06T12:00:00Z");
}

}  // namespace
}  // namespace comdev::activity
