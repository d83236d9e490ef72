#include "i18n/format.h"

#include <gtest/gtest.h>

namespace comdev::i18n {
namespace {

using std::chrono::sys_days;
using namespace std::chrono_literals;

TEST(FormatNumber, GroupsDigitsPerLanguage) {
  EXPECT_EQ(format_number(Lang::fr, 7), "7");
  EXPECT_EQ(format_number(Lang::fr, 1234567), "1\u202f234\u202f567");
  EXPECT_EQ(format_number(Lang::en, 1234567), "1,234,567");
  EXPECT_EQ(format_number(Lang::fr, -1500), "-1\u202f500");
}

TEST(FormatNumber, FastPathAgreesWithIcu) {
  for (Lang lang : kAllLangs) {
    for (std::int64_t n : {0LL, 5LL, 999LL, 1000LL, 9999LL, 12345LL, 999999LL, 1000000LL,
                           123456789LL, 9223372036854775807LL, -1LL, -1234567LL}) {
      std::string icu;
      append_number_with_icu(icu, lang, n);
      EXPECT_EQ(format_number(lang, n), icu) << code(lang) << " " << n;
    }
  }
}

TEST(FormatNumber, ArabicUsesWesternDigitsAsInMorocco) {
  std::string s = format_number(Lang::ar, 1234567);
  EXPECT_NE(s.find("1"), std::string::npos) << s;
  EXPECT_NE(s.find("567"), std::string::npos) << s;
  EXPECT_EQ(s.find("\u0661"), std::string::npos) << s;  // ARABIC-INDIC DIGIT ONE
}

TEST(FormatDate, WritesLongDatesPerLanguage) {
  auto t = sys_days{std::chrono::year{2026} / 11 / 22} + 12h;
  EXPECT_EQ(format_date(Lang::fr, std::chrono::sys_seconds{t}), "22 novembre 2026");
  EXPECT_EQ(format_date(Lang::en, std::chrono::sys_seconds{t}), "22 November 2026");
  std::string ar = format_date(Lang::ar, std::chrono::sys_seconds{t});
  EXPECT_NE(ar.find("22"), std::string::npos) << ar;
  EXPECT_NE(ar.find("2026"), std::string::npos) << ar;
  EXPECT_NE(ar.find("نونبر"), std::string::npos) << ar;  // Moroccan name of November
}

TEST(FormatDay, WritesTheCalendarDayWithItsWeekdayInAnyZone) {
  std::chrono::year_month_day d{std::chrono::year{2027} / 2 / 20};
  EXPECT_EQ(format_day(Lang::fr, d), "samedi 20 février 2027");
  EXPECT_EQ(format_day(Lang::en, d), "Saturday, 20 February 2027");
  std::string ar = format_day(Lang::ar, d);
  EXPECT_NE(ar.find("20"), std::string::npos) << ar;
  EXPECT_NE(ar.find("السبت"), std::string::npos) << ar;  // Saturday
}

TEST(FormatMoney, UsesExactMinorUnits) {
  EXPECT_EQ(format_money(Lang::fr, 123456, "EUR"), "1\u202f234,56\u00a0€");
  EXPECT_EQ(format_money(Lang::en, 123456, "EUR"), "€1,234.56");
  std::string mad = format_money(Lang::fr, 1500000, "MAD");
  EXPECT_NE(mad.find("15\u202f000,00"), std::string::npos) << mad;
  std::string ar = format_money(Lang::ar, 1500000, "MAD");
  EXPECT_NE(ar.find("15"), std::string::npos) << ar;
  EXPECT_EQ(format_money(Lang::en, -5, "EUR"), "-€0.05");
}

TEST(FormatMoney, UnknownCurrencyFallsBackToNumberAndCode) {
  EXPECT_EQ(format_money(Lang::en, 1234, "NOTACODE"), "1,234 NOTACODE");
}

}  // namespace
}  // namespace comdev::i18n
