#include "features/accounts/accounts_rules.h"

#include <gtest/gtest.h>

namespace comdev::accounts {
namespace {

core::Seconds at(const char* iso) {
  return *core::parse_iso(iso);
}

TEST(AccountsRules, LinksLiveAsLongAsTheirPurposeAllows) {
  EXPECT_EQ(lifetime(Purpose::verify), std::chrono::hours(48));
  EXPECT_EQ(lifetime(Purpose::change_email), std::chrono::hours(48));
  EXPECT_EQ(lifetime(Purpose::reset), std::chrono::hours(1));
  for (auto p : {Purpose::verify, Purpose::reset, Purpose::change_email}) {
    EXPECT_EQ(parse_purpose(purpose_name(p)), p);
  }
  EXPECT_FALSE(parse_purpose("admin").has_value());
}

TEST(AccountsRules, ATokenIsUsableOnceAndUntilItExpires) {
  EmailToken t{
      1,           Purpose::reset, "a@example.org", "2026-11-22T10:00:00Z", "2026-11-22T11:00:00Z",
      std::nullopt};
  EXPECT_FALSE(token_problem(t, at("2026-11-22T10:59:59Z")).has_value());
  EXPECT_EQ(token_problem(t, at("2026-11-22T11:00:00Z")), "accounts.token.expired");
  t.used_at = "2026-11-22T10:30:00Z";
  EXPECT_EQ(token_problem(t, at("2026-11-22T10:31:00Z")), "accounts.token.used");
  // Used and expired: "already used" is what explains the refusal.
  EXPECT_EQ(token_problem(t, at("2026-11-23T00:00:00Z")), "accounts.token.used");
  t.used_at.reset();
  t.expires_at = "garbage";
  EXPECT_EQ(token_problem(t, at("2026-11-22T10:00:00Z")), "accounts.token.expired");
}

TEST(AccountsRules, FiveFailedSignInsPerAddressInFifteenMinutes) {
  auto start = at("2026-11-22T10:00:00Z");
  EXPECT_FALSE(limited(4, start, start + std::chrono::minutes(1), kSigninPerEmail));
  EXPECT_TRUE(limited(5, start, start + std::chrono::minutes(1), kSigninPerEmail));
  EXPECT_TRUE(limited(5, start, start + std::chrono::minutes(14), kSigninPerEmail));
  // A new window starts after fifteen minutes.
  EXPECT_FALSE(limited(5, start, start + std::chrono::minutes(15), kSigninPerEmail));
  EXPECT_TRUE(window_over(start, start + std::chrono::minutes(15), kSigninPerEmail));
  EXPECT_FALSE(window_over(start, start + std::chrono::minutes(14), kSigninPerEmail));
}

TEST(AccountsRules, PerClientLimitsAreWiderThanPerAddressOnes) {
  EXPECT_GT(kSigninPerIp.max, kSigninPerEmail.max);
  EXPECT_GT(kMailPerIp.max, kMailPerEmail.max);
  auto start = at("2026-11-22T10:00:00Z");
  EXPECT_FALSE(limited(19, start, start, kSigninPerIp));
  EXPECT_TRUE(limited(20, start, start, kSigninPerIp));
  EXPECT_TRUE(limited(3, start, start, kMailPerEmail));
}

TEST(AccountsRules, BucketsAreNamespacedByRule) {
  EXPECT_EQ(bucket(kSigninPerEmail, "abc"), "signin.email:abc");
  EXPECT_NE(bucket(kSigninPerEmail, "abc"), bucket(kMailPerEmail, "abc"));
}

TEST(AccountsRules, ATokenIdIsSixteenLowercaseHexDigits) {
  EXPECT_TRUE(is_api_token_id("0123456789abcdef"));
  EXPECT_FALSE(is_api_token_id("0123456789ABCDEF"));
  EXPECT_FALSE(is_api_token_id("0123456789abcde"));
  EXPECT_FALSE(is_api_token_id("0123456789abcdef0"));
  EXPECT_FALSE(is_api_token_id("0123456789abcdeg"));
  EXPECT_FALSE(is_api_token_id("../../etc/passwd"));
}

TEST(AccountsRules, ATokenNameIsTrimmedAndCutBetweenCharacters) {
  EXPECT_EQ(api_token_name("  tableau de bord \n"), "tableau de bord");
  // 99 ASCII bytes then a two-byte letter across the 100-byte limit: the letter goes whole.
  std::string name = std::string(99, 'a') + "\xC3\xA9" + "tude";
  EXPECT_EQ(api_token_name(name), std::string(99, 'a'));
  // Arabic letters are two bytes each: 60 of them keep 50.
  std::string arabic;
  for (int i = 0; i < 60; ++i) arabic += "\xD8\xB3";
  EXPECT_EQ(api_token_name(arabic).size(), 100u);
}

}  // namespace
}  // namespace comdev::accounts
