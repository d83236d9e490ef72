#include "core/log.h"

#include <gtest/gtest.h>

namespace comdev::log {
namespace {

TEST(Log, WritesOneJsonObjectPerLineWithTypedFields) {
  auto line = format_line(Level::warn, "slow request",
                          {{"route", "/projects/{id}"}, {"status", 200}, {"ok", true}});
  EXPECT_EQ(line.back(), '\n');
  EXPECT_NE(line.find("\"level\":\"warn\""), std::string::npos);
  EXPECT_NE(line.find("\"msg\":\"slow request\""), std::string::npos);
  EXPECT_NE(line.find("\"route\":\"/projects/{id}\""), std::string::npos);
  EXPECT_NE(line.find("\"status\":200"), std::string::npos);
  EXPECT_NE(line.find("\"ok\":true"), std::string::npos);
}

TEST(Log, EscapesQuotesAndControlCharacters) {
  std::string out;
  append_json_string(out, "a\"b\\c\nd\x01");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001\"");
}

}  // namespace
}  // namespace comdev::log
