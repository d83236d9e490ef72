// The access log over real HTTP: by default every request gets its line (static files answered on
// the I/O thread too); COMDEV_ACCESS_LOG=errors keeps only errors; no line holds a query string.
#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <thread>

#include "app_test_util.h"
#include "test_server.h"

namespace comdev::testing {
namespace {

using http::testing::Client;

// Collects the log's lines; waits for a line holding `needle` (the line is written after the
// response went out, so it may come a moment after the client has read it).
class Lines {
 public:
  void attach(web::RequestLog& log) {
    log.set_sink([this](std::string_view lines) {
      std::lock_guard lock(mu_);
      text_.append(lines);
    });
  }
  bool wait_for(web::RequestLog& log, std::string_view needle) {
    for (int i = 0; i < 100; ++i) {
      log.flush();
      if (contains(text(), needle)) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }
  std::string text() {
    std::lock_guard lock(mu_);
    return text_;
  }

 private:
  std::mutex mu_;
  std::string text_;
};

TEST(AccessLog, EveryRequestHasItsLineByDefaultWithoutTheQueryString) {
  auto server = TestServer::start();
  web::RequestLog& log = server->app().request_log();
  Lines lines;
  lines.attach(log);
  Client c(server->port());
  ASSERT_EQ(c.get("/healthz").status, 200);
  auto home = c.get("/");
  ASSERT_EQ(home.status, 200);
  auto css = home.body.substr(home.body.find("/static/"), 40);
  css = css.substr(0, css.find('"'));
  ASSERT_EQ(c.get(css).status, 200);
  ASSERT_EQ(c.get("/search?q=secret-word").status, 200);
  EXPECT_TRUE(lines.wait_for(log, "\"route\":\"/healthz\",\"status\":200"));
  EXPECT_TRUE(lines.wait_for(log, "\"route\":\"/static\",\"status\":200"))
      << "a static file served on the I/O thread is logged too";
  EXPECT_TRUE(lines.wait_for(log, "\"path\":\"/search\""));
  EXPECT_FALSE(contains(lines.text(), "secret-word")) << "queries may carry tokens";
}

TEST(AccessLog, ErrorsModeKeepsOnlyTheRequestsThatFailed) {
  auto server = TestServer::start([](Config& c) { c.access_log = AccessLog::errors; });
  web::RequestLog& log = server->app().request_log();
  Lines lines;
  lines.attach(log);
  Client c(server->port());
  ASSERT_EQ(c.get("/healthz").status, 200);
  ASSERT_EQ(c.get("/no-such-page").status, 404);
  EXPECT_TRUE(lines.wait_for(log, "\"status\":404"));
  EXPECT_FALSE(contains(lines.text(), "/healthz")) << lines.text();
}

TEST(AccessLog, OffModeWritesNothing) {
  auto server = TestServer::start([](Config& c) { c.access_log = AccessLog::off; });
  web::RequestLog& log = server->app().request_log();
  Lines lines;
  lines.attach(log);
  Client c(server->port());
  ASSERT_EQ(c.get("/no-such-page").status, 404);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  log.flush();
  EXPECT_EQ(lines.text(), "");
}

}  // namespace
}  // namespace comdev::testing
