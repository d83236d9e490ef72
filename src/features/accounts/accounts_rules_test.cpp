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

TEST(AccountsRules, FiveSignInAttemptsPerAccountAndClientInFifteenMinutes) {
  EXPECT_TRUE(within_limit(1, kSigninPerAccountAndIp));
  EXPECT_TRUE(within_limit(5, kSigninPerAccountAndIp));
  EXPECT_FALSE(within_limit(6, kSigninPerAccountAndIp));
  EXPECT_EQ(kSigninPerAccountAndIp.window, std::chrono::minutes(15));
}

TEST(AccountsRules, PerClientLimitsAreWiderThanPerAddressOnes) {
  EXPECT_GT(kSigninPerIp.max, kSigninPerAccountAndIp.max);
  EXPECT_GT(kMailPerIp.max, kMailPerEmail.max);
  EXPECT_TRUE(within_limit(20, kSigninPerIp));
  EXPECT_FALSE(within_limit(21, kSigninPerIp));
  EXPECT_FALSE(within_limit(4, kMailPerEmail));
}

TEST(AccountsRules, BucketsAreNamespacedByRule) {
  EXPECT_EQ(bucket(kSigninPerAccountAndIp, "abc"), "signin.account_ip:abc");
  EXPECT_NE(bucket(kSigninPerAccountAndIp, "abc"), bucket(kMailPerEmail, "abc"));
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
