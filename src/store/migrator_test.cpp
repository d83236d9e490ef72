// The migrator on both drivers.
#include "store/migrator.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <thread>

#include "store/testing/temp_db.h"

namespace comdev::store {
namespace {

namespace fs = std::filesystem;

class MigratorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = testing::open_test_db();
    ASSERT_TRUE(opened.ok()) << opened.error().detail;
    db = std::move(*opened);
    dir = fs::temp_directory_path() / ("comdev-mig-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& sql) { std::ofstream(dir / name) << sql; }
  std::vector<std::string> names() {
    auto r = db->query("SELECT name FROM log ORDER BY seq");
    std::vector<std::string> out;
    if (r) {
      for (auto& row : r->rows) out.push_back(row.text(0));
    }
    return out;
  }
  std::unique_ptr<Db> db;
  fs::path dir;
};

TEST_F(MigratorTest, AppliesFilesInVersionOrderAndRecordsThem) {
  // Written out of order on purpose: directory order must not matter.
  write("0002_second.sql", "INSERT INTO log (seq, name) VALUES (2, 'second');");
  write("0001_first.sql",
        "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
        "INSERT INTO log (seq, name) VALUES (1, 'first');");
  write("0010_tenth.sql", "INSERT INTO log (seq, name) VALUES (10, 'tenth');");
  write("README.md", "not a migration");
  auto s = migrate(*db, dir);
  ASSERT_TRUE(s.ok()) << s.error().detail;
  EXPECT_EQ(names(), (std::vector<std::string>{"first", "second", "tenth"}));

  auto st = status(*db, dir);
  ASSERT_TRUE(st.ok()) << st.error().detail;
  ASSERT_EQ(st->size(), 3u);
  EXPECT_EQ((*st)[0].version, 1);
  EXPECT_EQ((*st)[0].name, "first");
  EXPECT_TRUE((*st)[2].applied);
  EXPECT_FALSE((*st)[2].changed);
  EXPECT_EQ((*st)[2].applied_at.size(), 20u);  // 2026-01-01T00:00:00Z
}

TEST_F(MigratorTest, RerunAppliesNothingTwiceButPicksUpNewFiles) {
  write("0001_first.sql", "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT NOT NULL);");
  write("0002_second.sql", "INSERT INTO log (seq, name) VALUES (2, 'second');");
  ASSERT_TRUE(migrate(*db, dir).ok());
  auto again = migrate(*db, dir);
  ASSERT_TRUE(again.ok()) << again.error().detail;  // would hit a duplicate key if re-applied
  write("0003_third.sql", "INSERT INTO log (seq, name) VALUES (3, 'third');");
  ASSERT_TRUE(migrate(*db, dir).ok());
  EXPECT_EQ(names(), (std::vector<std::string>{"second", "third"}));
}

TEST_F(MigratorTest, RefusesAnAppliedFileThatChanged) {
  write("0001_first.sql", "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT NOT NULL);");
  ASSERT_TRUE(migrate(*db, dir).ok());
  write("0001_first.sql", "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT);");
  write("0002_second.sql", "INSERT INTO log (seq, name) VALUES (2, 'second');");
  auto s = migrate(*db, dir);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message_id, "errors.migration_changed");
  EXPECT_NE(s.error().detail.find("0001_first.sql"), std::string::npos) << s.error().detail;
  EXPECT_TRUE(names().empty()) << "nothing new is applied once a change is found";
  auto st = status(*db, dir);
  ASSERT_TRUE(st.ok());
  EXPECT_TRUE((*st)[0].changed);
  EXPECT_FALSE((*st)[1].applied);
}

TEST_F(MigratorTest, AFailingMigrationLeavesNoTraceAndStopsTheRun) {
  write("0001_first.sql", "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT NOT NULL);");
  write("0002_bad.sql",
        "INSERT INTO log (seq, name) VALUES (2, 'bad');\nINSERT INTO nowhere VALUES (1);");
  write("0003_third.sql", "INSERT INTO log (seq, name) VALUES (3, 'third');");
  auto s = migrate(*db, dir);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().detail.find("0002_bad.sql"), std::string::npos) << s.error().detail;
  EXPECT_TRUE(names().empty());
  auto st = status(*db, dir);
  ASSERT_TRUE(st.ok());
  EXPECT_TRUE((*st)[0].applied);
  EXPECT_FALSE((*st)[1].applied);
  EXPECT_FALSE((*st)[2].applied);
}

TEST_F(MigratorTest, TheDialectVariantWins) {
  write("0001_first.sql", "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT NOT NULL);");
  write("0002_pick.sql", "INSERT INTO log (seq, name) VALUES (2, 'generic');");
  write("0002_pick.sqlite.sql", "INSERT INTO log (seq, name) VALUES (2, 'sqlite');");
  write("0002_pick.pg.sql", "INSERT INTO log (seq, name) VALUES (2, 'pg');");
  write("0003_only.pg.sql", "INSERT INTO log (seq, name) VALUES (3, 'pg only');");
  ASSERT_TRUE(migrate(*db, dir).ok());
  if (db->dialect() == Dialect::postgres) {
    EXPECT_EQ(names(), (std::vector<std::string>{"pg", "pg only"}));
  } else {
    EXPECT_EQ(names(), (std::vector<std::string>{"sqlite"}));
  }
}

TEST_F(MigratorTest, BadlyNamedSqlFileIsAnError) {
  write("1_first.sql", "SELECT 1;");
  auto s = migrate(*db, dir);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().detail.find("1_first.sql"), std::string::npos);
}

TEST_F(MigratorTest, EmbeddedMigrationsApplyLikeFiles) {
  std::vector<MigrationFile> files{
      {1, "first", std::nullopt, "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT);", ""},
      {2, "second", std::nullopt, "INSERT INTO log (seq, name) VALUES (2, 'embedded');", ""}};
  ASSERT_TRUE(migrate(*db, files).ok());
  ASSERT_TRUE(migrate(*db, files).ok());
  EXPECT_EQ(names(), (std::vector<std::string>{"embedded"}));
}

TEST_F(MigratorTest, TwoMigratorsStartingTogetherApplyOnce) {
  write("0001_first.sql", "CREATE TABLE log (seq INTEGER PRIMARY KEY, name TEXT NOT NULL);");
  // Not idempotent on purpose: applying it twice fails on the primary key.
  write("0002_once.sql", "INSERT INTO log (seq, name) VALUES (2, 'once');");
  Status a, b;
  std::thread t1([&] { a = migrate(*db, dir); });
  std::thread t2([&] { b = migrate(*db, dir); });
  t1.join();
  t2.join();
  EXPECT_TRUE(a.ok()) << a.error().detail;
  EXPECT_TRUE(b.ok()) << b.error().detail;
  EXPECT_EQ(names(), (std::vector<std::string>{"once"}));
}

TEST_F(MigratorTest, TheProjectMigrationsApply) {
  auto s = migrate(*db, fs::path(COMDEV_MIGRATIONS_DIR));
  ASSERT_TRUE(s.ok()) << s.error().detail;
  auto ins = db->query(
      "INSERT INTO communities (slug, name_fr, name_ar, name_en, territory_fr, territory_ar, "
      "territory_en, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      params("tafraout", "Tafraout", "تافراوت", "Tafraout", "Anti-Atlas", "الأطلس الصغير",
             "Anti-Atlas", "2026-01-01T00:00:00Z"));
  ASSERT_TRUE(ins.ok()) << ins.error().detail;
  std::int64_t id = ins->rows.at(0).integer(0);
  EXPECT_GT(id, 0);
  auto msg = db->query(
      "INSERT INTO contact_messages (request_key, community_id, name, email, body, lang, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      params("k1", id, "Aicha", "a@example.org", "Salam", "ar", "2026-01-01T00:00:00Z"));
  ASSERT_TRUE(msg.ok()) << msg.error().detail;
  auto again = db->query(
      "INSERT INTO contact_messages (request_key, community_id, name, email, body, lang, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      params("k1", id, "Aicha", "a@example.org", "Salam", "ar", "2026-01-01T00:00:00Z"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  auto orphan = db->query(
      "INSERT INTO contact_messages (request_key, community_id, name, email, body, lang, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      params("k2", 999999, "A", "a@example.org", "x", "fr", "2026-01-01T00:00:00Z"));
  EXPECT_FALSE(orphan.ok()) << "foreign keys are enforced";
  EXPECT_TRUE(db->query("INSERT INTO sessions (id_hash, csrf_token, created_at, expires_at) "
                        "VALUES ($1, $2, $3, $4)",
                        params("h", "c", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"))
                  .ok());
  EXPECT_TRUE(db->query("INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, "
                        "$3) ON CONFLICT (bucket) DO UPDATE SET count = rate_limits.count + 1",
                        params("ip:1", "2026-01-01T00:00:00Z", 1))
                  .ok());
  ASSERT_TRUE(migrate(*db, fs::path(COMDEV_MIGRATIONS_DIR)).ok());
}

TEST(MigrationChecksum, IsStableAndSensitiveToEveryByte) {
  EXPECT_EQ(migration_checksum(""), "cbf29ce484222325");
  EXPECT_NE(migration_checksum("CREATE TABLE a (x INT);"),
            migration_checksum("CREATE TABLE a (x INT); "));
  EXPECT_EQ(migration_checksum("abc").size(), 16u);
}

}  // namespace
}  // namespace comdev::store
