#include "money/money.h"

#include <gtest/gtest.h>

#include <limits>

namespace comdev::money {
namespace {

std::string error_of(std::string_view typed) {
  auto r = parse_amount(typed);
  return r ? "ok" : r.error().message_id;
}

TEST(MoneyParse, ReadsWhatPeopleType) {
  EXPECT_EQ(*parse_amount("15000"), 1500000);
  EXPECT_EQ(*parse_amount("15 000"), 1500000);
  EXPECT_EQ(*parse_amount("15\xc2\xa0"
                          "000,50"),
            1500050);
  EXPECT_EQ(*parse_amount("15\xe2\x80\xaf"
                          "000,50 "),
            1500050);
  EXPECT_EQ(*parse_amount("15000.5"), 1500050);
  EXPECT_EQ(*parse_amount("0,01"), 1);
  EXPECT_EQ(*parse_amount("+20"), 2000);
  EXPECT_EQ(*parse_amount("007"), 700);
  EXPECT_EQ(*parse_amount("1000000000"), kMaxMinor);
}

TEST(MoneyParse, ReadsArabicIndicDigitsAndSeparators) {
  // ١٥٠٠٫٥ and ۲۰۰
  EXPECT_EQ(*parse_amount("\xd9\xa1\xd9\xa5\xd9\xa0\xd9\xa0\xd9\xab\xd9\xa5"), 150050);
  EXPECT_EQ(*parse_amount("\xdb\xb2\xdb\xb0\xdb\xb0"), 20000);
  EXPECT_EQ(*parse_amount("\xd9\xa1\xd9\xac\xd9\xa0\xd9\xa0\xd9\xa0"), 100000);  // ١٬٠٠٠
}

TEST(MoneyParse, SaysWhatIsWrong) {
  for (const char* bad : {"", " ", "abc", "1e5", "1,2,3", "1.200,50", "12#4", ",5", "5,", "--5",
                          "5-", "15 000,5 0", "150 €", "0x10"}) {
    EXPECT_EQ(error_of(bad), "money.errors.amount") << bad;
  }
  for (const char* bad : {"0", "0,00", "-0", "-5", "-15000,50",
                          "\xe2\x88\x92"
                          "3"}) {
    EXPECT_EQ(error_of(bad), "money.errors.positive") << bad;
  }
  for (const char* bad : {"1.500", "12,345", "10.001"}) {
    EXPECT_EQ(error_of(bad), "money.errors.decimals") << bad;
  }
  for (const char* bad : {"1000000000,01", "1000000000000000", "99999999999999999999999"}) {
    EXPECT_EQ(error_of(bad), "money.errors.too_large") << bad;
  }
  auto r = parse_amount("600", 50000);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().params.size(), 1u);
  EXPECT_EQ(r.error().params[0].second, "500");
}

TEST(MoneySpreadsheet, ReadsTheUsualWritings) {
  EXPECT_EQ(parse_spreadsheet_amount("1200000"), 120000000);
  EXPECT_EQ(parse_spreadsheet_amount("1 200 000"), 120000000);
  EXPECT_EQ(parse_spreadsheet_amount("1\xc2\xa0"
                                     "200\xe2\x80\xaf"
                                     "000 DH"),
            120000000);
  EXPECT_EQ(parse_spreadsheet_amount("1.200.000"), 120000000);
  EXPECT_EQ(parse_spreadsheet_amount("1,200,000"), 120000000);
  EXPECT_EQ(parse_spreadsheet_amount("1200000,50"), 120000050);
  EXPECT_EQ(parse_spreadsheet_amount("1.200.000,5"), 120000050);
  EXPECT_EQ(parse_spreadsheet_amount("1,200,000.50"), 120000050);
  EXPECT_EQ(parse_spreadsheet_amount("450000 MAD"), 45000000);
  EXPECT_EQ(parse_spreadsheet_amount("0"), 0);
  EXPECT_EQ(parse_spreadsheet_amount("1.200"), 120000);  // one dot, three digits: thousands
  EXPECT_FALSE(parse_spreadsheet_amount("-5000"));
  EXPECT_FALSE(parse_spreadsheet_amount("beaucoup"));
  EXPECT_FALSE(parse_spreadsheet_amount(""));
  EXPECT_FALSE(parse_spreadsheet_amount("12#4"));
  EXPECT_FALSE(parse_spreadsheet_amount("1,200.000,50.1"));
  EXPECT_FALSE(parse_spreadsheet_amount("99999999999999999999"));
}

TEST(MoneyCurrency, KnowsTheTwoCurrenciesOnly) {
  EXPECT_TRUE(is_currency("MAD"));
  EXPECT_TRUE(is_currency("EUR"));
  EXPECT_FALSE(is_currency("mad"));
  EXPECT_FALSE(is_currency("USD"));
  EXPECT_EQ(currency_code(""), "MAD");
  EXPECT_EQ(currency_code(" DH "), "MAD");
  EXPECT_EQ(currency_code("\xd8\xaf\xd8\xb1\xd9\x87\xd9\x85"), "MAD");
  EXPECT_EQ(currency_code("\xe2\x82\xac"), "EUR");
  EXPECT_EQ(currency_code("Euros"), "EUR");
  EXPECT_FALSE(currency_code("USD"));
}

TEST(MoneyArithmetic, RefusesOverflowAndWritesExactDecimals) {
  EXPECT_EQ(checked_add(1, 2), 3);
  EXPECT_FALSE(checked_add(std::numeric_limits<std::int64_t>::max(), 1));
  EXPECT_EQ(to_decimal(123450), "1234.50");
  EXPECT_EQ(to_decimal(5), "0.05");
  EXPECT_EQ(to_decimal(-5), "-0.05");
  EXPECT_EQ(to_decimal(0), "0.00");
  EXPECT_EQ(to_decimal(std::numeric_limits<std::int64_t>::min()), "-92233720368547758.08");
}

}  // namespace
}  // namespace comdev::money
