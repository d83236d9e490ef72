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
  auto inputs = skill_inputs(i18n::Lang::fr, kKnown, {{3, "sanitation", "expert"}});
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].name, "skill.sanitation");
  EXPECT_TRUE(inputs[0].levels[3].selected);  // "", beginner, intermediate, expert
}

}  // namespace
}  // namespace comdev::needs
