// Pool behaviour on both drivers: waiting when exhausted, reuse, discarding.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "store/db.h"
#include "store/testing/temp_db.h"

namespace comdev::store {
namespace {

using namespace std::chrono_literals;

TEST(Pool, ASecondLeaseWaitsUntilTheFirstIsReturned) {
  auto opened = testing::open_test_db(1);
  ASSERT_TRUE(opened.ok()) << opened.error().detail;
  Db& db = **opened;

  auto first = db.acquire();
  ASSERT_TRUE(first.ok());
  std::atomic<bool> got{false};
  std::thread other([&] {
    auto second = db.acquire();
    EXPECT_TRUE(second.ok());
    got = true;
  });
  std::this_thread::sleep_for(200ms);
  EXPECT_FALSE(got.load()) << "the second lease must wait while the only connection is out";
  EXPECT_EQ(db.stats().in_use, 1);
  { Lease done = std::move(*first); }
  other.join();
  EXPECT_TRUE(got.load());
  PoolStats s = db.stats();
  EXPECT_EQ(s.size, 1);
  EXPECT_EQ(s.in_use, 0);
  EXPECT_EQ(s.waits, 1);
}

TEST(Pool, ConnectionsAreOpenedLazilyAndReused) {
  auto opened = testing::open_test_db(4);
  ASSERT_TRUE(opened.ok()) << opened.error().detail;
  Db& db = **opened;
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(db.query("SELECT 1").ok());
  EXPECT_EQ(db.stats().size, 1);
  {
    auto a = db.acquire(), b = db.acquire();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(db.stats().size, 2);
    EXPECT_EQ(db.stats().in_use, 2);
  }
  EXPECT_EQ(db.stats().in_use, 0);
  EXPECT_EQ(db.stats().waits, 0);
}

TEST(Pool, ADiscardedConnectionIsReplaced) {
  auto opened = testing::open_test_db(1);
  ASSERT_TRUE(opened.ok()) << opened.error().detail;
  Db& db = **opened;
  {
    auto a = db.acquire();
    ASSERT_TRUE(a.ok());
    a->discard();
  }
  EXPECT_EQ(db.stats().size, 0);
  EXPECT_EQ(db.stats().in_use, 0);
  EXPECT_TRUE(db.query("SELECT 1").ok());  // would wait forever if the slot had leaked
  EXPECT_EQ(db.stats().size, 1);
}

TEST(Pool, ConcurrentWritersAllSucceed) {
  auto opened = testing::open_test_db(3);
  ASSERT_TRUE(opened.ok()) << opened.error().detail;
  Db& db = **opened;
  ASSERT_TRUE(db.query("CREATE TABLE hits (n INTEGER NOT NULL)").ok());
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        auto r = db.transaction<int>([&](Conn& c) -> Result<int> {
          auto q = c.query("INSERT INTO hits (n) VALUES ($1)", params(t * 100 + i));
          if (!q) return q.error();
          return 0;
        });
        if (!r) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto r = db.query("SELECT COUNT(*) FROM hits");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rows[0].integer(0), 100);
  EXPECT_LE(db.stats().size, 3);
}

}  // namespace
}  // namespace comdev::store
