// The receipt's rules: its number, its year, the gaps an audit looks for, the amount in words in
// each language, the day as the reader writes it, the mention its status requires and the
// register's CSV (cancelled receipts kept, formulas neutralised).
#include "features/receipts/receipt_rules.h"

#include <gtest/gtest.h>

namespace comdev::receipts {
namespace {

TEST(ReceiptRules, NumbersSortAsTextWithinAYear) {
  EXPECT_EQ(display_number(2026, 42), "2026-000042");
  EXPECT_EQ(display_number(2027, 1), "2027-000001");
  EXPECT_LT(display_number(2026, 9), display_number(2026, 10));
}

TEST(ReceiptRules, TheYearIsReadFromTheIsoText) {
  EXPECT_EQ(year_of("2026-12-31T23:59:59Z"), 2026);
  EXPECT_EQ(year_of("2027-01-01"), 2027);
  EXPECT_EQ(year_of("20x6-01-01"), 0);
  EXPECT_EQ(year_of(""), 0);
}

TEST(ReceiptRules, GapsAreTheMissingNumbers) {
  EXPECT_EQ(gaps({3, 1, 5}), (std::vector<std::int64_t>{2, 4}));
  EXPECT_TRUE(gaps({1, 2, 3}).empty());
  EXPECT_TRUE(gaps({}).empty());
  EXPECT_EQ(gaps({2, 2}), (std::vector<std::int64_t>{1}));
}

TEST(ReceiptRules, AmountsAreWrittenOutInFrench) {
  EXPECT_EQ(amount_in_words(i18n::Lang::fr, 125050, "EUR"),
            "mille deux cent cinquante euros et cinquante centimes");
  EXPECT_EQ(amount_in_words(i18n::Lang::fr, 100, "EUR"), "un euro");
  EXPECT_EQ(amount_in_words(i18n::Lang::fr, 50000, "MAD"), "cinq cents dirhams");
  EXPECT_EQ(amount_in_words(i18n::Lang::fr, 101, "MAD"), "un dirham et un centime");
}

TEST(ReceiptRules, AmountsAreWrittenOutInEnglishAndArabic) {
  EXPECT_EQ(amount_in_words(i18n::Lang::en, 200, "EUR"), "two euros");
  std::string ar = amount_in_words(i18n::Lang::ar, 50000, "MAD");
  EXPECT_NE(ar.find("درهم"), std::string::npos) << ar;
  // Arabic letters, not the digits.
  EXPECT_EQ(ar.find("500"), std::string::npos) << ar;
  EXPECT_NE(ar.find("\xD8"), std::string::npos) << ar;
}

TEST(ReceiptRules, DaysAreWrittenAsTheReaderWritesThem) {
  EXPECT_EQ(long_day(i18n::Lang::fr, "2026-12-06"), "6 décembre 2026");
  EXPECT_EQ(long_day(i18n::Lang::fr, "2026-12-06T23:30:00Z"), "6 décembre 2026");
  EXPECT_EQ(long_day(i18n::Lang::en, "2027-01-02"), "2 January 2027");
  EXPECT_EQ(long_day(i18n::Lang::fr, "soon"), "soon");
}

TEST(ReceiptRules, OnlyAnEligibleOrganisationIssuesTaxReceipts) {
  Receipt r;
  EXPECT_EQ(status_mention_key(r), "receipts.mention.not_tax");
  r.organisation.tax_eligible = true;
  EXPECT_EQ(status_mention_key(r), "receipts.mention.tax");
}

TEST(ReceiptRules, TheRegisterKeepsCancelledReceiptsAndNeutralisesFormulas) {
  Receipt a;
  a.year = 2026;
  a.number = 1;
  a.issued_at = "2026-03-01T10:00:00Z";
  a.donated_on = "2026-03-01";
  a.donor_name = "=HYPERLINK(\"http://x\",\"y\")";
  a.amount_minor = 50000;
  a.currency = "MAD";
  a.campaign_title = "Château d'eau, Taliouine";
  a.pledge_reference = "K7P2-M9QX";
  Receipt b = a;
  b.number = 2;
  b.donor_name = "Donatrice";
  b.cancelled_at = "2026-03-05T09:00:00Z";
  std::string csv = register_csv({a, b});
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                      "number,issued_on,",
                      0),
            0u);
  EXPECT_NE(
      csv.find("2026-000001,2026-03-01,2026-03-01,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
               "500.00,MAD,transfer,no,\"Château d'eau, Taliouine\",K7P2-M9QX,issued,\r\n"),
      std::string::npos)
      << csv;
  EXPECT_NE(csv.find("2026-000002,"), std::string::npos);
  EXPECT_NE(csv.find(",cancelled,2026-03-05\r\n"), std::string::npos) << csv;
}

}  // namespace
}  // namespace comdev::receipts
