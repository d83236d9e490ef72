#include "features/campaigns/campaign_forms.h"

#include <gtest/gtest.h>

namespace comdev::campaigns {
namespace {

http::Form campaign_form() {
  http::Form f;
  f.add("title", "Château d'eau du douar");
  f.add("description", "Le douar attend l'eau.");
  f.add("currency", "MAD");
  f.add("goal", "150 000");
  f.add("starts_on", "2026-12-01");
  f.add("ends_on", "2027-02-28");
  f.add("organisation", "8");
  f.add("audience", "public_morocco");
  f.add("authorisation_ref", "AUT-2026/118");
  f.add("authorisation_on", "2026-11-20");
  f.add("bank_details", "RIB 007 780 0001234567890123 45");
  f.add("use_label", "Génie civil");
  f.add("use_amount", "100000");
  f.add("use_label", "");
  f.add("use_amount", "");
  return f;
}

http::Form with_budget_line() {
  http::Form f;
  const auto base = campaign_form();
  for (const auto& [k, v] : base.fields()) {
    if (k.rfind("use_", 0) != 0) f.add(k, v);
  }
  // A line of the project's budget (its name comes from the ledger), then a named use.
  f.add("use_line", "12");
  f.add("use_label", "");
  f.add("use_amount", "40 000");
  f.add("use_line", "");
  f.add("use_label", "Imprévus");
  f.add("use_amount", "5000");
  f.add("use_line", "13");
  f.add("use_label", "");
  f.add("use_amount", "");
  return f;
}

bool has_field(const Error& e, const std::string& field, const std::string& key) {
  for (const auto& f : e.fields) {
    if (f.field == field && f.message_id == key) return true;
  }
  return false;
}

TEST(CampaignForms, AWholeCampaignIsRead) {
  auto in = parse_campaign(campaign_form());
  ASSERT_TRUE(in) << in.error().message_id;
  EXPECT_EQ(in->goal_minor, 15'000'000);
  EXPECT_EQ(in->currency, "MAD");
  EXPECT_EQ(in->audience, Audience::public_morocco);
  EXPECT_EQ(in->organisation_id, 8);
  ASSERT_EQ(in->uses.size(), 1u);  // the empty pair is skipped
  EXPECT_EQ(in->uses[0].amount_minor, 10'000'000);
}

TEST(CampaignForms, FundUsesNameABudgetLineOrAreNamed) {
  auto in = parse_campaign(with_budget_line());
  ASSERT_TRUE(in) << in.error().message_id;
  ASSERT_EQ(in->uses.size(), 2u);  // the line without an amount is not used
  EXPECT_EQ(in->uses[0].budget_line_id, 12);
  EXPECT_EQ(in->uses[0].amount_minor, 4'000'000);
  EXPECT_EQ(in->uses[1].budget_line_id, 0);
  EXPECT_EQ(in->uses[1].label, "Imprévus");
}

TEST(CampaignForms, EveryProblemIsNamedAtOnce) {
  http::Form f;
  f.add("currency", "USD");
  f.add("goal", "-5");
  f.add("starts_on", "2027-02-30");
  f.add("ends_on", "demain");
  f.add("audience", "everyone");
  f.add("use_label", "");
  f.add("use_amount", "12,345");
  CampaignInput typed;
  auto in = parse_campaign(f, &typed);
  ASSERT_FALSE(in);
  const auto& e = in.error();
  EXPECT_TRUE(has_field(e, "title", "campaigns.errors.title_required"));
  EXPECT_TRUE(has_field(e, "currency", "campaigns.errors.currency"));
  EXPECT_TRUE(has_field(e, "goal", "money.errors.positive"));
  EXPECT_TRUE(has_field(e, "starts_on", "campaigns.errors.day"));
  EXPECT_TRUE(has_field(e, "ends_on", "campaigns.errors.day"));
  EXPECT_TRUE(has_field(e, "organisation", "campaigns.errors.organisation_required"));
  EXPECT_TRUE(has_field(e, "audience", "campaigns.errors.audience"));
  EXPECT_TRUE(has_field(e, "uses", "campaigns.errors.use_label_required"));
  EXPECT_TRUE(has_field(e, "uses", "money.errors.decimals"));
  EXPECT_EQ(typed.currency, "USD");  // shown again as typed
}

TEST(CampaignForms, TheEndComesAfterTheStart) {
  auto f = campaign_form();
  http::Form g;
  for (const auto& [k, v] : f.fields()) g.add(k, k == "ends_on" ? "2026-11-01" : v);
  auto in = parse_campaign(g);
  ASSERT_FALSE(in);
  EXPECT_TRUE(has_field(in.error(), "ends_on", "campaigns.errors.ends_before_start"));
}

TEST(CampaignForms, BadPledgeAmountsAreRefusedWithTheMoneyReadersReasons) {
  const std::pair<const char*, const char*> bad[] = {{"-10", "money.errors.positive"},
                                                     {"0", "money.errors.positive"},
                                                     {"1000000000000000", "money.errors.too_large"},
                                                     {"abc", "money.errors.amount"},
                                                     {"10,555", "money.errors.decimals"},
                                                     {"", "money.errors.amount"}};
  for (auto [typed, key] : bad) {
    auto p = parse_pledge(typed, "", false, "MAD");
    ASSERT_FALSE(p) << typed;
    EXPECT_TRUE(has_field(p.error(), "amount", key))
        << typed << " " << p.error().fields[0].message_id;
  }
  auto ok = parse_pledge("250,50", "MAD", true, "MAD");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->amount_minor, 25050);
  EXPECT_TRUE(ok->anonymous);
  // Arabic-Indic digits, as typed on an Arabic keyboard.
  auto arabic = parse_pledge("٢٥٠", "", false, "MAD");
  ASSERT_TRUE(arabic);
  EXPECT_EQ(arabic->amount_minor, 25000);
}

TEST(CampaignForms, APledgeIsInTheCampaignsCurrencyOnly) {
  auto usd = parse_pledge("100", "USD", false, "MAD");
  ASSERT_FALSE(usd);
  EXPECT_TRUE(has_field(usd.error(), "currency", "campaigns.errors.currency"));
  EXPECT_FALSE(parse_pledge("100", "EUR", false, "MAD"));
  EXPECT_TRUE(parse_pledge("100", "EUR", false, "EUR"));
}

TEST(CampaignForms, IdempotencyKeysAreShortPrintableText) {
  EXPECT_EQ(*parse_idempotency_key(""), "");
  EXPECT_EQ(*parse_idempotency_key("3f1c9a2e-key"), "3f1c9a2e-key");
  EXPECT_FALSE(parse_idempotency_key("short"));
  EXPECT_FALSE(parse_idempotency_key(std::string(101, 'k')));
  EXPECT_FALSE(parse_idempotency_key("has a space in it"));
}

TEST(CampaignForms, DaysAreRealCalendarDays) {
  EXPECT_TRUE(is_day("2028-02-29"));
  EXPECT_FALSE(is_day("2027-02-29"));
  EXPECT_FALSE(is_day("2027-13-01"));
  EXPECT_FALSE(is_day("27-01-01"));
}

}  // namespace
}  // namespace comdev::campaigns
