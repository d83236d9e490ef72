// The Db contract, run against both drivers (ctest: store.sqlite and store.postgres).
#include <gtest/gtest.h>

#include "store/db.h"
#include "store/testing/temp_db.h"

namespace comdev::store {
namespace {

class DbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = testing::open_test_db();
    // Never skip: an unreachable PostgreSQL is a failure.
    ASSERT_TRUE(opened.ok()) << opened.error().detail;
    db = std::move(*opened);
    ASSERT_TRUE(db->query("CREATE TABLE things (id INTEGER PRIMARY KEY, i BIGINT, r DOUBLE "
                          "PRECISION, t TEXT, u TEXT UNIQUE)")
                    .ok());
  }
  std::int64_t count() {
    auto r = db->query("SELECT COUNT(*) FROM things");
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->rows.at(0).integer(0) : -1;
  }
  std::unique_ptr<Db> db;
};

TEST_F(DbTest, DialectMatchesTheRequestedDriver) {
  EXPECT_EQ(db->dialect(),
            testing::test_db_kind() == "postgres" ? Dialect::postgres : Dialect::sqlite);
}

TEST_F(DbTest, EveryValueTypeAndNullRoundTrip) {
  const std::string text = "Tafraout ⵜⴰⴼⵔⴰⵓⵜ تافراوت 'quoted' \"x\"";
  auto ins = db->query("INSERT INTO things (id, i, r, t) VALUES ($1, $2, $3, $4)",
                       params(1, std::int64_t{9007199254740993}, 0.1, text));
  ASSERT_TRUE(ins.ok()) << ins.error().detail;
  EXPECT_EQ(ins->affected, 1);
  ASSERT_TRUE(db->query("INSERT INTO things (id, i, r, t) VALUES ($1, $2, $3, $4)",
                        params(2, std::nullopt, std::nullopt, std::nullopt))
                  .ok());

  auto r = db->query("SELECT id, i, r, t FROM things ORDER BY id");
  ASSERT_TRUE(r.ok()) << r.error().detail;
  ASSERT_EQ(r->rows.size(), 2u);
  EXPECT_EQ(r->columns, (std::vector<std::string>{"id", "i", "r", "t"}));
  const Row& a = r->rows[0];
  EXPECT_EQ(std::get<std::int64_t>(a.at(1)), 9007199254740993);
  EXPECT_EQ(std::get<double>(a.at(2)), 0.1);
  EXPECT_EQ(std::get<std::string>(a.at(3)), text);
  EXPECT_EQ(r->affected, 0);
  const Row& b = r->rows[1];
  for (std::size_t i = 1; i < 4; ++i) EXPECT_TRUE(b.is_null(i)) << i;
}

TEST_F(DbTest, TextWithANulByteIsRefusedOnBothDatabasesAndNothingIsWritten) {
  const std::string text("avant\0après", 12);
  auto ins = db->query("INSERT INTO things (id, t) VALUES ($1, $2)", params(1, text));
  ASSERT_FALSE(ins.ok()) << "PostgreSQL would cut it, SQLite would keep it: refused on both";
  EXPECT_EQ(ins.error().code, ErrorCode::invalid);
  EXPECT_EQ(ins.error().message_id, "errors.text_nul");
  EXPECT_EQ(count(), 0);
  // The connection goes on serving.
  ASSERT_TRUE(db->query("INSERT INTO things (id, t) VALUES ($1, $2)", params(1, "après")).ok());
  EXPECT_EQ(count(), 1);
}

TEST_F(DbTest, RepeatedAndOutOfOrderPlaceholdersBindByNumber) {
  ASSERT_TRUE(
      db->query("INSERT INTO things (id, t, u) VALUES ($2, $1, $1)", params("same", 5)).ok());
  auto r = db->query("SELECT t, u FROM things WHERE id = $1 AND t = $2", params(5, "same"));
  ASSERT_TRUE(r.ok()) << r.error().detail;
  ASSERT_EQ(r->rows.size(), 1u);
  EXPECT_EQ(r->rows[0].text(0), "same");
  EXPECT_EQ(r->rows[0].text(1), "same");
}

TEST_F(DbTest, ReturningGivesTheInsertedRow) {
  auto r = db->query("INSERT INTO things (id, t) VALUES ($1, $2) RETURNING id, t", params(7, "x"));
  ASSERT_TRUE(r.ok()) << r.error().detail;
  ASSERT_EQ(r->rows.size(), 1u);
  EXPECT_EQ(r->rows[0].integer(0), 7);
  EXPECT_EQ(r->affected, 1);
}

TEST_F(DbTest, UpdateReportsAffectedRows) {
  for (int i = 1; i <= 3; ++i)
    ASSERT_TRUE(db->query("INSERT INTO things (id) VALUES ($1)", params(i)).ok());
  auto r = db->query("UPDATE things SET t = $1 WHERE id >= $2", params("y", 2));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->affected, 2);
}

TEST_F(DbTest, UniqueViolationIsAConflictWithoutTheValues) {
  ASSERT_TRUE(db->query("INSERT INTO things (id, u) VALUES ($1, $2)", params(1, "secret-a")).ok());
  auto dup = db->query("INSERT INTO things (id, u) VALUES ($1, $2)", params(2, "secret-a"));
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, ErrorCode::conflict);
  EXPECT_FALSE(dup.error().detail.empty());
  auto pk = db->query("INSERT INTO things (id) VALUES ($1)", params(1));
  ASSERT_FALSE(pk.ok());
  EXPECT_EQ(pk.error().code, ErrorCode::conflict);
}

TEST_F(DbTest, SyntaxErrorIsInternalWithTheServerMessage) {
  auto r = db->query("SELEKT 1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::internal);
  EXPECT_NE(r.error().detail.find("SELEKT"), std::string::npos) << r.error().detail;
}

TEST_F(DbTest, MissingParameterIsAnError) {
  auto r = db->query("SELECT t FROM things WHERE id = $1 OR id = $2", params(1));
  EXPECT_FALSE(r.ok());
}

TEST_F(DbTest, TransactionCommitsWhenFnSucceeds) {
  auto r = db->transaction<int>([](Conn& c) -> Result<int> {
    if (auto q = c.query("INSERT INTO things (id) VALUES ($1)", params(1)); !q) return q.error();
    if (auto q = c.query("INSERT INTO things (id) VALUES ($1)", params(2)); !q) return q.error();
    return 2;
  });
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(*r, 2);
  EXPECT_EQ(count(), 2);
}

TEST_F(DbTest, TransactionRollsBackWhenFnReturnsAnError) {
  auto r = db->transaction<int>([](Conn& c) -> Result<int> {
    if (auto q = c.query("INSERT INTO things (id) VALUES ($1)", params(1)); !q) return q.error();
    return Error::invalid("errors.test");
  });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message_id, "errors.test");
  EXPECT_EQ(count(), 0);
}

TEST_F(DbTest, TransactionRollsBackWhenAStatementFails) {
  auto r = db->transaction<int>([](Conn& c) -> Result<int> {
    if (auto q = c.query("INSERT INTO things (id) VALUES ($1)", params(1)); !q) return q.error();
    if (auto q = c.query("INSERT INTO things (id) VALUES ($1)", params(1)); !q) return q.error();
    return 0;
  });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::conflict);
  EXPECT_EQ(count(), 0);
}

TEST_F(DbTest, TransactionRollsBackWhenFnThrows) {
  EXPECT_THROW(db->transaction<int>([](Conn& c) -> Result<int> {
    (void)c.query("INSERT INTO things (id) VALUES ($1)", params(1));
    throw std::runtime_error("bug");
  }),
               std::runtime_error);
  EXPECT_EQ(count(), 0);
}

TEST_F(DbTest, ALeaseReturnedInsideATransactionIsRolledBack) {
  {
    auto lease = db->acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE((*lease)->begin().ok());
    ASSERT_TRUE((*lease)->query("INSERT INTO things (id) VALUES ($1)", params(1)).ok());
  }  // returned without commit
  EXPECT_EQ(count(), 0);
}

TEST_F(DbTest, ExecScriptRunsSeveralStatements) {
  ASSERT_TRUE((*db->acquire())
                  ->exec_script("INSERT INTO things (id) VALUES (1);"
                                "INSERT INTO things (id) VALUES (2);")
                  .ok());
  EXPECT_EQ(count(), 2);
}

TEST_F(DbTest, ManyDistinctStatementsStayCorrectPastTheCacheLimit) {
  // Past the per-connection statement cache limit (500) the cache is emptied and refilled.
  for (int i = 0; i < 520; ++i) {
    auto r = db->query("SELECT " + std::to_string(i) + " + $1", params(1));
    ASSERT_TRUE(r.ok()) << i << ": " << r.error().detail;
    ASSERT_EQ(r->rows.at(0).integer(0), i + 1);
  }
  auto again = db->query("SELECT 3 + $1", params(1));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->rows.at(0).integer(0), 4);
}

// PostgreSQL only: SQLite has no server to lose. A backend killed under a pooled connection
// (server restart, network cut) fails that statement as unavailable, and the pool replaces the
// connection instead of handing the dead one out again.
TEST_F(DbTest, AKilledPostgresConnectionIsUnavailableThenReplaced) {
  if (db->dialect() != Dialect::postgres) return;
  {
    auto victim = db->acquire();
    ASSERT_TRUE(victim.ok());
    auto pid = (*victim)->query("SELECT pg_backend_pid()");
    ASSERT_TRUE(pid.ok());
    {
      auto killer = db->acquire();
      ASSERT_TRUE(killer.ok());
      auto k =
          (*killer)->query("SELECT pg_terminate_backend($1::int)", params(pid->rows[0].integer(0)));
      ASSERT_TRUE(k.ok()) << k.error().detail;
    }
    auto dead = (*victim)->query("SELECT 1");
    ASSERT_FALSE(dead.ok());
    EXPECT_EQ(dead.error().code, ErrorCode::unavailable) << dead.error().detail;
  }
  EXPECT_EQ(db->stats().size, 1) << "the dead connection was closed, the other kept";
  for (int i = 0; i < 3; ++i) {
    auto a = db->acquire(), b = db->acquire();  // both connections are usable
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_TRUE((*a)->query("SELECT 1").ok());
    EXPECT_TRUE((*b)->query("SELECT 1").ok());
  }
}

TEST(DbOpen, UnknownSchemeIsInvalid) {
  auto db = open("mysql://localhost/x");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, ErrorCode::invalid);
}

TEST(DbOpen, UnreachableDatabaseIsUnavailable) {
  auto bad = testing::test_db_kind() == "postgres"
                 ? open("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
                 : open("sqlite:/nonexistent-dir/x/y.db");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::unavailable) << bad.error().detail;
}

TEST(DbOpen, InMemorySqliteKeepsItsTablesAcrossLeases) {
  auto db = open("sqlite::memory:", 4);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)->query("CREATE TABLE m (x INTEGER)").ok());
  ASSERT_TRUE((*db)->query("INSERT INTO m VALUES (1)").ok());
  auto r = (*db)->query("SELECT x FROM m");
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->rows.size(), 1u);
}

}  // namespace
}  // namespace comdev::store
