// bare_server: the yardstick for the HTTP server's own cost. A plain Boost.Beast server with
// nothing of ComDev in it — one io_context per thread, connections spread over them, keep-alive,
// C++20 coroutines like src/http/server/server.cpp — answering every request with the same body
// of a chosen size. bench/http/run measures it beside `comdev serve` in one run, so a static asset
// of comdev can be compared with this server sending a body of the same size.
//
//   bare_server [--port P] [--threads N] [--bytes N | --file PATH] [--type CONTENT-TYPE] [--gzip]
//
// --port 0 (the default) picks a free port; the server prints "bare_server: listening on
// http://127.0.0.1:PORT" on stderr. --file serves that file's bytes (e.g. a pre-compressed
// stylesheet, with --gzip to label it Content-Encoding: gzip). Stops on SIGINT or SIGTERM.
#include <utility>  // before asio: g++ 12 coroutines need it (ARCHITECTURE.md §11)

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

struct Reply {
  std::string body;
  std::string type = "text/plain; charset=utf-8";
  bool gzip = false;
};

asio::awaitable<void> session(tcp::socket socket, std::shared_ptr<const Reply> reply) {
  beast::flat_buffer buffer;
  boost::system::error_code ec;
  for (;;) {
    bhttp::request<bhttp::string_body> req;
    co_await bhttp::async_read(socket, buffer, req, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) break;
    bhttp::response<bhttp::string_body> res{bhttp::status::ok, req.version()};
    res.set(bhttp::field::content_type, reply->type);
    if (reply->gzip) res.set(bhttp::field::content_encoding, "gzip");
    res.keep_alive(req.keep_alive());
    res.body() = reply->body;
    res.prepare_payload();
    co_await bhttp::async_write(socket, res, asio::redirect_error(asio::use_awaitable, ec));
    if (ec || !req.keep_alive()) break;
  }
  socket.shutdown(tcp::socket::shutdown_send, ec);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor,
                                  std::vector<std::unique_ptr<asio::io_context>>& ios,
                                  std::shared_ptr<const Reply> reply) {
  std::size_t next = 0;
  for (;;) {
    boost::system::error_code ec;
    asio::io_context& target = *ios[next++ % ios.size()];
    tcp::socket s =
        co_await acceptor.async_accept(target, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) co_return;
    asio::co_spawn(target, session(std::move(s), reply), asio::detached);
  }
}

int usage() {
  std::cerr << "usage: bare_server [--port P] [--threads N] [--bytes N | --file PATH] "
               "[--type CONTENT-TYPE] [--gzip]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned short port = 0;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto reply = std::make_shared<Reply>();
  reply->body.assign(31, 'x');
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--port") {
      port = static_cast<unsigned short>(std::atoi(value().c_str()));
    } else if (a == "--threads") {
      threads = std::max(1, std::atoi(value().c_str()));
    } else if (a == "--bytes") {
      reply->body.assign(static_cast<std::size_t>(std::max(0, std::atoi(value().c_str()))), 'x');
    } else if (a == "--file") {
      std::ifstream in(value(), std::ios::binary);
      if (!in) return usage();
      std::ostringstream ss;
      ss << in.rdbuf();
      reply->body = std::move(ss).str();
    } else if (a == "--type") {
      reply->type = value();
    } else if (a == "--gzip") {
      reply->gzip = true;
    } else {
      return usage();
    }
  }

  std::vector<std::unique_ptr<asio::io_context>> ios;
  for (int i = 0; i < threads; ++i) ios.push_back(std::make_unique<asio::io_context>(1));
  tcp::acceptor acceptor(*ios[0], tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  std::fprintf(stderr, "bare_server: listening on http://127.0.0.1:%u (%d threads, %zu bytes)\n",
               static_cast<unsigned>(acceptor.local_endpoint().port()), threads,
               reply->body.size());
  asio::signal_set signals(*ios[0], SIGINT, SIGTERM);
  signals.async_wait([&](boost::system::error_code, int) {
    for (auto& io : ios) io->stop();
  });
  asio::co_spawn(*ios[0], accept_loop(acceptor, ios, reply), asio::detached);

  std::vector<std::thread> extra;
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  for (auto& io : ios) guards.push_back(asio::make_work_guard(*io));
  for (std::size_t i = 1; i < ios.size(); ++i) extra.emplace_back([&io = *ios[i]] { io.run(); });
  ios[0]->run();
  for (auto& io : ios) io->stop();
  for (auto& t : extra) t.join();
  return 0;
}
