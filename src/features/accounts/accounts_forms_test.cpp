#include "features/accounts/accounts_forms.h"

#include <gtest/gtest.h>

namespace comdev::accounts {
namespace {

bool has_field(const Error& e, std::string_view field, std::string_view message) {
  for (const auto& f : e.fields) {
    if (f.field == field && f.message_id == message) return true;
  }
  return false;
}

TEST(AccountsForms, AValidSignUpIsNormalised) {
  auto a = parse_signup(
      {"  Amina Oufkir ", " Amina.Oufkir@Example.ORG ", "tafraout 2026 août", "ar"}, "fr");
  ASSERT_TRUE(a) << a.error().message_id;
  EXPECT_EQ(a->display_name, "Amina Oufkir");
  EXPECT_EQ(a->email, "amina.oufkir@example.org");
  EXPECT_EQ(a->lang, "ar");
  auto d = parse_signup({"أمينة", "a@example.org", "tafraout 2026 août", "xx"}, "fr");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->lang, "fr");  // an unknown language falls back to the page's
}

TEST(AccountsForms, EveryBadFieldIsReported) {
  auto a = parse_signup({"", "not-an-address", "short", "fr"}, "fr");
  ASSERT_FALSE(a);
  EXPECT_TRUE(has_field(a.error(), "display_name", "accounts.errors.name"));
  EXPECT_TRUE(has_field(a.error(), "email", "accounts.errors.email"));
  EXPECT_TRUE(has_field(a.error(), "password", "members.password.too_short"));
  auto common = parse_signup({"N", "n@example.org", "azertyuiop", "fr"}, "fr");
  ASSERT_FALSE(common);
  EXPECT_TRUE(has_field(common.error(), "password", "members.password.too_common"));
  auto long_name =
      parse_signup({std::string(81, 'x'), "n@example.org", "long enough pw", "fr"}, "fr");
  ASSERT_FALSE(long_name);
  EXPECT_TRUE(has_field(long_name.error(), "display_name", "accounts.errors.name"));
  auto control = parse_signup({"a\x01", "n@example.org", "long enough pw", "fr"}, "fr");
  EXPECT_FALSE(control);
}

TEST(AccountsForms, NamesAreCountedInCharactersNotBytes) {
  std::string arabic;
  for (int i = 0; i < 80; ++i) arabic += "ب";  // 160 bytes, 80 characters
  EXPECT_TRUE(parse_signup({arabic, "n@example.org", "long enough pw", "ar"}, "fr"));
}

TEST(AccountsForms, InvalidUtf8IsRefusedAsAWhole) {
  auto a = parse_signup({"\xff\xfe", "n@example.org", "long enough pw", "fr"}, "fr");
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().message_id, "errors.form.invalid_utf8");
}

TEST(AccountsForms, Credentials) {
  auto c = parse_credentials(" A@Example.org", "x");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->email, "a@example.org");
  auto empty = parse_credentials("a@example.org", "");
  ASSERT_FALSE(empty);
  EXPECT_TRUE(has_field(empty.error(), "password", "accounts.errors.password_required"));
}

TEST(AccountsForms, EmailAddresses) {
  EXPECT_EQ(normalise_email("X@Y.example"), "x@y.example");
  for (auto bad : {"", "a", "@b.example", "a@b", "a@b.", "a b@c.example", "a@b@c.example",
                   "a<b>@c.example", "a@.example"}) {
    EXPECT_EQ(normalise_email(bad), "") << bad;
  }
  auto e = parse_email("nope", "new_email");
  ASSERT_FALSE(e);
  EXPECT_TRUE(has_field(e.error(), "new_email", "accounts.errors.email"));
}

TEST(AccountsForms, NewPasswordFollowsTheStrengthRules) {
  EXPECT_TRUE(parse_new_password("une phrase assez longue"));
  auto p = parse_new_password("123");
  ASSERT_FALSE(p);
  EXPECT_TRUE(has_field(p.error(), "password", "members.password.too_short"));
}

}  // namespace
}  // namespace comdev::accounts
