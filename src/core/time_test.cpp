#include "core/time.h"

#include <gtest/gtest.h>

namespace comdev::core {
namespace {

TEST(Time, IsoRoundTrips) {
  auto t = parse_iso("2026-08-01T09:05:03Z");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(iso(*t), "2026-08-01T09:05:03Z");
}

TEST(Time, IsoTextSortsAsTime) {
  auto a = parse_iso("2026-01-31T23:59:59Z");
  auto b = parse_iso("2026-02-01T00:00:00Z");
  ASSERT_TRUE(a && b);
  EXPECT_LT(*a, *b);
  EXPECT_LT(iso(*a), iso(*b));
}

TEST(Time, RejectsImpossibleDates) {
  EXPECT_FALSE(parse_iso("2026-02-30T00:00:00Z").has_value());
  EXPECT_FALSE(parse_iso("yesterday").has_value());
  EXPECT_FALSE(parse_iso("2026-01-01T25:00:00Z").has_value());
}

}  // namespace
}  // namespace comdev::core
