#include "features/digest/digest_forms.h"

#include <gtest/gtest.h>

namespace comdev::digest {
namespace {

http::Form form_of(std::vector<std::pair<std::string, std::string>> fields) {
  http::Form f;
  for (auto& [k, v] : fields) f.add(k, v);
  return f;
}

TEST(DigestForms, SettingsTakeOneOfTheThreeFrequencies) {
  EXPECT_EQ(*parse_settings(form_of({{"frequency", "off"}})), Frequency::off);
  EXPECT_EQ(*parse_settings(form_of({{"frequency", "daily"}})), Frequency::daily);
  EXPECT_EQ(*parse_settings(form_of({{"frequency", "weekly"}})), Frequency::weekly);
}

TEST(DigestForms, MissingOrUnknownFrequencyIsAFieldError) {
  for (auto f : {form_of({}), form_of({{"frequency", ""}}), form_of({{"frequency", "hourly"}})}) {
    auto r = parse_settings(f);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.error().fields.size(), 1u);
    EXPECT_EQ(r.error().fields[0].field, "frequency");
    EXPECT_EQ(r.error().fields[0].message_id, "digest.errors.frequency");
  }
}

TEST(DigestForms, TokenComesFromTheQueryElseTheForm) {
  std::string t(43, 'a');
  std::string u(43, 'b');
  EXPECT_EQ(*parse_token(form_of({{"token", t}}), form_of({{"token", u}})), t);
  EXPECT_EQ(*parse_token(form_of({}), form_of({{"token", u}})), u);
}

TEST(DigestForms, MangledTokensReadAsUnknownOnes) {
  for (std::string bad :
       {std::string(), std::string("short"), std::string(43, 'a') + "%", std::string(42, 'a') + " ",
        std::string(129, 'a'), std::string(40, 'a') + "\xc3\xa9"}) {
    auto r = parse_token(form_of({{"token", bad}}), form_of({}));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::not_found);
    EXPECT_EQ(r.error().message_id, "digest.unsubscribe.bad_token");
  }
}

}  // namespace
}  // namespace comdev::digest
