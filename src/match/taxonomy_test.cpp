#include "match/taxonomy.h"

#include <gtest/gtest.h>

#include "match/test_taxonomy.h"

namespace comdev::match {
namespace {

TEST(Taxonomy, RelationsFollowTheTree) {
  auto t = testing::small_taxonomy();
  auto id = [&](const char* s) { return *t->find(s); };
  EXPECT_EQ(t->relation(id("sanitation"), id("sanitation")), Relation::same);
  EXPECT_EQ(t->relation(id("sanitation"), id("sanitation_studies")), Relation::narrower);
  EXPECT_EQ(t->relation(id("sanitation_studies"), id("sanitation")), Relation::broader);
  EXPECT_EQ(t->relation(id("sanitation"), id("hydraulics")), Relation::sibling);
  EXPECT_EQ(t->relation(id("sanitation"), id("accounting")), Relation::none);
  EXPECT_EQ(t->relation(id("water"), id("finance")), Relation::none);
  EXPECT_FALSE(t->find("astrology"));
  EXPECT_FALSE(t->parent(id("water")));
  EXPECT_EQ(*t->parent(id("auditing")), id("finance"));
}

TEST(Taxonomy, RelatedListsItselfFirstThenEveryCreditGivingSkill) {
  auto t = testing::small_taxonomy();
  const auto& r = t->related(*t->find("sanitation"));
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r[0].skill, *t->find("sanitation"));
  EXPECT_EQ(r[0].relation, Relation::same);
  // sanitation_studies (narrower), water (broader), hydraulics and wastewater (siblings).
  EXPECT_EQ(r.size(), 5u);
  for (const auto& x : r) EXPECT_EQ(x.relation, t->relation(*t->find("sanitation"), x.skill));
}

}  // namespace
}  // namespace comdev::match
