#include "http/form.h"

#include <gtest/gtest.h>

namespace comdev::http {
namespace {

TEST(Form, ParsesFieldsInOrderWithRepeatsAndDecoding) {
  auto f = parse_form("title=Puits+du+douar&skill=water&skill=solar&note=%D8%B3%D9%84%D8%A7%D9%85");
  ASSERT_TRUE(f) << f.error().message_id;
  EXPECT_EQ(f->get("title"), "Puits du douar");
  EXPECT_EQ(f->all("skill"), (std::vector<std::string_view>{"water", "solar"}));
  EXPECT_EQ(f->get("note"), "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85");
  EXPECT_EQ(f->fields().front().first, "title");
  EXPECT_EQ(f->size(), 4u);
}

TEST(Form, AbsentFieldIsEmptyAndNotPresent) {
  auto f = parse_form("a=&b");
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->has("a"));
  EXPECT_TRUE(f->has("b"));
  EXPECT_EQ(f->get("a"), "");
  EXPECT_FALSE(f->has("c"));
  EXPECT_TRUE(f->all("c").empty());
}

TEST(Form, EmptyPairsAreIgnored) {
  auto f = parse_form("&a=1&&b=2&");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->size(), 2u);
  EXPECT_TRUE(parse_form("")->size() == 0);
}

TEST(Form, InvalidUtf8IsRejected) {
  auto f = parse_form("name=%C3%28");
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().code, ErrorCode::invalid);
  EXPECT_EQ(f.error().message_id, "errors.form.invalid_utf8");
  EXPECT_EQ(parse_form("%FF=1").error().message_id, "errors.form.invalid_utf8");
}

TEST(Form, BadPercentEncodingIsRejected) {
  EXPECT_EQ(parse_form("a=%G1").error().message_id, "errors.form.invalid_encoding");
}

TEST(Form, LimitsOnFieldCountAndLength) {
  FormLimits limits{.max_fields = 2, .max_field_bytes = 4};
  EXPECT_TRUE(parse_form("a=1&b=2", limits));
  EXPECT_EQ(parse_form("a=1&b=2&c=3", limits).error().message_id, "errors.form.too_many_fields");
  EXPECT_TRUE(parse_form("a=abcd", limits));
  EXPECT_EQ(parse_form("a=abcde", limits).error().message_id, "errors.form.field_too_long");
  EXPECT_EQ(parse_form("abcde=1", limits).error().message_id, "errors.form.field_too_long");
}

TEST(Form, QueryStringUsesTheSameRules) {
  auto q = parse_query("page=2&q=caf%C3%A9+bio");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->get("page"), "2");
  EXPECT_EQ(q->get("q"), "caf\xC3\xA9 bio");
}

}  // namespace
}  // namespace comdev::http
