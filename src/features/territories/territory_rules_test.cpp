#include "features/territories/territory_rules.h"

#include <gtest/gtest.h>

namespace comdev::territories {
namespace {

TEST(TerritoryRules, EachKindSitsUnderTheKindAbove) {
  EXPECT_TRUE(valid_parent("region", ""));
  EXPECT_TRUE(valid_parent("province", "region"));
  EXPECT_TRUE(valid_parent("commune", "province"));
  EXPECT_TRUE(valid_parent("douar", "commune"));
  EXPECT_FALSE(valid_parent("region", "region"));
  EXPECT_FALSE(valid_parent("douar", "province"));
  EXPECT_FALSE(valid_parent("commune", ""));
  EXPECT_FALSE(valid_parent("city", "province"));
}

TEST(TerritoryRules, ADouarWithoutCoordinatesIsShownAtItsCommuneFlaggedApproximate) {
  Territory commune;
  commune.lat = 29.90;
  commune.lon = -7.32;
  Territory douar;
  place_at_parent_if_unknown(douar, commune);
  EXPECT_EQ(douar.lat, 29.90);
  EXPECT_TRUE(douar.position_approximate);

  Territory unknown_commune, douar2;
  place_at_parent_if_unknown(douar2, unknown_commune);
  EXPECT_FALSE(douar2.lat.has_value());
  EXPECT_FALSE(douar2.position_approximate);

  Territory own;
  own.lat = 1;
  own.lon = 2;
  place_at_parent_if_unknown(own, commune);
  EXPECT_EQ(own.lat, 1);
  EXPECT_FALSE(own.position_approximate);
}

TEST(TerritoryRules, BuildsTheTreeAndKeepsOrphansAsRoots) {
  std::vector<Territory> all(4);
  all[0].id = 1;
  all[1].id = 2;
  all[1].parent_id = 1;
  all[2].id = 3;
  all[2].parent_id = 2;
  all[3].id = 4;
  all[3].parent_id = 99;  // parent filtered out (?kind=)
  auto tree = build_tree(all);
  ASSERT_EQ(tree.size(), 2u);
  ASSERT_EQ(tree[0].children.size(), 1u);
  EXPECT_EQ(tree[0].children[0].children.at(0).territory.id, 3);
  EXPECT_EQ(tree[1].territory.id, 4);
}

}  // namespace
}  // namespace comdev::territories
