#include "features/needs/need_forms.h"

#include <gtest/gtest.h>

namespace comdev::needs {
namespace {

const std::vector<SkillRef> kKnown = {{3, "sanitation", "Assainissement", "", ""}};

http::Form form(std::initializer_list<std::pair<const char*, const char*>> fields) {
  http::Form f;
  for (const auto& [k, v] : fields) f.add(k, v);
  return f;
}

bool has_field(const Error& e, std::string_view field, std::string_view key) {
  for (const auto& f : e.fields) {
    if (f.field == field && f.message_id == key) return true;
  }
  return false;
}

TEST(NeedForms, ASkillNeedIsReadFromItsFormPart) {
  auto f = form({{"kind", "skill"},
                 {"title", "  Étude d'assainissement  "},
                 {"mode", "on_site"},
                 {"period_start", "2027-07-01"},
                 {"period_end", "2027-08-31"},
                 {"effort_days", "10"},
                 {"skill.sanitation", "expert"},
                 {"skill.hydraulics", ""},
                 {"languages", "fr"},
                 {"languages", "ar"},
                 {"amount", "-5"},  // the funding part, ignored for a skill need
                 {"quantity", "abc"}});
  auto d = parse_need(f, kKnown);
  ASSERT_TRUE(d.ok()) << (d.ok() ? "" : d.error().fields.front().message_id);
  EXPECT_EQ(d->title, "Étude d'assainissement");
  ASSERT_EQ(d->skills.size(), 1u);
  EXPECT_EQ(d->skills[0].skill_id, 3);
  EXPECT_EQ(d->effort_days, 10);
  EXPECT_EQ(d->languages.size(), 2u);
  EXPECT_FALSE(d->amount_minor.has_value());
}

TEST(NeedForms, ANegativeAmountIsSaidPlainly) {
  auto d = parse_need(form({{"kind", "funding"},
                            {"title", "Cofinancement"},
                            {"amount", "-1500"},
                            {"currency", "MAD"}}),
                      kKnown);
  ASSERT_FALSE(d.ok());
  EXPECT_TRUE(has_field(d.error(), "amount", "money.errors.positive"));
  EXPECT_EQ(d.error().fields.size(), 1u);  // not also "amount missing"
  auto ok = parse_need(form({{"kind", "funding"},
                             {"title", "Cofinancement"},
                             {"amount", "150 000,50"},
                             {"currency", "EUR"}}),
                       kKnown);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->amount_minor, 15000050);
}

TEST(NeedForms, AnEndBeforeTheStartAndUnknownSkillsAreRefused) {
  auto d = parse_need(form({{"kind", "skill"},
                            {"title", "Topographie"},
                            {"mode", "remote"},
                            {"period_start", "2027-08-01"},
                            {"period_end", "2027-07-01"},
                            {"skill.astrology", "expert"}}),
                      kKnown);
  ASSERT_FALSE(d.ok());
  EXPECT_TRUE(has_field(d.error(), "period_end", "needs.errors.period_order"));
  EXPECT_TRUE(has_field(d.error(), "skills", "needs.errors.skill_unknown"));
}

TEST(NeedForms, AnEditKeepsTheNeedsKind) {
  auto d = parse_need(
      form({{"kind", "funding"}, {"title", "Bacs de tri"}, {"item", "Bac"}, {"quantity", "20"}}),
      kKnown, "material");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->kind, "material");
  EXPECT_EQ(d->quantity, 20);
}

TEST(NeedForms, UnreadableNumbersAreFieldErrors) {
  auto d = parse_need(
      form({{"kind", "material"}, {"title", "Bacs de tri"}, {"item", "Bac"}, {"quantity", "-3"}}),
      kKnown);
  ASSERT_FALSE(d.ok());
  EXPECT_TRUE(has_field(d.error(), "quantity", "needs.errors.quantity"));
  EXPECT_EQ(parse_status("satisfied").value(), "satisfied");
  EXPECT_FALSE(parse_status("done").ok());
  EXPECT_EQ(parse_id("42"), 42);
  EXPECT_EQ(parse_id("-1"), 0);
}

}  // namespace
}  // namespace comdev::needs
