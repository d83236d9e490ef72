// TestServer: the real comdev application (every feature, the real HTTP server) on an
// ephemeral port, over a throw-away database chosen by COMDEV_TEST_DB (SQLite file or a
// PostgreSQL database), with the demo community loaded, sending its e-mail to a real local SMTP
// server (smtp()) and writing links with its own address. Stops when destroyed.
//
// The database is wrapped in a SwitchableDb so a test can make it unavailable and back.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "core/clock.h"
#include "core/config.h"
#include "http/server/server.h"
#include "main/wiring.h"
#include "smtp_sink.h"
#include "store/db.h"
#include "store/testing/temp_db.h"

namespace comdev::testing {

// A Db that forwards to a real one until set_down(true): then every lease fails as a database
// that went away would (Error::unavailable).
class SwitchableDb : public store::Db {
 public:
  explicit SwitchableDb(std::unique_ptr<store::Db> inner) : inner_(std::move(inner)) {}
  void set_down(bool down) { down_ = down; }
  store::Dialect dialect() const override { return inner_->dialect(); }
  Result<store::Lease> acquire() override;
  store::PoolStats stats() const override { return inner_->stats(); }

 protected:
  void release(std::unique_ptr<store::Conn> conn) override;

 private:
  std::unique_ptr<store::Db> inner_;
  std::atomic<bool> down_{false};
};

class TestServer {
 public:
  // `tune` may adjust the config (limits, timeouts) before start.
  static std::unique_ptr<TestServer> start(const std::function<void(Config&)>& tune = {});
  ~TestServer();

  std::uint16_t port() const { return server_->port(); }
  store::Db& db() { return *runtime_->db; }
  SwitchableDb& switchable() { return *switchable_; }
  web::App& app() { return *runtime_->app; }
  // The SMTP server this application sends to: wait_for(address, timeout) reads what arrived.
  SmtpSink& smtp() { return *smtp_; }
  // The application's clock: starts at the real time and moves only when a test moves it.
  core::SettableClock& clock() { return clock_; }
  // The URL of this server's database: a second server started with it (Config::database_url in
  // `tune`) serves the same data under another configuration.
  const std::string& database_url() const { return database_->url(); }
  // Config::data_dir of this server (uploaded files under files/).
  const std::string& data_dir() const { return data_dir_; }

 private:
  core::SettableClock clock_;
  std::shared_ptr<SmtpSink> smtp_;  // declared first: outlives the application that sends to it
  std::unique_ptr<store::testing::TestDatabase> database_;
  std::unique_ptr<Runtime> runtime_;
  SwitchableDb* switchable_ = nullptr;
  std::unique_ptr<http::server::Server> server_;
  std::thread thread_;
  std::string data_dir_;  // Config::data_dir: a temporary folder, removed by the destructor
};

}  // namespace comdev::testing
