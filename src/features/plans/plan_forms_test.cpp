#include "features/plans/plan_forms.h"

#include <gtest/gtest.h>

namespace comdev::plans {
namespace {

http::Form form(std::initializer_list<std::pair<std::string, std::string>> fields) {
  http::Form f;
  for (const auto& [k, v] : fields) f.add(k, v);
  return f;
}

std::vector<std::string> fields_of(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field + ":" + f.message_id);
  return out;
}

TEST(ParsePlan, ReadsAValidPlan) {
  auto p = parse_plan(form({{"organisation", "3"},
                            {"title", "  PCD 2017-2022  "},
                            {"period_start", "2017"},
                            {"period_end", "2022"},
                            {"summary", "Six axes."}}));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->organisation_id, 3);
  EXPECT_EQ(p->title, "PCD 2017-2022");
  EXPECT_EQ(p->period_start, 2017);
  EXPECT_EQ(p->period_end, 2022);
}

TEST(ParsePlan, NamesEveryBadField) {
  auto p = parse_plan(form({{"organisation", "x"},
                            {"title", ""},
                            {"period_start", "2022"},
                            {"period_end", "2017"},
                            {"summary", std::string(2001, 'a')}}));
  ASSERT_FALSE(p);
  EXPECT_EQ(fields_of(p.error()),
            (std::vector<std::string>{
                "organisation:plans.form.errors.organisation", "title:plans.form.errors.title",
                "period_end:plans.form.errors.period_order", "summary:plans.form.errors.summary"}));
  auto years = parse_plan(form(
      {{"organisation", "1"}, {"title", "T"}, {"period_start", "1990"}, {"period_end", "soon"}}));
  ASSERT_FALSE(years);
  EXPECT_EQ(fields_of(years.error()),
            (std::vector<std::string>{"period_start:plans.form.errors.year",
                                      "period_end:plans.form.errors.year"}));
}

TEST(ParseAction, TypedAxisWinsAndAmountsAreRead) {
  auto a = parse_action(form({{"axis", "Eau"},
                              {"new_axis", "Assainissement"},
                              {"title", "Étude d'assainissement"},
                              {"priority", "high"},
                              {"budget", "350 000"},
                              {"currency", "MAD"},
                              {"status", "planned"},
                              {"douars", "12"},
                              {"douars", "13"}}));
  ASSERT_TRUE(a);
  EXPECT_EQ(a->axis, "Assainissement");
  EXPECT_EQ(a->budget_minor, 35000000);
  EXPECT_EQ(a->douar_ids, (std::vector<std::int64_t>{12, 13}));
}

TEST(ParseAction, RefusesNegativeBudgetsAndUnknownCodes) {
  auto a = parse_action(form({{"axis", "Eau"},
                              {"title", "Puits"},
                              {"priority", "urgent"},
                              {"budget", "-10"},
                              {"currency", "USD"},
                              {"status", "someday"},
                              {"douars", "abc"}}));
  ASSERT_FALSE(a);
  EXPECT_EQ(fields_of(a.error()),
            (std::vector<std::string>{
                "priority:plans.form.errors.priority", "budget:plans.form.errors.budget",
                "currency:plans.form.errors.currency", "status:plans.form.errors.status",
                "douars:plans.form.errors.douar"}));
}

}  // namespace
}  // namespace comdev::plans
