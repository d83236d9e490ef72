#include "features/members/password.h"

#include <gtest/gtest.h>

namespace comdev::members {
namespace {

TEST(Password, HashIsArgon2idAndVerifies) {
  auto h = hash_password("une phrase de passe");
  ASSERT_TRUE(h.ok());
  EXPECT_TRUE(h->starts_with("$argon2id$"));
  EXPECT_TRUE(verify_password(*h, "une phrase de passe"));
  EXPECT_FALSE(verify_password(*h, "une phrase de passE"));
}

TEST(Password, SamePasswordHashesDifferently) {
  auto a = hash_password("une phrase de passe");
  auto b = hash_password("une phrase de passe");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);  // salted
}

TEST(Password, StrengthRules) {
  EXPECT_EQ(check_password_strength("court").error().message_id, "members.password.too_short");
  EXPECT_EQ(check_password_strength("AZERTYUIOP").error().message_id,
            "members.password.too_common");
  EXPECT_TRUE(check_password_strength("كلمة سر طويلة").ok());  // 13 characters, 24 bytes
  EXPECT_FALSE(check_password_strength("كلمة").ok());
}

}  // namespace
}  // namespace comdev::members
