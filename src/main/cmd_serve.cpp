#include <algorithm>
#include <cstdio>
#include <thread>

#include "core/log.h"
#include "http/server/server.h"
#include "main/commands.h"
#include "main/wiring.h"

namespace comdev {

int cmd_serve(const Config& config) {
  auto rt = build_runtime(config);
  if (!rt) return fail("start", rt.error());
  web::App& app = *(*rt)->app;

  http::server::Options opt;
  opt.host = config.listen_host;
  opt.port = config.listen_port;
  opt.worker_threads = config.workers;
  opt.io_threads = config.io_threads > 0
                       ? config.io_threads
                       : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  opt.max_body_bytes = config.max_body_bytes;
  // Uploads: each route's own limit, and large bodies written to disk instead of memory.
  opt.body_limit = [&app](const http::Request& head) { return app.body_limit(head); };
  opt.spool_dir = config.data_dir + "/spool";
  opt.read_timeout = std::chrono::seconds(config.read_timeout_seconds);
  opt.idle_timeout = std::chrono::seconds(config.idle_timeout_seconds);
  opt.log_error = [](std::string_view what) { log::warn("http", {{"detail", what}}); };
  opt.answer_inline = [&app](http::Request& req) { return app.answer_inline(req); };
  http::server::Server server(
      opt, [&app](http::Request& req) { return app.handle(req); },
      [&app](int status, const http::Request* req) { return app.error_response(status, req); },
      [&app](const http::Request& req, const http::Response& res, std::chrono::nanoseconds d) {
        app.observe(req, res, d);
      });
  if (auto st = server.start(); !st) return fail("listen", st.error());
  server.stop_on_signals();
  (*rt)->jobs->start(std::chrono::seconds(config.jobs_delay_seconds));
  // Tests and scripts wait for this exact line before sending requests.
  std::fprintf(stderr, "comdev: listening on http://%s:%u\n", config.listen_host.c_str(),
               static_cast<unsigned>(server.port()));
  log::info("listening",
            {{"host", config.listen_host},
             {"port", static_cast<int>(server.port())},
             {"database", config.database_url.substr(0, config.database_url.find(':'))}});
  server.run();
  log::info("stopped");
  return 0;
}

}  // namespace comdev
