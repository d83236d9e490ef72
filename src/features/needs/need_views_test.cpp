#include "features/needs/need_views.h"

#include <gtest/gtest.h>

#include "i18n/lang.h"

namespace comdev::needs {
namespace {

const std::vector<SkillRef> kKnown = {
    {3, "sanitation", "Assainissement", "التطهير السائل", "Sanitation"}};

TEST(NeedViews, AmountsGoBackIntoTheFormAsTyped) {
  EXPECT_EQ(typed_amount(1500000), "15000");
  EXPECT_EQ(typed_amount(1500050), "15000.50");
  EXPECT_EQ(typed_amount(1500005), "15000.05");
  EXPECT_EQ(typed_amount(1), "0.01");
}

TEST(NeedViews, DatesOnlyWhenReal) {
  EXPECT_TRUE(date_of("2027-07-01").has_value());
  EXPECT_FALSE(date_of("").has_value());
  EXPECT_FALSE(date_of("2027-02-30").has_value());
}

TEST(NeedViews, ACardSaysTheGistInTheReadersLanguage) {
  Need n;
  n.id = 12;
  n.data.kind = "skill";
  n.data.title = "Étude";
  n.data.skills = {{3, "sanitation", "expert"}};
  auto fr = card(i18n::Lang::fr, n, kKnown);
  EXPECT_EQ(fr.url, "/needs/12");
  EXPECT_EQ(fr.kind_label, "Compétence");
  EXPECT_EQ(fr.status_label, "Ouvert");
  EXPECT_EQ(fr.gist, "Assainissement (expert)");
  auto ar = card(i18n::Lang::ar, n, kKnown);
  EXPECT_NE(ar.gist.find("التطهير السائل"), std::string::npos);
  Need m;
  m.data.kind = "material";
  m.data.item = "Bac";
  m.data.quantity = 20;
  EXPECT_NE(card(i18n::Lang::fr, m, kKnown).gist.find("Bac"), std::string::npos);
}

TEST(NeedViews, TheStatusFormOffersOnlyAllowedSteps) {
  auto options = status_options(i18n::Lang::fr, "closed");
  ASSERT_EQ(options.size(), 1u);
  EXPECT_EQ(options[0].value, "open");
}

TEST(NeedViews, TheSkillPickerGroupsByDomainAndOpensTheOneHoldingAChosenSkill) {
  std::vector<skills::Skill> tree(3);
  tree[0].id = 1;
  tree[0].slug = "water_engineering";
  tree[0].labels = {"Eau", "الماء", "Water"};
  tree[1].id = 2;
  tree[1].slug = "sanitation";
  tree[1].parent_id = 1;
  tree[1].position = 1;
  tree[1].labels = {"Assainissement", "التطهير السائل", "Sanitation"};
  tree[2].id = 3;
  tree[2].slug = "energy";
  tree[2].position = 2;
  tree[2].labels = {"Énergie", "الطاقة", "Energy"};
  auto picker = skill_picker(i18n::Lang::en, tree, {{2, "sanitation", "expert"}});
  ASSERT_EQ(picker.size(), 2u);
  EXPECT_TRUE(picker[0].open);
  EXPECT_FALSE(picker[1].open);
  ASSERT_EQ(picker[0].rows.size(), 2u);  // the domain itself, then sanitation
  EXPECT_EQ(picker[0].rows[1].name, "skill.sanitation");
  EXPECT_EQ(picker[0].rows[1].label, "Sanitation");
  EXPECT_TRUE(picker[0].rows[1].levels[3].selected);  // "", beginner, intermediate, expert
}

}  // namespace
}  // namespace comdev::needs
