#include "test_server.h"

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>

#include "core/log.h"

namespace comdev::testing {

Result<store::Lease> SwitchableDb::acquire() {
  if (down_) return Error::unavailable("test: database switched off");
  auto lease = inner_->acquire();
  if (!lease) return lease.error();
  return std::move(*lease);
}

void SwitchableDb::release(std::unique_ptr<store::Conn>) {
  // Leases come from the inner Db and return to it: never called.
}

std::unique_ptr<TestServer> TestServer::start(const std::function<void(Config&)>& tune) {
  log::set_enabled(std::getenv("COMDEV_TEST_LOG") != nullptr);
  auto t = std::unique_ptr<TestServer>(new TestServer());
  // The schema and the demo community are prepared once per test process and copied for each
  // server: loading them took most of a test's time.
  auto database = store::testing::create_prepared_test_database("demo", [](const std::string& url) {
    Config seed;
    seed.database_url = url;
    seed.db_pool = 1;
    auto db = open_database(seed);  // creates and migrates
    if (!db) return Status(db.error());
    return load_demo(**db, seed);
  });
  if (!database) throw std::runtime_error("test database: " + database.error().detail);
  t->database_ = std::move(*database);
  Config config;
  config.database_url = t->database_->url();
  config.listen_port = 0;
  config.workers = 4;
  config.db_pool = 4;
  // One SMTP server per test process (each costs a Python start-up); a server sees only the
  // mail sent since it started.
  static std::shared_ptr<SmtpSink> sink = std::make_shared<SmtpSink>();
  sink->forget_all();
  t->smtp_ = sink;
  config.smtp_url = t->smtp_->url();
  config.smtp_from = "ComDev <no-reply@comdev.test>";
  // Uploaded files and spooled bodies of this server only, removed with it.
  std::string dir = (std::filesystem::temp_directory_path() / "comdev-data-XXXXXX").string();
  if (!::mkdtemp(dir.data())) throw std::runtime_error("mkdtemp failed");
  t->data_dir_ = dir;
  config.data_dir = dir;
  if (tune) tune(config);
  auto db = store::open(config.database_url, config.db_pool);
  if (!db) throw std::runtime_error("open: " + db.error().detail);
  auto sw = std::make_unique<SwitchableDb>(std::move(*db));
  t->switchable_ = sw.get();
  auto rt = build_runtime(config, std::move(sw));
  if (!rt) throw std::runtime_error("runtime: " + rt.error().detail);
  t->runtime_ = std::move(*rt);
  http::server::Options opt;
  opt.host = "127.0.0.1";
  opt.port = 0;
  opt.worker_threads = config.workers;
  opt.max_body_bytes = config.max_body_bytes;
  opt.read_timeout = std::chrono::seconds(config.read_timeout_seconds);
  opt.idle_timeout = std::chrono::seconds(config.idle_timeout_seconds);
  opt.io_threads = 2;
  web::App& app = *t->runtime_->app;
  app.set_clock(&t->clock_);
  // Uploads: each route's own limit, and large bodies written to disk instead of memory.
  opt.body_limit = [&app](const http::Request& head) { return app.body_limit(head); };
  opt.spool_dir = config.data_dir + "/spool";
  opt.answer_inline = [&app](http::Request& req) { return app.answer_inline(req); };
  t->server_ = std::make_unique<http::server::Server>(
      opt, [&app](http::Request& req) { return app.handle(req); },
      [&app](int status, const http::Request* req) { return app.error_response(status, req); },
      [&app](const http::Request& req, const http::Response& res, std::chrono::nanoseconds d) {
        app.observe(req, res, d);
      });
  if (auto st = t->server_->start(); !st) throw std::runtime_error("listen: " + st.error().detail);
  // Links in e-mails point at this server (unless `tune` chose an address, as a test of what a
  // public https instance sends does); set before the first request is served.
  if (config.base_url == Config{}.base_url) {
    t->runtime_->config.base_url = "http://127.0.0.1:" + std::to_string(t->server_->port());
  }
  t->thread_ = std::thread([s = t->server_.get()] { s->run(); });
  t->runtime_->jobs->start(std::chrono::seconds(0));
  return t;
}

TestServer::~TestServer() {
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
  server_.reset();
  runtime_.reset();
  std::error_code ignored;
  if (!data_dir_.empty()) std::filesystem::remove_all(data_dir_, ignored);
}

}  // namespace comdev::testing
