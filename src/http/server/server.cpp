// The only translation unit with Beast: listener, session, limits, timeouts, graceful stop.
// One io_context per I/O thread, each connection pinned to one of them, so a connection's
// coroutine, its deadline timer and stop()'s cancel never run concurrently without strands
// (strands inside any_io_executor with coroutines crash in Boost 1.74: asio issue #835, and
// our ASan run showed the same use-after-free). Handlers hop to the worker pool and back.
#include <utility>  // before asio: g++ 12 coroutines need it (ARCHITECTURE.md §11)

#include "http/server/server.h"

#include <fcntl.h>
#include <unistd.h>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/http/file_body.hpp>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <latch>
#include <limits>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "core/allocator.h"
#include "http/percent.h"
#include "http/server/accept_backoff.h"
#include "http/server/finish.h"

namespace comdev::http::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using boost::system::error_code;
using Clock = std::chrono::steady_clock;

namespace {

// One connection: the socket and its deadline timer live on the connection's io_context,
// which one thread runs, so the timer's handler never races the session's own operations.
//
// Deadlines are lazy: deadline() and disarm() only write `due`; the timer is re-armed when it
// fires (for what is due then) or when a deadline comes before the pending wait ends. Arming
// the timer for every read and write cost three cancellations and three waits per request
// (timer queue updates and handler runs), about a tenth of serving a small response; now a busy
// keep-alive connection re-arms it about once per read timeout.
struct Conn {
  Conn(tcp::socket s, asio::io_context& ctx)
      : socket(std::move(s)), timer(socket.get_executor()), io(&ctx) {}
  tcp::socket socket;
  asio::steady_timer timer;
  asio::io_context* io;    // the context that runs this connection
  bool idle = true;        // waiting for the first byte of a request
  bool timed_out = false;  // the deadline passed and cancelled the socket

  // From now, pending socket operations fail with operation_aborted once `d` has passed.
  void deadline(std::chrono::seconds d, const std::shared_ptr<Conn>& self) {
    timed_out = false;
    due = Clock::now() + d;
    if (!waiting || wait_until > due) arm(self);
  }
  // Nothing is due: a pending wait finds that when it ends, and stops.
  void disarm() { due = Clock::time_point::max(); }
  // The connection is done: no wait may keep it (or its io_context) alive.
  void stop_timer() {
    disarm();
    ++armed;
    waiting = false;
    timer.cancel();
  }

 private:
  void arm(const std::shared_ptr<Conn>& self) {
    wait_until = due;
    waiting = true;
    timer.expires_at(due);  // cancels a pending wait, whose handler then sees it is stale
    timer.async_wait([self, gen = ++armed](error_code ec) {
      if (gen != self->armed) return;  // a newer wait replaced this one
      self->waiting = false;
      if (ec || self->due == Clock::time_point::max()) return;
      if (Clock::now() >= self->due) {
        self->timed_out = true;
        error_code ignored;
        self->socket.cancel(ignored);
      } else {
        self->arm(self);
      }
    });
  }
  Clock::time_point due = Clock::time_point::max();
  Clock::time_point wait_until;
  bool waiting = false;
  std::uint64_t armed = 0;
};

// A request body written to disk (Options::spool_dir): removed when the request is done.
struct Spool {
  std::string path;
  Spool() = default;
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  ~Spool() {
    if (!path.empty()) ::unlink(path.c_str());
  }
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

struct Server::Impl {
  Options opt;
  Handler handler;
  ErrorPage error_page;
  Observer observer;

  // ios[0] runs the acceptor, signals and stop(); connections are spread over all of them.
  std::vector<std::unique_ptr<asio::io_context>> ios;
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  tcp::acceptor acceptor;
  std::size_t next_io = 0;
  int accept_failures = 0;  // in a row; only the acceptor's coroutine touches it
  asio::thread_pool workers;
  std::unique_ptr<asio::signal_set> signals;
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> queued{0};
  std::mutex conns_mu;
  std::set<std::shared_ptr<Conn>> conns;

  Impl(Options o, Handler h, ErrorPage e, Observer ob)
      : opt(std::move(o)),
        handler(std::move(h)),
        error_page(std::move(e)),
        observer(std::move(ob)),
        acceptor(make_contexts(ios, guards, opt.io_threads)),
        workers(static_cast<std::size_t>(std::max(1, opt.worker_threads))) {
    if (!opt.log_error) opt.log_error = [](std::string_view m) { std::cerr << m << '\n'; };
  }

  static asio::io_context& make_contexts(
      std::vector<std::unique_ptr<asio::io_context>>& ios,
      std::vector<asio::executor_work_guard<asio::io_context::executor_type>>& guards, int n) {
    for (int i = 0; i < std::max(1, n); ++i) {
      ios.push_back(std::make_unique<asio::io_context>(1));
      guards.push_back(asio::make_work_guard(*ios.back()));
    }
    return *ios[0];
  }

  // The first request must not pay for the start-up builds' freed memory (core/allocator.h): every
  // worker settles its arena now, each I/O thread first thing when it runs. The workers wait for
  // one another so that each of them takes exactly one of the settling tasks.
  void settle_allocators() {
    auto n = static_cast<std::ptrdiff_t>(std::max(1, opt.worker_threads));
    std::latch all_in(n), all_done(n);
    for (std::ptrdiff_t i = 0; i < n; ++i) {
      asio::post(workers, [&] {
        core::settle_thread_allocator();
        all_in.arrive_and_wait();
        all_done.count_down();
      });
    }
    all_done.wait();
    for (auto& io : ios) asio::post(*io, [] { core::settle_thread_allocator(); });
  }

  Response page(int status, const Request* partial) {
    try {
      if (error_page) return error_page(status, partial);
    } catch (const std::exception& e) {
      opt.log_error(std::string("error page threw: ") + e.what());
    } catch (...) {
      opt.log_error("error page threw");
    }
    return Response::text("Error " + std::to_string(status), status);
  }

  // Runs the handler on the worker pool; the coroutine resumes on the connection's io_context.
  asio::awaitable<Response> run_handler(Request& req, asio::io_context& io) {
    auto ex = co_await asio::this_coro::executor;
    co_return co_await asio::async_initiate<decltype(asio::use_awaitable), void(Response)>(
        [this, &req, ex, &io](auto done) {
          // The guard keeps io.run() from returning while the request is away on a worker,
          // where the suspended coroutine is invisible to it. (An executor preferring
          // outstanding_work.tracked lost count in Boost 1.74: the io_context stopped.)
          asio::post(workers, [this, &req, ex, done = std::move(done),
                               guard = asio::make_work_guard(io)]() mutable {
            Response res;
            try {
              res = handler(req);
            } catch (const std::exception& e) {
              opt.log_error(std::string("handler threw: ") + e.what() + " on " + req.target);
              res = page(500, &req);
            } catch (...) {
              opt.log_error("handler threw a non-exception on " + req.target);
              res = page(500, &req);
            }
            asio::post(ex, [done = std::move(done), res = std::move(res)]() mutable {
              done(std::move(res));
            });
          });
        },
        asio::use_awaitable);
  }

  // The request line and fields of `in`; the caller moves the body. False when the path is not
  // an absolute, percent-decodable path.
  static bool to_request(const bhttp::request_header<>& in, const std::string& remote,
                         Request& out) {
    out.method =
        parse_method(std::string_view(in.method_string().data(), in.method_string().size()));
    out.target = std::string(in.target());
    std::string_view t = out.target;
    std::size_t q = t.find('?');
    if (q != std::string_view::npos) out.query = std::string(t.substr(q + 1));
    auto path = percent_decode(t.substr(0, q));
    out.remote_address = remote;
    for (const auto& f : in) {
      std::string name = lower(std::string_view(f.name_string().data(), f.name_string().size()));
      std::string_view value(f.value().data(), f.value().size());
      auto [it, fresh] = out.headers.try_emplace(name, value);
      // Repeated fields are one list (RFC 9110 §5.3); cookies use their own separator.
      if (!fresh) it->second.append(name == "cookie" ? "; " : ", ").append(value);
    }
    if (!path || path->empty() || path->front() != '/') return false;
    out.path = std::move(*path);
    return true;
  }

  // The body limit of the request whose header is `in` (Options::body_limit).
  std::size_t body_limit_for(const bhttp::request_header<>& in, const std::string& remote) {
    if (!opt.body_limit) return opt.max_body_bytes;
    Request head;
    if (!to_request(in, remote, head)) return opt.max_body_bytes;
    std::size_t limit = 0;
    try {
      limit = opt.body_limit(head);
    } catch (...) {
      opt.log_error("body_limit threw on " + head.target);
    }
    return limit == 0 ? opt.max_body_bytes : limit;
  }

  // A new empty file in spool_dir for a large body, or "" (logged) when none can be made.
  std::string spool_file() {
    if (opt.spool_dir.empty()) {
      opt.log_error("a route allows large bodies but no spool_dir is set");
      return {};
    }
    std::error_code fs_ec;
    std::filesystem::create_directories(opt.spool_dir, fs_ec);
    std::string path = opt.spool_dir + "/body-XXXXXX";
    int fd = ::mkostemp(path.data(), O_CLOEXEC);
    if (fd < 0) {
      opt.log_error("cannot create a file in " + opt.spool_dir + ": " + std::strerror(errno));
      return {};
    }
    ::close(fd);
    return path;
  }

  // Reads the rest of the request (after its header) into `parser`'s body.
  template <class Parser>
  asio::awaitable<void> read_body(std::shared_ptr<Conn> conn, beast::flat_buffer& buffer,
                                  Parser& parser, error_code& ec) {
    if (parser.get()[bhttp::field::expect] == "100-continue") {
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      co_await asio::async_write(conn->socket, asio::buffer(kContinue),
                                 asio::redirect_error(asio::use_awaitable, ec));
    }
    if (!ec) {
      co_await bhttp::async_read(conn->socket, buffer, parser,
                                 asio::redirect_error(asio::use_awaitable, ec));
    }
  }

  // The inline answer for `req`, if any (see Options::answer_inline).
  std::optional<Response> try_inline(Request& req) {
    if (!opt.answer_inline) return std::nullopt;
    try {
      return opt.answer_inline(req);
    } catch (const std::exception& e) {
      opt.log_error(std::string("inline handler threw: ") + e.what() + " on " + req.target);
    } catch (...) {
      opt.log_error("inline handler threw a non-exception on " + req.target);
    }
    return page(500, &req);
  }

  // Writes `res` and returns whether the connection may stay open.
  asio::awaitable<bool> write(std::shared_ptr<Conn> conn, const Request& req, Response res,
                              bool keep_alive, Clock::time_point started) {
    finish_response(req, res);
    if (!res.file_path.empty()) {
      bhttp::response<bhttp::file_body> file;
      error_code open_ec;
      file.body().open(res.file_path.c_str(), beast::file_mode::scan, open_ec);
      if (!open_ec) {
        co_return co_await write_file(std::move(conn), req, std::move(res), std::move(file),
                                      keep_alive, started);
      }
      // Gone since finish_response looked: as if it had never been there.
      res = Response::text("Not Found", 404);
      finish_response(req, res);
    }
    bhttp::response<bhttp::string_body> out;
    out.version(11);
    out.result(static_cast<unsigned>(res.status));
    for (const auto& [n, v] : res.headers) out.insert(n, v);
    out.keep_alive(keep_alive);
    bool no_body = res.status == 304 || res.status == 204 || res.status < 200;
    if (!no_body) out.set(bhttp::field::content_length, std::to_string(res.body.size()));
    // The body is lent to the message and given back for the observer (its size is logged).
    bool send_body = req.method != Method::head && !no_body;
    if (send_body) out.body() = std::move(res.body);
    conn->deadline(opt.idle_timeout, conn);
    error_code ec;
    co_await bhttp::async_write(conn->socket, out, asio::redirect_error(asio::use_awaitable, ec));
    conn->disarm();
    if (send_body) res.body = std::move(out.body());
    if (observer) {
      try {
        observer(req, res, Clock::now() - started);
      } catch (...) {
        opt.log_error("observer threw");
      }
    }
    co_return !ec && keep_alive;
  }

  // Sends a file from disk a buffer at a time (Beast's file_body), so a 20 MB download never sits
  // in memory; the idle deadline is renewed at each buffer, so a slow reader that keeps reading
  // is not cut off while one that stops is.
  asio::awaitable<bool> write_file(std::shared_ptr<Conn> conn, const Request& req, Response res,
                                   bhttp::response<bhttp::file_body> out, bool keep_alive,
                                   Clock::time_point started) {
    out.version(11);
    out.result(static_cast<unsigned>(res.status));
    for (const auto& [n, v] : res.headers) out.insert(n, v);
    out.keep_alive(keep_alive);
    out.content_length(out.body().size());
    bhttp::response_serializer<bhttp::file_body> sr(out);
    error_code ec;
    if (req.method == Method::head) {
      conn->deadline(opt.idle_timeout, conn);
      co_await bhttp::async_write_header(conn->socket, sr,
                                         asio::redirect_error(asio::use_awaitable, ec));
    } else {
      while (!ec && !sr.is_done()) {
        conn->deadline(opt.idle_timeout, conn);
        co_await bhttp::async_write_some(conn->socket, sr,
                                         asio::redirect_error(asio::use_awaitable, ec));
      }
    }
    conn->disarm();
    // What was sent, for the observer (the access log's bytes): the body stayed on disk.
    res.header("Content-Length", std::to_string(out.body().size()));
    if (observer) {
      try {
        observer(req, res, Clock::now() - started);
      } catch (...) {
        opt.log_error("observer threw");
      }
    }
    co_return !ec && keep_alive;
  }

  // Lets the client read our last response before the socket goes: closing with unread input
  // would send a reset that can destroy the response in flight (e.g. a 413 while it uploads).
  asio::awaitable<void> linger_close(std::shared_ptr<Conn> conn) {
    error_code ec;
    conn->socket.shutdown(tcp::socket::shutdown_send, ec);
    conn->deadline(std::chrono::seconds(1), conn);
    char sink[4096];
    std::size_t drained = 0;
    while (!ec && drained < (1u << 20)) {
      drained += co_await conn->socket.async_read_some(
          asio::buffer(sink), asio::redirect_error(asio::use_awaitable, ec));
    }
    conn->disarm();
    conn->socket.close(ec);
  }

  asio::awaitable<void> session(std::shared_ptr<Conn> conn) {
    error_code ec;
    std::string remote;
    auto ep = conn->socket.remote_endpoint(ec);
    if (!ec) remote = ep.address().to_string();
    beast::flat_buffer buffer;
    for (std::size_t served = 0;; ++served) {
      // Idle: wait for the first byte of the next request (or of the first one).
      if (buffer.size() == 0) {
        conn->idle = true;
        if (stopping) break;
        conn->deadline(served == 0 ? opt.read_timeout : opt.idle_timeout, conn);
        std::size_t n = co_await conn->socket.async_read_some(
            buffer.prepare(4096), asio::redirect_error(asio::use_awaitable, ec));
        buffer.commit(n);
        conn->idle = false;
        if (ec) break;  // closed, idle timeout or stop(): nothing to answer
      }
      conn->idle = false;
      Clock::time_point started = Clock::now();
      conn->deadline(opt.read_timeout, conn);  // one deadline for the whole request

      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(opt.max_header_bytes));
      // The route, and so the limit, is known only once the header is read.
      parser.body_limit(std::numeric_limits<std::uint64_t>::max());
      std::optional<bhttp::request_parser<bhttp::file_body>> to_file;
      Spool spool;
      co_await bhttp::async_read_header(conn->socket, buffer, parser,
                                        asio::redirect_error(asio::use_awaitable, ec));
      if (!ec && !parser.is_done()) {
        std::size_t limit = body_limit_for(parser.get(), remote);
        auto length = parser.content_length();
        if (length && *length > limit) {
          ec = bhttp::error::body_limit;  // refused before a byte of the body is read
        } else if (limit > opt.max_body_bytes && (!length || *length > opt.max_body_bytes)) {
          // Larger than what is kept in memory, or of unknown size (chunked): to a file.
          spool.path = spool_file();
          if (spool.path.empty()) {
            ec = bhttp::error::body_limit;
          } else {
            to_file.emplace(std::move(parser));
            to_file->body_limit(limit);
            to_file->get().body().open(spool.path.c_str(), beast::file_mode::write, ec);
            conn->deadline(std::max(opt.read_timeout, opt.upload_timeout), conn);
          }
        } else {
          parser.body_limit(limit);
        }
        if (!ec) {
          if (to_file) {
            co_await read_body(conn, buffer, *to_file, ec);
          } else {
            co_await read_body(conn, buffer, parser, ec);
          }
        }
      }
      const bhttp::request_header<>& head =
          to_file ? static_cast<const bhttp::request_header<>&>(to_file->get()) : parser.get();
      bool timed_out = conn->timed_out;
      conn->disarm();

      if (ec) {
        int status = 0;
        if (timed_out) {
          status = 408;
        } else if (ec == bhttp::error::header_limit) {
          status = 431;
        } else if (ec == bhttp::error::body_limit) {
          status = 413;
        } else if (ec == bhttp::error::end_of_stream || ec == asio::error::eof ||
                   ec == asio::error::connection_reset || ec == bhttp::error::partial_message) {
          opt.log_error("client closed mid-request from " + remote + ": " + ec.message());
          break;
        } else {
          status = 400;
        }
        Request partial;
        partial.remote_address = remote;
        // A Content-Length over the limit is refused once the header is read: keep its fields so
        // the page speaks the client's language.
        if (to_file || parser.is_header_done()) to_request(head, remote, partial);
        co_await write(conn, partial, page(status, &partial), false, started);
        co_await linger_close(conn);
        co_return;
      }

      Request req;
      bool keep_alive = (to_file ? to_file->get().keep_alive() : parser.get().keep_alive()) &&
                        !stopping && served + 1 < opt.max_keepalive_requests;
      Response res;
      bool path_ok = to_request(head, remote, req);
      if (to_file) {
        req.body_file = spool.path;
      } else {
        req.body = std::move(parser.get().body());
      }
      if (!path_ok) {
        res = page(400, &req);
        keep_alive = false;
      } else if (auto quick = try_inline(req)) {
        res = std::move(*quick);
      } else if (queued.fetch_add(1) >= opt.max_queued_requests) {
        queued.fetch_sub(1);
        res = page(503, &req);
        res.header("Retry-After", "5");
      } else {
        res = co_await run_handler(req, *conn->io);
        queued.fetch_sub(1);
      }
      if (stopping) keep_alive = false;  // stop() came while the handler ran
      if (!co_await write(conn, req, std::move(res), keep_alive, started)) break;
    }
    conn->socket.shutdown(tcp::socket::shutdown_send, ec);
    conn->socket.close(ec);
  }

  asio::awaitable<void> accept_loop() {
    while (!stopping) {
      error_code ec;
      asio::io_context& target = *ios[next_io++ % ios.size()];
      tcp::socket s =
          co_await acceptor.async_accept(target, asio::redirect_error(asio::use_awaitable, ec));
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) co_return;
        // Out of file descriptors (EMFILE, ENFILE) or memory, the waiting connection stays in
        // the backlog and accepting again at once fails again at once: a loop burning a core
        // and filling the log. Wait instead, longer each time up to a second, until connections
        // close; log the first failure of a series and the recovery, not every try.
        if (accept_failures++ == 0) {
          opt.log_error("accept failed: " + ec.message() + "; waiting before accepting again");
        }
        asio::steady_timer pause(acceptor.get_executor(), accept_backoff(accept_failures));
        co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        continue;
      }
      if (accept_failures > 0) {
        opt.log_error("accepting again after " + std::to_string(accept_failures) +
                      " failed accepts");
        accept_failures = 0;
      }
      auto conn = std::make_shared<Conn>(std::move(s), target);
      {
        std::lock_guard lock(conns_mu);
        conns.insert(conn);
      }
      asio::co_spawn(conn->socket.get_executor(), session(conn),
                     [this, conn](std::exception_ptr e) {
                       if (e) opt.log_error("session ended by an exception");
                       error_code ignored;
                       conn->stop_timer();
                       conn->socket.close(ignored);
                       std::lock_guard lock(conns_mu);
                       conns.erase(conn);
                     });
    }
  }

  void do_stop() {
    stopping = true;
    error_code ec;
    acceptor.close(ec);
    if (signals) signals->cancel(ec);
    guards.clear();  // each io_context now ends when its last connection does
    std::lock_guard lock(conns_mu);
    for (const auto& c : conns) {
      asio::post(c->socket.get_executor(), [c] {
        if (!c->idle) return;  // in flight: it sees `stopping` and closes after responding
        error_code ignored;
        c->socket.cancel(ignored);
      });
    }
  }
};

Server::Server(Options options, Handler handler, ErrorPage error_page, Observer observer)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(error_page),
                                   std::move(observer))) {}

Server::~Server() {
  impl_->workers.join();
}

Status Server::start() {
  auto& a = impl_->acceptor;
  error_code ec;
  auto address = asio::ip::make_address(impl_->opt.host, ec);
  if (ec) return Error::invalid("errors.server.bad_host").with_detail(impl_->opt.host);
  tcp::endpoint ep(address, impl_->opt.port);
  a.open(ep.protocol(), ec);
  if (!ec) a.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(ep, ec);
  if (!ec) a.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    error_code ignored;
    a.close(ignored);
    return Error::unavailable("cannot listen on " + impl_->opt.host + ":" +
                              std::to_string(impl_->opt.port) + ": " + ec.message());
  }
  impl_->settle_allocators();
  asio::co_spawn(a.get_executor(), impl_->accept_loop(), asio::detached);
  return {};
}

std::uint16_t Server::port() const {
  error_code ec;
  auto ep = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : ep.port();
}

void Server::run() {
  std::vector<std::thread> extra;
  for (std::size_t i = 1; i < impl_->ios.size(); ++i) {
    extra.emplace_back([io = impl_->ios[i].get()] { io->run(); });
  }
  impl_->ios[0]->run();
  for (auto& t : extra) t.join();
  impl_->workers.join();
}

void Server::stop() {
  asio::post(impl_->acceptor.get_executor(), [impl = impl_.get()] { impl->do_stop(); });
}

void Server::stop_on_signals() {
  impl_->signals = std::make_unique<asio::signal_set>(*impl_->ios[0], SIGINT, SIGTERM);
  impl_->signals->async_wait([this](error_code ec, int) {
    if (!ec) stop();
  });
}

}  // namespace comdev::http::server
