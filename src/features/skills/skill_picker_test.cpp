#include "features/skills/skill_picker.h"

#include <gtest/gtest.h>

namespace comdev::skills {
namespace {

std::vector<Domain> tree() {
  return {{{1, "water", "Eau"},
           {{2, "hydraulics", "Hydraulique"}, {3, "sanitation", "Assainissement"}}},
          {{4, "energy", "Énergie"}, {{5, "solar_energy", "Solaire"}}}};
}

std::string level(std::string_view l) {
  return "L:" + std::string(l);
}

TEST(SkillPicker, EachDomainStartsWithItselfThenItsSkillsEachWithFourChoices) {
  auto p = picker(tree(), {}, "—", level);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].label, "Eau");
  ASSERT_EQ(p[0].rows.size(), 3u);
  EXPECT_TRUE(p[0].rows[0].general);
  EXPECT_EQ(p[0].rows[0].name, "skill.water");
  EXPECT_EQ(p[0].rows[1].name, "skill.hydraulics");
  EXPECT_EQ(p[0].rows[1].label, "Hydraulique");
  ASSERT_EQ(p[0].rows[1].levels.size(), 4u);
  EXPECT_EQ(p[0].rows[1].levels[0].label, "—");
  EXPECT_TRUE(p[0].rows[1].levels[0].selected);
  EXPECT_EQ(p[0].rows[1].levels[3].value, "expert");
  EXPECT_EQ(p[0].rows[1].levels[3].label, "L:expert");
  EXPECT_FALSE(p[0].open);
}

TEST(SkillPicker, ADomainHoldingAChosenSkillIsOpenWithTheLevelSelected) {
  auto p = picker(tree(), {{"sanitation", "intermediate"}, {"energy", "beginner"}}, "—", level);
  EXPECT_TRUE(p[0].open);
  EXPECT_TRUE(p[0].rows[2].levels[2].selected);
  EXPECT_FALSE(p[0].rows[2].levels[0].selected);
  EXPECT_TRUE(p[1].open);  // the domain itself was chosen
  EXPECT_TRUE(p[1].rows[0].levels[1].selected);
}

}  // namespace
}  // namespace comdev::skills
