#include "features/contact/contact_forms.h"

#include <gtest/gtest.h>

namespace comdev::contact {
namespace {

constexpr std::string_view kKey = "k3y-0123456789abcdef";

TEST(ContactForm, AcceptsAValidMessageAndTrimsIt) {
  auto m = validate(
      {kKey, "  Une élue  ", "elue@example.org", "Bonjour, nous cherchons un ingénieur."}, "fr");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->name, "Une élue");
  EXPECT_EQ(m->lang, "fr");
}

TEST(ContactForm, CountsCharactersNotBytes) {
  std::string arabic;
  for (int i = 0; i < 100; ++i) arabic += "ب";  // 200 bytes, 100 characters
  auto m = validate({kKey, arabic, "a@example.org", "رسالة طويلة بما يكفي"}, "ar");
  EXPECT_TRUE(m.ok());
  arabic += "ب";
  auto too_long = validate({kKey, arabic, "a@example.org", "رسالة طويلة بما يكفي"}, "ar");
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().fields.at(0).field, "name");
}

TEST(ContactForm, ReportsEveryBadFieldAtOnce) {
  auto m = validate({kKey, "", "not-an-email", "short"}, "fr");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, ErrorCode::invalid);
  ASSERT_EQ(m.error().fields.size(), 3u);
  EXPECT_EQ(m.error().fields[0].message_id, "contact.errors.name_length");
  EXPECT_EQ(m.error().fields[1].message_id, "contact.errors.email");
  EXPECT_EQ(m.error().fields[2].message_id, "contact.errors.message_length");
}

TEST(ContactForm, RefusesInvalidUtf8) {
  auto m = validate({kKey, "bad\xC3", "a@example.org", "a long enough message"}, "fr");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().message_id, "errors.form.invalid_utf8");
}

TEST(ContactForm, RefusesAMalformedRequestKey) {
  EXPECT_FALSE(validate({"short", "N", "a@example.org", "a long enough message"}, "fr").ok());
  EXPECT_FALSE(
      validate({"has spaces in it!!!!", "N", "a@example.org", "a long enough message"}, "fr").ok());
}

TEST(ContactForm, EmailPlausibility) {
  EXPECT_TRUE(plausible_email("x@y.ma"));
  EXPECT_FALSE(plausible_email("x@y"));
  EXPECT_FALSE(plausible_email("@y.ma"));
  EXPECT_FALSE(plausible_email("x@@y.ma"));
  EXPECT_FALSE(plausible_email("x y@z.ma"));
  EXPECT_FALSE(plausible_email("x@y.ma."));
}

}  // namespace
}  // namespace comdev::contact
