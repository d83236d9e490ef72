#include <gtest/gtest.h>

#include "store/db.h"

namespace comdev::store {
namespace {

TEST(Row, NullReadsAsZeroAndEmptyText) {
  Row r({std::monostate{}});
  EXPECT_TRUE(r.is_null(0));
  EXPECT_EQ(r.integer(0), 0);
  EXPECT_EQ(r.real(0), 0.0);
  EXPECT_EQ(r.text(0), "");
  EXPECT_FALSE(r.opt_text(0).has_value());
}

TEST(Row, TextIsParsedAsANumberWhenAskedFor) {
  Row r({std::string("42"), std::string("2.5")});
  EXPECT_EQ(r.integer(0), 42);
  EXPECT_DOUBLE_EQ(r.real(1), 2.5);
}

TEST(Row, NumbersAreFormattedAsText) {
  Row r({std::int64_t{-7}, 0.1});
  EXPECT_EQ(r.text(0), "-7");
  EXPECT_DOUBLE_EQ(std::stod(r.text(1)), 0.1);  // formatted to round-trip
  EXPECT_EQ(r.opt_text(0), std::optional<std::string>("-7"));
  EXPECT_FALSE(r.is_null(0));
}

TEST(Row, ParamsBuildsTypedValues) {
  auto p = params(1, "x", std::nullopt, 2.5, std::optional<std::string>{});
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(std::get<std::int64_t>(p[0]), 1);
  EXPECT_EQ(std::get<std::string>(p[1]), "x");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(p[2]));
  EXPECT_EQ(std::get<double>(p[3]), 2.5);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(p[4]));
}

}  // namespace
}  // namespace comdev::store
