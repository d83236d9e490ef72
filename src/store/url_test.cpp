#include "store/url.h"

#include <gtest/gtest.h>

namespace comdev::store {
namespace {

TEST(DbUrl, SqliteFilePathIsKept) {
  auto u = parse_db_url("sqlite:data/comdev.db");
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u->dialect, Dialect::sqlite);
  EXPECT_EQ(u->sqlite_path, "data/comdev.db");
  EXPECT_FALSE(u->memory);
}

TEST(DbUrl, SqliteMemoryIsRecognised) {
  auto u = parse_db_url("sqlite::memory:");
  ASSERT_TRUE(u.ok());
  EXPECT_TRUE(u->memory);
}

TEST(DbUrl, PostgresUrlsArePassedToLibpqUnchanged) {
  for (std::string url :
       {"postgresql://u:p@127.0.0.1:5433/db?host=/run/pg", "postgres://u@localhost/db"}) {
    auto u = parse_db_url(url);
    ASSERT_TRUE(u.ok()) << url;
    EXPECT_EQ(u->dialect, Dialect::postgres);
    EXPECT_EQ(u->conninfo, url);
  }
}

TEST(DbUrl, OtherSchemesAreInvalidWithAClearDetail) {
  for (std::string url : {"mysql://x/y", "", "sqlite:", "postgresql://", "SQLITE:x"}) {
    auto u = parse_db_url(url);
    ASSERT_FALSE(u.ok()) << url;
    EXPECT_EQ(u.error().code, ErrorCode::invalid);
    EXPECT_NE(u.error().detail.find("COMDEV_DATABASE_URL"), std::string::npos) << url;
  }
}

TEST(DbUrl, DetailNeverEchoesThePassword) {
  auto u = parse_db_url("mysql://user:secret@host/db");
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.error().detail.find("secret"), std::string::npos);
}

}  // namespace
}  // namespace comdev::store
