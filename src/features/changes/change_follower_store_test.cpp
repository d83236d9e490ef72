// Two instances on one database: a write recorded through one is applied by the other's
// follower (run on SQLite and PostgreSQL by ctest).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "features/changes/change_follower.h"
#include "features/changes/recent_cache.h"
#include "store/migrator.h"
#include "store/testing/temp_db.h"

namespace comdev::changes {
namespace {

class ChangeFollowerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = store::testing::create_test_database();
    ASSERT_TRUE(t.ok()) << t.error().detail;
    test_db = std::move(*t);
    auto a = store::open(test_db->url(), 2);
    auto b = store::open(test_db->url(), 2);
    ASSERT_TRUE(a.ok() && b.ok());
    one = std::move(*a);
    two = std::move(*b);
    // The real schema: the change log's id must be generated on both databases.
    auto migrated = store::migrate(*one, COMDEV_MIGRATIONS_DIR);
    ASSERT_TRUE(migrated.ok()) << migrated.error().detail;
  }
  void write(store::Db& db, std::string_view topic, std::int64_t id) {
    auto r = db.transaction<bool>([&](store::Conn& c) -> Result<bool> {
      if (auto st = change_log_store::record(c, topic, id); !st) return st.error();
      return true;
    });
    ASSERT_TRUE(r.ok()) << r.error().detail;
  }
  std::unique_ptr<store::testing::TestDatabase> test_db;
  std::unique_ptr<store::Db> one, two;
};

TEST_F(ChangeFollowerTest, AFollowerSeesOnlyWritesMadeAfterItWasCreated) {
  write(*one, kNeed, 1);
  Follower follower(*two);
  std::set<std::int64_t> seen;
  follower.subscribe(std::string(kNeed), [&](auto ids) { seen.insert(ids.begin(), ids.end()); });
  write(*one, kNeed, 2);
  write(*one, kProject, 3);
  follower.poll();
  // 1 was written before: it may come back through the look-back window, 2 must be there.
  EXPECT_TRUE(seen.count(2));
  EXPECT_FALSE(seen.count(3)) << "a project id reached a need listener";
}

TEST_F(ChangeFollowerTest, AnotherInstancesWriteArrivesThroughThePollThread) {
  Follower follower(*two);
  std::atomic<int> got{0};
  follower.subscribe(std::string(kNeed), [&](auto ids) {
    for (auto id : ids)
      if (id == 42) got = 1;
  });
  follower.start(std::chrono::milliseconds(50));
  write(*one, kNeed, 42);
  for (int i = 0; i < 100 && !got; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(got.load(), 1) << "not applied within 2 s";
}

TEST_F(ChangeFollowerTest, CatchUpPollsOnlyAfterALocalWrite) {
  Follower follower(*one);
  int calls = 0;
  follower.subscribe(std::string(kProject), [&](auto) { ++calls; });
  follower.catch_up();
  EXPECT_EQ(calls, 0);
  write(*one, kProject, 7);
  follower.catch_up();
  EXPECT_EQ(calls, 1);
}

TEST_F(ChangeFollowerTest, ARecentValueServesUntilThisProcessWritesOrItAges) {
  RecentCache<int> cache(std::chrono::milliseconds(300));
  int computed = 0;
  auto compute = [&]() -> Result<int> { return ++computed; };
  EXPECT_EQ(**cache.get("k", compute), 1);
  EXPECT_EQ(**cache.get("k", compute), 1) << "kept";
  EXPECT_EQ(**cache.get("other", compute), 2) << "by key";
  write(*one, kProject, 7);
  EXPECT_EQ(**cache.get("k", compute), 3) << "a write recorded here is shown at once";
  std::this_thread::sleep_for(std::chrono::milliseconds(350));
  EXPECT_EQ(**cache.get("k", compute), 4) << "another instance's write shows within max_age";
  auto failed = cache.get("bad", []() -> Result<int> { return Error::unavailable("down"); });
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(**cache.get("bad", compute), 5) << "an error is not kept";
}

}  // namespace
}  // namespace comdev::changes
