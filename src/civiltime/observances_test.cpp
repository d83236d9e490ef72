#include "civiltime/observances.h"

#include <gtest/gtest.h>

namespace comdev::civiltime {
namespace {

core::Seconds t(const char* iso) {
  return *core::parse_iso(iso);
}

TEST(Observances, CasablancaIn2027HasItsRamadanHourAsDatedTransitions) {
  auto r = observances("Africa/Casablanca", t("2027-01-01T00:00:00Z"), t("2028-01-01T00:00:00Z"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  const auto& before = (*r)[0];  // UTC+1 since the end of Ramadan 2026
  EXPECT_EQ(before.offset_to_minutes, 60);
  EXPECT_EQ(before.start, (LocalDateTime{2026, 3, 22, 2, 0}));
  EXPECT_FALSE(before.daylight);
  const auto& ramadan = (*r)[1];
  EXPECT_EQ(ramadan.start, (LocalDateTime{2027, 2, 7, 3, 0}));  // 02:00 UTC on the +01 clocks
  EXPECT_EQ(ramadan.offset_from_minutes, 60);
  EXPECT_EQ(ramadan.offset_to_minutes, 0);
  EXPECT_TRUE(ramadan.daylight);  // the tz database's "negative daylight saving"
  const auto& after = (*r)[2];
  EXPECT_EQ(after.start, (LocalDateTime{2027, 3, 14, 2, 0}));
  EXPECT_EQ(after.offset_from_minutes, 0);
  EXPECT_EQ(after.offset_to_minutes, 60);
  EXPECT_EQ(after.abbrev, "+01");
}

TEST(Observances, ParisIn2027HasSummerAndWinterTime) {
  auto r = observances("Europe/Paris", t("2027-01-01T00:00:00Z"), t("2028-01-01T00:00:00Z"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[1].start, (LocalDateTime{2027, 3, 28, 2, 0}));
  EXPECT_EQ((*r)[1].abbrev, "CEST");
  EXPECT_TRUE((*r)[1].daylight);
  EXPECT_EQ((*r)[2].start, (LocalDateTime{2027, 10, 31, 3, 0}));
  EXPECT_EQ((*r)[2].offset_to_minutes, 60);
}

TEST(Observances, AZoneWithoutTransitionsHasOnePeriodFrom1970) {
  auto r = observances("UTC", t("2027-01-01T00:00:00Z"), t("2028-01-01T00:00:00Z"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].start, (LocalDateTime{1970, 1, 1, 0, 0}));
  EXPECT_EQ((*r)[0].offset_from_minutes, 0);
  EXPECT_FALSE(
      observances("Nowhere/Town", t("2027-01-01T00:00:00Z"), t("2028-01-01T00:00:00Z")).ok());
}

}  // namespace
}  // namespace comdev::civiltime
