// Crash test: a `comdev serve` process takes a stream of writes from several clients and is
// killed with SIGKILL in the middle; after a restart, every write it acknowledged (HTTP 201)
// must be there. Run once on SQLite and once on PostgreSQL (see tests/crash.cmake).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "crash_server.h"
#include "features/contact/contact_store.h"
#include "http/server/testing/http_client.h"
#include "store/testing/temp_db.h"

namespace comdev::testing {
namespace {

TEST(Crash, AcknowledgedWritesSurviveSigkill) {
  auto database = store::testing::create_test_database();
  ASSERT_TRUE(database.ok()) << database.error().detail;
  const std::string url = (*database)->url();

  Child server = start_server(url);
  ASSERT_GT(server.port, 0) << "comdev serve did not start";

  std::mutex mu;
  std::vector<std::string> acknowledged;
  std::atomic<bool> stop{false};
  std::atomic<int> attempts{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&, t] {
      for (int i = 0; !stop; ++i) {
        std::string key = "crash-" + std::to_string(t) + "-" + std::to_string(i) + "-000000";
        std::string body = R"({"request_key":")" + key +
                           R"(","name":"Charge","email":"load@example.org",)"
                           R"("message":"Un message de charge pour le test."})";
        ++attempts;
        http::testing::Client c(server.port);
        auto r = c.post("/api/v1/contact", body, "application/json");
        if (r.status == 201) {
          std::lock_guard lock(mu);
          acknowledged.push_back(key);
        } else if (r.status == 0) {
          return;  // the server is gone
        }
      }
    });
  }
  // Let the load run, then kill the server in the middle of it.
  for (int waited = 0; waited < 500; ++waited) {
    {
      std::lock_guard lock(mu);
      if (acknowledged.size() >= 1000) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(kill(server.pid, SIGKILL), 0);
  int status = 0;
  waitpid(server.pid, &status, 0);
  stop = true;
  for (auto& c : clients) c.join();
  ASSERT_TRUE(WIFSIGNALED(status)) << "the server must have been killed, not have exited";
  ASSERT_GT(acknowledged.size(), 50u) << "the load did not run";
  // Requests were in flight at the kill: more attempts than acknowledgements.
  EXPECT_GT(attempts.load(), static_cast<int>(acknowledged.size()));

  // Restart: the server must come back on the same database…
  Child again = start_server(url);
  ASSERT_GT(again.port, 0) << "comdev serve did not restart after the crash";
  http::testing::Client probe(again.port);
  EXPECT_EQ(probe.get("/healthz").status, 200);
  kill(again.pid, SIGTERM);
  waitpid(again.pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "graceful stop on SIGTERM";

  // …and every acknowledged write must be in it.
  auto db = store::open(url, 1);
  ASSERT_TRUE(db.ok()) << db.error().detail;
  auto found = contact::contact_store::count_keys(**db, acknowledged);
  ASSERT_TRUE(found.ok()) << found.error().detail;
  EXPECT_EQ(*found, static_cast<std::int64_t>(acknowledged.size()));
  std::printf("crash test (%s): %zu writes acknowledged before SIGKILL, %lld found after restart\n",
              store::testing::test_db_kind().c_str(), acknowledged.size(),
              static_cast<long long>(*found));
}

}  // namespace
}  // namespace comdev::testing
