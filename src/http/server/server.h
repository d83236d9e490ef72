// comdev::http::server::Server: the HTTP/1.1 server (Boost.Beast + Asio inside, none of it here).
//
//   Server s({.port = 0}, handler, error_page, observer);
//   if (auto st = s.start(); !st) return fail(st.error());   // binds; fails if the port is taken
//   s.stop_on_signals();                                      // SIGTERM/SIGINT -> stop()
//   s.run();                                                  // blocks until stopped
//
// What it does for every response: limits (431 headers, 413 body, checked on Content-Length
// before reading and while reading chunks; a route may allow more, see Options::body_limit), a read
// deadline per request that trickling bytes cannot extend (408, then close), an idle keep-alive
// timeout, 400 and close on malformed HTTP, conditional GET (If-None-Match against the response's
// ETag -> 304), gzip for text types over 512 bytes when accepted (with Vary), Date and
// Content-Length, headers only for HEAD. Security headers are the web layer's job.
//
// Threads: I/O runs on `io_threads`; the Handler runs on a fixed pool of `worker_threads`, so it
// may block on the database. `answer_inline`, when set, is asked first on the I/O thread and
// answers what needs no waiting (static files from memory) without that hop: handing a request
// to a worker and its response back costs two thread wake-ups, more than serving a file from
// memory. An exception from either becomes a 500 (ErrorPage) and the server keeps serving. The
// Observer is called once per response (access log, metrics), on a worker or I/O thread: it must be
// thread-safe.
//
// stop() is graceful and may be called from any thread: stop accepting, let in-flight requests
// finish (their responses carry Connection: close), close idle keep-alive connections; run()
// then returns once every connection is gone and the worker pool has drained.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "http/request.h"
#include "http/response.h"

namespace comdev::http::server {

struct Options {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 = an ephemeral port; read it back with port()
  int io_threads = 1;
  int worker_threads = 4;
  std::size_t max_header_bytes = 16 * 1024;
  // The body a request may have unless body_limit says otherwise; bodies up to this size are
  // read into Request::body.
  std::size_t max_body_bytes = 1 << 20;
  // The body limit of one request, asked on the I/O thread once its header is read (0: use
  // max_body_bytes); the web layer answers from the matched route (uploads). Under a larger limit,
  // a body over max_body_bytes (or chunked) goes to a file in `spool_dir` (Request::body_file),
  // so a 20 MB upload never sits in memory; a Content-Length over the limit is refused with 413
  // before any of the body is read. MUST NOT block.
  std::function<std::size_t(const Request& head)> body_limit;
  // Where large bodies are written (created if missing). REQUIRES: set when body_limit can
  // exceed max_body_bytes; otherwise such a request is refused with 413.
  std::string spool_dir;
  // The read deadline of a request whose body goes to a file: a 20 MB upload over a slow
  // mobile link takes longer than read_timeout.
  std::chrono::seconds upload_timeout{300};
  std::chrono::seconds read_timeout{10};  // whole request, from its first byte
  std::chrono::seconds idle_timeout{30};  // between keep-alive requests; also bounds each write
  std::size_t max_keepalive_requests = 1000;
  // Requests waiting for or running on a worker; beyond this the server answers 503 itself.
  std::size_t max_queued_requests = 1024;
  // Where the server reports what it cannot answer (truncated bodies, handler exceptions).
  // Defaults to one line on stderr.
  std::function<void(std::string_view)> log_error;
  // Runs on the I/O thread before the Handler: a response for requests answered from memory, or
  // nullopt to send the request to the worker pool. MUST NOT block (no database, no file reads).
  std::function<std::optional<Response>(Request&)> answer_inline;
};

using Handler = std::function<Response(Request&)>;
// Renders the 400/408/413/431/500/503 pages the server produces itself. `partial` is the
// request as far as it was read (may be null), so the page can use the person's language.
using ErrorPage = std::function<Response(int status, const Request* partial)>;
using Observer =
    std::function<void(const Request&, const Response&, std::chrono::nanoseconds elapsed)>;

class Server {
 public:
  Server(Options options, Handler handler, ErrorPage error_page, Observer observer);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  Status start();
  std::uint16_t port() const;
  void run();
  void stop();
  // SIGTERM and SIGINT call stop(). REQUIRES: start() succeeded; call before run().
  void stop_on_signals();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace comdev::http::server
