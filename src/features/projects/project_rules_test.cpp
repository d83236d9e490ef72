#include "features/projects/project_rules.h"

#include <gtest/gtest.h>

namespace comdev::projects {
namespace {

TEST(ProjectRules, StatusesInLifecycleOrder) {
  EXPECT_EQ(status_index("idea"), 0);
  EXPECT_EQ(status_index("capitalised"), 6);
  EXPECT_EQ(status_index("nope"), -1);
  EXPECT_TRUE(is_status("funding"));
  EXPECT_FALSE(is_status(""));
}

TEST(ProjectRules, MovesForwardAnyStepsBackOneStep) {
  EXPECT_TRUE(may_move("idea", "maturing"));
  EXPECT_TRUE(may_move("idea", "in_progress"));
  EXPECT_TRUE(may_move("done", "in_progress"));
  EXPECT_FALSE(may_move("done", "idea"));
  EXPECT_FALSE(may_move("idea", "idea"));
  EXPECT_FALSE(may_move("idea", "bogus"));
  EXPECT_FALSE(may_move("bogus", "idea"));
  // Every pair is checked against the rule itself.
  for (auto a : kStatuses) {
    for (auto b : kStatuses) {
      int i = status_index(a), j = status_index(b);
      EXPECT_EQ(may_move(a, b), j > i || j == i - 1) << a << "→" << b;
    }
  }
}

TEST(ProjectRules, NextStatuses) {
  auto n = next_statuses("ready");
  ASSERT_EQ(n.size(), 5u);
  EXPECT_EQ(n.front(), "maturing");
  EXPECT_EQ(n.back(), "capitalised");
  EXPECT_EQ(next_statuses("idea").size(), 6u);
  EXPECT_EQ(next_statuses("capitalised").size(), 1u);
}

TEST(ProjectRules, Langs) {
  EXPECT_TRUE(is_lang("ar"));
  EXPECT_FALSE(is_lang("de"));
  EXPECT_FALSE(is_lang(""));
}

TEST(ProjectRules, PointOnTerritoryByRadius) {
  // Tafraout (commune) and a point in Agadir, ~ 100 km away.
  Anchor commune{29.7167, -8.9667, "commune"};
  EXPECT_TRUE(point_on_territory(29.72, -8.97, commune));
  EXPECT_FALSE(point_on_territory(30.42, -9.60, commune));
  Anchor province{29.7167, -8.9667, "province"};
  EXPECT_TRUE(point_on_territory(30.42, -9.60, province));
  // Paris is on no territory of the Souss.
  Anchor region{30.0, -8.5, "region"};
  EXPECT_FALSE(point_on_territory(48.85, 2.35, region));
  EXPECT_TRUE(point_on_territory(48.85, 2.35, std::nullopt));
  EXPECT_NEAR(distance_km(0, 0, 0, 1), 111.2, 0.5);
}

TEST(ProjectRules, ShownInTheReadersLanguage) {
  std::vector<Translation> tr = {{"ar", "الماء", "ملخص"}, {"en", "Water", ""}};
  auto fr = shown_in("fr", "Eau", "Résumé", "fr", tr);
  EXPECT_EQ(fr.title, "Eau");
  EXPECT_EQ(fr.lang, "fr");
  auto ar = shown_in("ar", "Eau", "Résumé", "fr", tr);
  EXPECT_EQ(ar.title, "الماء");
  EXPECT_EQ(ar.summary, "ملخص");
  EXPECT_EQ(ar.lang, "ar");
  auto en = shown_in("en", "Eau", "Résumé", "fr", tr);
  EXPECT_EQ(en.title, "Water");
  EXPECT_EQ(en.summary, "Résumé");
  auto none = shown_in("ar", "Eau", "Résumé", "fr", {});
  EXPECT_EQ(none.title, "Eau");
  EXPECT_EQ(none.lang, "fr");
}

}  // namespace
}  // namespace comdev::projects
