#include "core/result.h"

#include <gtest/gtest.h>

#include <string>

namespace comdev {
namespace {

Result<int> parse_positive(int x) {
  if (x <= 0) return Error::invalid("errors.not_positive");
  return x;
}

Result<std::string> describe(int x) {
  auto r = parse_positive(x);
  if (!r) return r.error();  // an Error converts to any Result
  return std::to_string(*r);
}

TEST(Result, HoldsAValue) {
  auto r = parse_positive(3);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 3);
}

TEST(Result, HoldsAnErrorThatPropagatesAcrossTypes) {
  auto r = describe(-1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid);
  EXPECT_EQ(r.error().message_id, "errors.not_positive");
}

TEST(Result, VoidResultIsOkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  Status f = Error::conflict();
  EXPECT_FALSE(f.ok());
  EXPECT_EQ(http_status(f.error().code), 409);
}

TEST(ErrorCode, MapsToOneHttpStatusEach) {
  EXPECT_EQ(http_status(ErrorCode::not_found), 404);
  EXPECT_EQ(http_status(ErrorCode::invalid), 422);
  EXPECT_EQ(http_status(ErrorCode::forbidden), 403);
  EXPECT_EQ(http_status(ErrorCode::conflict), 409);
  EXPECT_EQ(http_status(ErrorCode::unavailable), 503);
  EXPECT_EQ(http_status(ErrorCode::internal), 500);
}

}  // namespace
}  // namespace comdev
