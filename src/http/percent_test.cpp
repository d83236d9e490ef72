#include "http/percent.h"

#include <gtest/gtest.h>

namespace comdev::http {
namespace {

TEST(PercentDecode, DecodesEscapesAndOptionallyPlus) {
  EXPECT_EQ(percent_decode("a%20b%2Fc"), "a b/c");
  EXPECT_EQ(percent_decode("%C3%A9t%c3%a9"), "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(percent_decode("a+b"), "a+b");
  EXPECT_EQ(percent_decode("a+b", true), "a b");
}

TEST(PercentDecode, RejectsTruncatedOrNonHexEscapes) {
  EXPECT_FALSE(percent_decode("%"));
  EXPECT_FALSE(percent_decode("abc%4"));
  EXPECT_FALSE(percent_decode("%zz"));
}

TEST(PercentEncode, KeepsUnreservedAndRoundTrips) {
  EXPECT_EQ(percent_encode("a-b_c.d~"), "a-b_c.d~");
  EXPECT_EQ(percent_encode("a b/é"), "a%20b%2F%C3%A9");
  EXPECT_EQ(percent_decode(percent_encode("x=1&y=ٍ2")), "x=1&y=ٍ2");
}

}  // namespace
}  // namespace comdev::http
