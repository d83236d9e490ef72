#include "features/campaign_reports/report_forms.h"

#include <gtest/gtest.h>

namespace comdev::campaign_reports {
namespace {

bool has_field(const Error& e, std::string_view field, std::string_view key) {
  for (const auto& f : e.fields) {
    if (f.field == field && f.message_id == key) return true;
  }
  return false;
}

TEST(ReportForms, ACostNeedsALabelAndAnAmount) {
  auto ok = parse_cost("  Frais bancaires ", "12,50");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->label, "Frais bancaires");
  EXPECT_EQ(ok->amount_minor, 1250);
  auto bad = parse_cost("", "-3");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(has_field(bad.error(), "label", "campaign_reports.errors.label_required"));
  EXPECT_TRUE(has_field(bad.error(), "amount", "money.errors.positive"));
  EXPECT_FALSE(parse_cost(std::string(201, 'x'), "1").ok());
}

TEST(ReportForms, TheSendingIsADayNotInTheFutureWithAReference) {
  auto ok = parse_sent("2027-02-10", " AR 2027/118 ", "2027-02-10");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->reference, "AR 2027/118");
  auto future = parse_sent("2027-02-11", "AR", "2027-02-10");
  ASSERT_FALSE(future.ok());
  EXPECT_TRUE(has_field(future.error(), "sent_on", "campaign_reports.errors.sent_in_future"));
  auto bad = parse_sent("2027-02-30", "", "2027-03-10");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(has_field(bad.error(), "sent_on", "campaign_reports.errors.day"));
  EXPECT_TRUE(has_field(bad.error(), "reference", "campaign_reports.errors.reference_required"));
}

}  // namespace
}  // namespace comdev::campaign_reports
