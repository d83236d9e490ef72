#include "features/matching/matching_rules.h"

#include <gtest/gtest.h>

#include "features/matching/matching_service.h"
#include "features/matching/matching_views.h"

namespace comdev::matching {
namespace {

TEST(MatchingRules, DatesBecomeDaysAndBack) {
  EXPECT_EQ(day_of("1970-01-02"), 1);
  EXPECT_EQ(ymd_of(day_of("2027-08-20")), "2027-08-20");
  EXPECT_EQ(day_of("2027-08-21") - day_of("2027-08-01"), 20);
  for (auto bad : {"", "2027-8-1", "2027-02-30", "abcd-ef-gh", "2027-08-011"})
    EXPECT_EQ(day_of(bad), 0) << bad;
}

TEST(MatchingRules, LevelsLanguagesModes) {
  EXPECT_EQ(level_of("expert"), match::Level::expert);
  EXPECT_EQ(level_of("beginner"), match::Level::beginner);
  EXPECT_FALSE(level_of("guru"));
  EXPECT_EQ(language_bit("ar"), 1);
  EXPECT_EQ(language_bit("fr"), 4);
  EXPECT_EQ(language_bit("xx"), 0);
  EXPECT_EQ(language_code(2), "fr");
  EXPECT_EQ(language_code(9), "");
  EXPECT_EQ(mode_of("remote"), match::Mode::remote);
  EXPECT_EQ(mode_of("on_site"), match::Mode::on_site);
  EXPECT_EQ(mode_of(""), match::Mode::both);
}

TEST(MatchingRules, ADouarTakesItsCommuneProvinceAndRegion) {
  std::vector<Territory> tree = {
      {1, 0, "region", "Souss-Massa", ""}, {2, 1, "province", "Taroudant", ""},
      {3, 2, "commune", "Taliouine", ""},  {4, 3, "douar", "Douar", ""},
      {5, 6, "douar", "Cycle A", ""},      {6, 5, "douar", "Cycle B", ""}};
  auto places = places_of(tree);
  EXPECT_EQ(places[4].commune, 3);
  EXPECT_EQ(places[4].province, 2);
  EXPECT_EQ(places[4].region, 1);
  EXPECT_EQ(places[2].commune, 0);
  EXPECT_EQ(places[2].province, 2);
  EXPECT_EQ(places[5].commune, 0) << "a cycle stops the walk";
}

TEST(MatchingViews, ReasonCodesHaveNamesBothWays) {
  for (auto c : {match::ReasonCode::covers_skills, match::ReasonCode::responsive,
                 match::ReasonCode::attached_region})
    EXPECT_EQ(parse_code(code_name(c)), c);
  EXPECT_FALSE(parse_code("nope"));
  EXPECT_EQ(percent(0.834), 83);
  EXPECT_EQ(percent(1.7), 100);
}

TEST(MatchingViews, AReasonShowsOnlyWhatTheFieldsVisibilityAllows) {
  MemberCard expert{9, "Expert", {{"availability", "animators"}}};
  std::vector<match::Reason> reasons = {{match::ReasonCode::covers_skills, 1, 1, 0},
                                        {match::ReasonCode::on_site_window, 10, 20, 3},
                                        {match::ReasonCode::responsive, 3, 4, 0}};
  web::Actor member, animator, visitor;
  member.member_id = 2;
  animator.member_id = 3;
  animator.is_animator = true;
  auto seen = visible_reasons(member, expert, reasons);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1].code, match::ReasonCode::responsive);
  EXPECT_EQ(visible_reasons(animator, expert, reasons).size(), 3u);
  // A visitor sees no members-only field (skills default to members).
  EXPECT_EQ(visible_reasons(visitor, expert, reasons).size(), 1u);
}

TEST(MatchingJson, ReasonsRoundTripAndBadTextGivesNone) {
  std::vector<match::Reason> reasons = {{match::ReasonCode::covers_skills, 3, 4, 0},
                                        {match::ReasonCode::attached_province, 0, 0, 12}};
  auto text = reasons_to_json(reasons);
  auto back = reasons_from_json(text);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].a, 3);
  EXPECT_EQ(back[0].b, 4);
  EXPECT_EQ(back[1].id, 12);
  EXPECT_TRUE(reasons_from_json("not json").empty());
  EXPECT_EQ(reasons_from_json(R"([{"code":"gone"},{"code":"responsive","a":2,"b":3}])").size(), 1u);
}

}  // namespace
}  // namespace comdev::matching
