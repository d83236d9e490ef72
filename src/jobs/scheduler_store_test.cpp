// The scheduler against a real database (run on SQLite and PostgreSQL by ctest): two instances on
// one database run each job once, a crashed run is taken over after its lease, failures are tried
// again later, queued jobs are each handled once.
#include "jobs/scheduler.h"

#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <thread>

#include "jobs/job_store.h"
#include "jobs/retry.h"
#include "store/migrator.h"
#include "store/testing/temp_db.h"

namespace comdev::jobs {
namespace {

using namespace std::chrono_literals;

class SchedulerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = store::testing::create_test_database();
    ASSERT_TRUE(t.ok()) << t.error().detail;
    test_db = std::move(*t);
    auto a = store::open(test_db->url(), 4);
    auto b = store::open(test_db->url(), 4);
    ASSERT_TRUE(a.ok() && b.ok());
    one = std::move(*a);
    two = std::move(*b);
    auto migrated = store::migrate(*one, COMDEV_MIGRATIONS_DIR);
    ASSERT_TRUE(migrated.ok()) << migrated.error().detail;
  }
  std::int64_t enqueue(std::string_view kind, std::string_view payload, core::Seconds at,
                       std::string_view key = "") {
    auto id = one->transaction<std::int64_t>(
        [&](store::Conn& c) { return Scheduler::enqueue(c, kind, payload, at, key, at); });
    EXPECT_TRUE(id.ok()) << id.error().detail;
    return id.ok() ? *id : 0;
  }
  core::SettableClock clock;
  core::Seconds t0 = clock.now();
  std::unique_ptr<store::testing::TestDatabase> test_db;
  std::unique_ptr<store::Db> one, two;
};

TEST_F(SchedulerTest, APeriodicJobRunsOncePerPeriodWhateverTheNumberOfInstances) {
  std::atomic<int> runs{0};
  auto count = [&](core::Seconds, const std::atomic<bool>&) -> Status {
    ++runs;
    return {};
  };
  Scheduler a(*one, clock, "a"), b(*two, clock, "b");
  a.every("count", 60s, 0s, 300s, count);
  b.every("count", 60s, 0s, 300s, count);
  // Both instances look at the same moments, side by side.
  for (int minute = 0; minute < 5; ++minute) {
    auto now = t0 + std::chrono::minutes(minute);
    std::thread other([&] { ASSERT_TRUE(b.run_due(now).ok()); });
    ASSERT_TRUE(a.run_due(now).ok());
    other.join();
  }
  EXPECT_EQ(runs.load(), 5);
  // Within the period nobody runs it again.
  ASSERT_TRUE(a.run_due(t0 + 4min + 30s).ok());
  EXPECT_EQ(runs.load(), 5);
}

TEST_F(SchedulerTest, ARestartKeepsTheTimeOfTheNextRunButAShorterPeriodBringsItForward) {
  int runs = 0;
  auto count = [&](core::Seconds, const std::atomic<bool>&) -> Status {
    ++runs;
    return {};
  };
  {
    Scheduler first(*one, clock, "a");
    first.every("daily", 24h, 24h, 300s, count);
    ASSERT_TRUE(first.run_due(t0).ok());
  }
  Scheduler restarted(*one, clock, "a");
  restarted.every("daily", 24h, 24h, 300s, count);
  ASSERT_TRUE(restarted.run_due(t0 + 1h).ok());
  EXPECT_EQ(runs, 0) << "a restart must not run a daily job early";
  Scheduler shortened(*two, clock, "b");
  shortened.every("daily", 60s, 60s, 300s, count);
  ASSERT_TRUE(shortened.run_due(t0 + 1h).ok());  // the row now says t0 + 1h + 60s
  EXPECT_EQ(runs, 0);
  ASSERT_TRUE(shortened.run_due(t0 + 1h + 61s).ok());
  EXPECT_EQ(runs, 1);
}

TEST_F(SchedulerTest, ARunCutShortByACrashIsTakenOverOnceItsLeaseHasPassed) {
  int runs = 0;
  Scheduler survivor(*two, clock, "survivor");
  survivor.every("purge", 3600s, 0s, 120s, [&](core::Seconds, const std::atomic<bool>&) -> Status {
    ++runs;
    return {};
  });
  ASSERT_TRUE(job_store::ensure(*one, "purge", t0, t0 + 3600s).ok());
  // Another instance claimed it and died without giving it back.
  auto claimed = job_store::claim(*one, "purge", "dead", t0, t0 + 120s);
  ASSERT_TRUE(claimed.ok() && *claimed);
  ASSERT_TRUE(survivor.run_due(t0 + 60s).ok());
  EXPECT_EQ(runs, 0) << "the lease still holds";
  ASSERT_TRUE(survivor.run_due(t0 + 121s).ok());
  EXPECT_EQ(runs, 1);
  // The dead instance's late release changes nothing.
  ASSERT_TRUE(job_store::release(*one, "purge", "dead", t0 + 130s, t0, "").ok());
  auto row = job_store::find(*one, "purge");
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ((*row)->run_at, core::iso(t0 + 121s + 3600s));
}

TEST_F(SchedulerTest, AFailedRunIsTriedAgainLaterWithALongerWaitEachTime) {
  bool fail = true;
  int runs = 0;
  Scheduler s(*one, clock, "a");
  s.every("send", 24h, 0s, 300s, [&](core::Seconds, const std::atomic<bool>&) -> Status {
    ++runs;
    if (fail) return Error::unavailable("relay down");
    return {};
  });
  auto r = s.run_due(t0);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->failed, 1);
  auto row = job_store::find(*one, "send");
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ((*row)->run_at, core::iso(t0 + retry_delay(1)));
  EXPECT_EQ((*row)->last_error, "relay down");
  ASSERT_TRUE(s.run_due(t0 + retry_delay(1)).ok());
  row = job_store::find(*one, "send");
  EXPECT_EQ((*row)->run_at, core::iso(t0 + retry_delay(1) + retry_delay(2)));
  fail = false;
  auto at = t0 + retry_delay(1) + retry_delay(2);
  ASSERT_TRUE(s.run_due(at).ok());
  row = job_store::find(*one, "send");
  EXPECT_EQ((*row)->run_at, core::iso(at + 24h)) << "a success returns to the period";
  EXPECT_EQ((*row)->attempts, 0);
  EXPECT_EQ((*row)->last_error, "");
  EXPECT_EQ(runs, 3);
}

TEST_F(SchedulerTest, EveryQueuedJobIsHandledOnceByTwoInstancesWorkingAtOnce) {
  std::mutex mu;
  std::map<std::string, int> handled;
  auto handler = [&](std::string_view payload, core::Seconds, const std::atomic<bool>&) -> Status {
    std::lock_guard lock(mu);
    ++handled[std::string(payload)];
    return {};
  };
  Scheduler a(*one, clock, "a"), b(*two, clock, "b");
  a.handle("send", 60s, handler);
  b.handle("send", 60s, handler);
  for (int i = 0; i < 40; ++i) enqueue("send", "m" + std::to_string(i), t0);
  enqueue("other", "not ours", t0);
  enqueue("send", "later", t0 + 1h);
  Result<Ran> ra = Ran{}, rb = Ran{};
  std::thread other([&] { rb = b.run_due(t0); });
  ra = a.run_due(t0);
  other.join();
  ASSERT_TRUE(ra.ok() && rb.ok());
  EXPECT_EQ(ra->queued + rb->queued, 40);
  EXPECT_EQ(handled.size(), 40u);
  for (const auto& [payload, n] : handled) EXPECT_EQ(n, 1) << payload;
  EXPECT_FALSE(handled.count("later"));
  ASSERT_TRUE(a.run_due(t0 + 1h).ok());
  EXPECT_EQ(handled["later"], 1);
}

TEST_F(SchedulerTest, AQueuedJobWithTheSameKeyIsQueuedOnce) {
  auto first = enqueue("import", "a", t0, "statement-7");
  auto again = enqueue("import", "b", t0, "statement-7");
  EXPECT_NE(first, 0);
  EXPECT_EQ(first, again);
  std::vector<std::string> seen;
  Scheduler s(*one, clock, "a");
  s.handle("import", 60s, [&](std::string_view p, core::Seconds, const std::atomic<bool>&) {
    seen.emplace_back(p);
    return Status{};
  });
  ASSERT_TRUE(s.run_due(t0).ok());
  EXPECT_EQ(seen, std::vector<std::string>{"a"});
}

TEST_F(SchedulerTest, AQueuedJobThatKeepsFailingIsGivenUpAndKeptWithItsError) {
  auto id = enqueue("import", "bad", t0);
  Scheduler s(*one, clock, "a");
  int tries = 0;
  s.handle("import", 60s, [&](std::string_view, core::Seconds, const std::atomic<bool>&) {
    ++tries;
    return Status(Error::invalid().with_detail("unreadable statement"));
  });
  auto at = t0;
  for (int i = 1; i <= kMaxAttempts + 2; ++i) {
    ASSERT_TRUE(s.run_due(at).ok());
    at += retry_delay(i);
  }
  EXPECT_EQ(tries, kMaxAttempts);
  auto row = job_store::find_queued(*one, id);
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_NE((*row)->failed_at, "");
  EXPECT_EQ((*row)->done_at, "");
  EXPECT_EQ((*row)->last_error, "unreadable statement");
}

TEST_F(SchedulerTest, TheThreadRunsADueJobAfterItsDelayAndStopsPromptly) {
  std::atomic<int> runs{0};
  Scheduler s(*one, core::system_clock(), "a");
  s.every("tick", 3600s, 0s, 60s, [&](core::Seconds, const std::atomic<bool>&) -> Status {
    ++runs;
    return {};
  });
  s.start(0s);
  for (int i = 0; i < 100 && runs.load() == 0; ++i) std::this_thread::sleep_for(50ms);
  EXPECT_EQ(runs.load(), 1);
  auto before = std::chrono::steady_clock::now();
  s.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - before, 5s) << "stop waits for no period";
}

}  // namespace
}  // namespace comdev::jobs
