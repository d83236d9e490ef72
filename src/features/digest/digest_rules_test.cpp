#include "features/digest/digest_rules.h"

#include <gtest/gtest.h>

namespace comdev::digest {
namespace {

core::Seconds at(const char* iso) {
  return *core::parse_iso(iso);
}

TEST(DigestRules, FrequencyNamesRoundTripAndAnythingElseIsRefused) {
  for (Frequency f : {Frequency::off, Frequency::daily, Frequency::weekly}) {
    EXPECT_EQ(parse_frequency(name(f)), f);
  }
  for (const char* bad : {"", "Weekly", "monthly", "1", "off "}) {
    EXPECT_FALSE(parse_frequency(bad).has_value()) << bad;
  }
}

TEST(DigestRules, IsoWeekFollowsTheThursdayRule) {
  struct Case {
    const char* when;
    const char* week;
  };
  for (const auto& c : std::vector<Case>{
           {"2026-11-23T00:00:00Z", "2026-W48"},  // a Monday
           {"2026-11-29T23:59:59Z", "2026-W48"},  // the Sunday that ends it
           {"2026-11-30T00:00:00Z", "2026-W49"},
           {"2026-01-01T12:00:00Z", "2026-W01"},  // a Thursday: week 1
           {"2027-01-01T12:00:00Z", "2026-W53"},  // a Friday: the last week of 2026
           {"2027-01-04T00:00:00Z", "2027-W01"},
           {"2024-12-30T08:00:00Z", "2025-W01"},  // a Monday whose Thursday is in 2025
           {"2021-01-03T08:00:00Z", "2020-W53"},
           {"2024-02-29T08:00:00Z", "2024-W09"},
       }) {
    EXPECT_EQ(iso_week(at(c.when)), c.week) << c.when;
  }
}

TEST(DigestRules, PeriodIsTheIsoWeekForWeeklyAndTheUtcDayForDaily) {
  EXPECT_EQ(period_key(Frequency::weekly, at("2026-11-25T10:00:00Z")), "2026-W48");
  EXPECT_EQ(period_key(Frequency::daily, at("2026-11-25T10:00:00Z")), "2026-11-25");
  EXPECT_EQ(period_key(Frequency::daily, at("2026-11-25T23:59:59Z")), "2026-11-25");
  EXPECT_EQ(period_key(Frequency::daily, at("2026-11-26T00:00:00Z")), "2026-11-26");
}

TEST(DigestRules, BudgetIsOneMailPerSevenDaysOrPerDayForTheDailyDigest) {
  auto now = at("2026-11-25T10:00:00Z");
  EXPECT_EQ(core::iso(budget_window_start(Frequency::weekly, now)), "2026-11-18T10:00:00Z");
  EXPECT_EQ(core::iso(budget_window_start(Frequency::daily, now)), "2026-11-24T10:00:00Z");
  // A member who turned the digest off keeps the default budget.
  EXPECT_EQ(core::iso(budget_window_start(Frequency::off, now)), "2026-11-18T10:00:00Z");
}

TEST(DigestRules, PickNewKeepsOnlyNewNeedsBestFirst) {
  std::vector<Scored> matches = {{1, 0.9}, {2, 0.8}, {3, 0.7}, {4, 0.6}};
  std::unordered_map<std::int64_t, std::string> fresh = {
      {2, "2026-11-20T00:00:00Z"}, {4, "2026-11-21T00:00:00Z"}, {99, "2026-11-21T00:00:00Z"}};
  auto picked = pick_new(matches, fresh);
  ASSERT_EQ(picked.size(), 2u);
  EXPECT_EQ(picked[0].need_id, 2);
  EXPECT_EQ(picked[1].need_id, 4);
}

TEST(DigestRules, PickNewBreaksTiesByNewestNeed) {
  std::vector<Scored> matches = {{1, 0.5}, {2, 0.5}, {3, 0.5}};
  std::unordered_map<std::int64_t, std::string> fresh = {
      {1, "2026-11-20T00:00:00Z"}, {2, "2026-11-22T00:00:00Z"}, {3, "2026-11-21T00:00:00Z"}};
  auto picked = pick_new(matches, fresh);
  ASSERT_EQ(picked.size(), 3u);
  EXPECT_EQ(picked[0].need_id, 2);
  EXPECT_EQ(picked[1].need_id, 3);
  EXPECT_EQ(picked[2].need_id, 1);
}

TEST(DigestRules, PickNewKeepsAtMostTenAndNothingWhenNothingIsNew) {
  std::vector<Scored> matches;
  std::unordered_map<std::int64_t, std::string> fresh;
  for (int i = 1; i <= 25; ++i) {
    matches.push_back({i, 1.0 - i / 100.0});
    fresh[i] = "2026-11-20T00:00:00Z";
  }
  auto picked = pick_new(matches, fresh);
  ASSERT_EQ(picked.size(), kMaxItems);
  EXPECT_EQ(picked.front().need_id, 1);
  EXPECT_EQ(picked.back().need_id, 10);
  EXPECT_TRUE(pick_new(matches, {}).empty());
  EXPECT_TRUE(pick_new({}, fresh).empty());
}

}  // namespace
}  // namespace comdev::digest
