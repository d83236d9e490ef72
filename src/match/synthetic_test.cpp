#include "match/synthetic.h"

#include <gtest/gtest.h>

#include "match/test_taxonomy.h"

namespace comdev::match::synthetic {
namespace {

std::vector<Province> two_provinces() {
  return {{10, 1, {101, 102}, 3}, {20, 1, {201}, 1}};
}

TEST(Synthetic, TheSameSeedGivesTheSamePool) {
  auto tax = testing::small_taxonomy();
  Generator a(*tax, two_provinces(), 5, day_of(2026, 11, 23));
  Generator b(*tax, two_provinces(), 5, day_of(2026, 11, 23));
  for (int i = 1; i <= 50; ++i) {
    Expert x = a.expert(i), y = b.expert(i);
    ASSERT_EQ(x.skills.size(), y.skills.size());
    EXPECT_EQ(x.languages, y.languages);
    EXPECT_EQ(x.windows.size(), y.windows.size());
    EXPECT_EQ(a.need(i).skills.size(), b.need(i).skills.size());
  }
}

TEST(Synthetic, ValuesStayWithinTheModel) {
  auto tax = testing::small_taxonomy();
  Generator g(*tax, two_provinces(), 1, day_of(2026, 11, 23));
  int with_windows = 0, available = 0;
  for (int i = 1; i <= 2000; ++i) {
    Expert e = g.expert(i);
    ASSERT_FALSE(e.skills.empty());
    for (const auto& s : e.skills) EXPECT_LT(s.skill, tax->size());
    EXPECT_NE(e.languages, 0);
    EXPECT_LE(e.invitations_answered, e.invitations_received);
    EXPECT_LE(e.open_invitations + e.invitations_answered, e.invitations_received);
    for (const auto& w : e.windows) {
      EXPECT_LT(w.from, w.to);
      EXPECT_TRUE(w.place.province == 10 || w.place.province == 20);
    }
    with_windows += e.windows.empty() ? 0 : 1;
    available += e.available ? 1 : 0;
    Need n = g.need(i);
    ASSERT_FALSE(n.skills.empty());
    EXPECT_LE(n.skills.size(), 3u);
    EXPECT_LT(n.from, n.to);
    EXPECT_EQ(n.place.region, 1);
  }
  EXPECT_GT(with_windows, 300);  // about three in ten
  EXPECT_LT(with_windows, 900);
  EXPECT_GT(available, 1700);  // 92 %
}

TEST(Synthetic, DayOfCountsFrom1970) {
  EXPECT_EQ(day_of(1970, 1, 1), 0);
  EXPECT_EQ(day_of(2026, 7, 1), 20'635);
}

}  // namespace
}  // namespace comdev::match::synthetic
