#include "features/needs/need_rules.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace comdev::needs {
namespace {

const std::vector<SkillRef> kKnown = {{3, "sanitation", "Assainissement", "", ""},
                                      {7, "hydraulics", "Hydraulique", "", ""}};

bool has(const std::vector<FieldError>& errors, std::string_view field, std::string_view key) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const FieldError& e) { return e.field == field && e.message_id == key; });
}

NeedData skill_need() {
  NeedData d;
  d.kind = "skill";
  d.title = "Étude d'assainissement";
  d.mode = "both";
  d.period_start = "2027-07-01";
  d.period_end = "2027-08-31";
  d.effort_days = 10;
  d.skills = {{0, "sanitation", "expert"}};
  d.languages = {"fr", "ar"};
  return d;
}

TEST(NeedRules, TheLifecycleGoesForwardAndBackWhereSensible) {
  struct Case {
    const char *from, *to;
    bool ok;
  };
  const Case cases[] = {
      {"open", "discussion", true},   {"open", "satisfied", true},
      {"open", "closed", true},       {"open", "open", false},
      {"discussion", "open", true},   {"discussion", "satisfied", true},
      {"discussion", "closed", true}, {"satisfied", "closed", true},
      {"satisfied", "open", true},    {"satisfied", "discussion", false},
      {"closed", "open", true},       {"closed", "discussion", false},
      {"closed", "satisfied", false}, {"closed", "closed", false},
      {"open", "done", false},        {"nonsense", "open", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(can_transition(c.from, c.to), c.ok) << c.from << " -> " << c.to;
  }
  EXPECT_EQ(next_statuses("closed"), std::vector<std::string_view>{"open"});
  EXPECT_EQ(next_statuses("open"),
            (std::vector<std::string_view>{"discussion", "satisfied", "closed"}));
}

TEST(NeedRules, DatesAreRealCalendarDates) {
  EXPECT_TRUE(is_date("2027-07-01"));
  EXPECT_TRUE(is_date("2028-02-29"));
  EXPECT_FALSE(is_date("2027-02-29"));
  EXPECT_FALSE(is_date("2027-13-01"));
  EXPECT_FALSE(is_date("2027-7-1"));
  EXPECT_FALSE(is_date("01/07/2027"));
  EXPECT_FALSE(is_date(""));
  EXPECT_FALSE(is_date("2027-07-0x"));
}

TEST(NeedRules, CountsAreWholeNumbersOrNothing) {
  EXPECT_FALSE(parse_count("")->has_value());
  EXPECT_EQ(**parse_count("20"), 20);
  EXPECT_FALSE(parse_count("-2").ok());
  EXPECT_FALSE(parse_count("2.5").ok());
  EXPECT_FALSE(parse_count("deux").ok());
}

TEST(NeedRules, AValidSkillNeedIsResolvedAndKeepsOnlyItsFields) {
  auto d = skill_need();
  d.amount_minor = 500;  // a funding field sent by a form that shows every part
  d.currency = "MAD";
  d.item = "pelles";
  d.skills.push_back({7, "", "beginner"});          // by id
  d.skills.push_back({0, "sanitation", "expert"});  // twice: kept once
  d.languages.push_back("fr");
  auto errors = check(d, kKnown);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(d.skills.size(), 2u);
  EXPECT_EQ(d.skills[0].skill_id, 3);
  EXPECT_EQ(d.skills[1].slug, "hydraulics");
  EXPECT_EQ(d.languages, (std::vector<std::string>{"fr", "ar"}));
  EXPECT_FALSE(d.amount_minor.has_value());
  EXPECT_TRUE(d.currency.empty());
  EXPECT_TRUE(d.item.empty());
}

TEST(NeedRules, BadSkillNeedsSayWhatIsWrong) {
  auto end_first = skill_need();
  end_first.period_end = "2027-06-30";
  EXPECT_TRUE(has(check(end_first, kKnown), "period_end", "needs.errors.period_order"));

  auto unknown = skill_need();
  unknown.skills = {{999, "", "expert"}};
  EXPECT_TRUE(has(check(unknown, kKnown), "skills", "needs.errors.skill_unknown"));
  auto unknown_slug = skill_need();
  unknown_slug.skills = {{0, "astrology", "expert"}};
  EXPECT_TRUE(has(check(unknown_slug, kKnown), "skills", "needs.errors.skill_unknown"));

  auto none = skill_need();
  none.skills.clear();
  EXPECT_TRUE(has(check(none, kKnown), "skills", "needs.errors.skills_required"));

  auto level = skill_need();
  level.skills = {{0, "sanitation", "guru"}};
  EXPECT_TRUE(has(check(level, kKnown), "skills", "needs.errors.skill_level"));

  auto mode = skill_need();
  mode.mode = "telepathy";
  EXPECT_TRUE(has(check(mode, kKnown), "mode", "needs.errors.mode"));

  auto date = skill_need();
  date.period_start = "2027-02-30";
  EXPECT_TRUE(has(check(date, kKnown), "period_start", "needs.errors.date"));

  auto effort = skill_need();
  effort.effort_days = 0;
  EXPECT_TRUE(has(check(effort, kKnown), "effort_days", "needs.errors.effort_days"));

  auto lang = skill_need();
  lang.languages = {"klingon"};
  EXPECT_TRUE(has(check(lang, kKnown), "languages", "needs.errors.language"));

  auto title = skill_need();
  title.title = "ab";
  EXPECT_TRUE(has(check(title, kKnown), "title", "needs.errors.title"));
}

TEST(NeedRules, FundingNeedsHaveAPositiveAmountInMadOrEur) {
  NeedData d;
  d.kind = "funding";
  d.title = "Cofinancement de la station";
  d.amount_minor = 15000000;
  d.currency = "MAD";
  d.mode = "remote";  // a skill field: cleared
  EXPECT_TRUE(check(d, kKnown).empty());
  EXPECT_TRUE(d.mode.empty());
  auto negative = d;
  negative.amount_minor = -100;
  EXPECT_TRUE(has(check(negative, kKnown), "amount", "needs.errors.amount_positive"));
  auto zero = d;
  zero.amount_minor = 0;
  EXPECT_TRUE(has(check(zero, kKnown), "amount", "needs.errors.amount_positive"));
  auto missing = d;
  missing.amount_minor.reset();
  EXPECT_TRUE(has(check(missing, kKnown), "amount", "needs.errors.amount"));
  auto huge = d;
  huge.amount_minor = kMaxAmountMinor + 1;
  EXPECT_TRUE(has(check(huge, kKnown), "amount", "needs.errors.amount"));
  auto dollars = d;
  dollars.currency = "USD";
  EXPECT_TRUE(has(check(dollars, kKnown), "currency", "needs.errors.currency"));
}

TEST(NeedRules, MaterialNeedsNameAnItemAndAQuantity) {
  NeedData d;
  d.kind = "material";
  d.title = "Bacs de tri";
  d.item = "Bac de 240 litres";
  d.quantity = 20;
  EXPECT_TRUE(check(d, kKnown).empty());
  auto no_item = d;
  no_item.item = "x";
  EXPECT_TRUE(has(check(no_item, kKnown), "item", "needs.errors.item"));
  auto no_quantity = d;
  no_quantity.quantity = 0;
  EXPECT_TRUE(has(check(no_quantity, kKnown), "quantity", "needs.errors.quantity"));
  no_quantity.quantity.reset();
  EXPECT_TRUE(has(check(no_quantity, kKnown), "quantity", "needs.errors.quantity"));
}

TEST(NeedRules, AnUnknownKindAndBrokenTextAreRefused) {
  NeedData d;
  d.kind = "wish";
  d.title = "Un souhait";
  EXPECT_TRUE(has(check(d, kKnown), "kind", "needs.errors.kind"));
  NeedData broken;
  broken.kind = "material";
  broken.title = "\xff\xfe";
  EXPECT_TRUE(has(check(broken, kKnown), "form", "errors.form.invalid_utf8"));
}

}  // namespace
}  // namespace comdev::needs
