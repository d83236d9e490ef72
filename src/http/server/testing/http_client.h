// A small blocking HTTP/1.1 client over POSIX sockets, for the HTTP tests only. It is not Beast
// on purpose: tests must be able to send malformed, truncated and trickled bytes.
//
//   Client c(server.port());
//   auto r = c.get("/projects");           // r.status, r.headers["content-type"], r.body
//   auto p = c.post("/echo", "a=1");       // same connection when the server kept it alive
//   EXPECT_EQ(c.connections_opened(), 1);
//
// Failures (refused, timeout, connection closed before a full response) give status 0 and the
// reason in `error`. Not thread-safe: one Client per thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::http::testing {

struct ClientResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string error;  // why status is 0
};

// Parses one response at the start of `bytes` (Content-Length framing); status 0 if incomplete.
ClientResponse parse_response(std::string_view bytes, bool head = false);

// Connects, sends `bytes`, then reads until the server closes or `timeout` passes.
std::string raw_exchange(std::uint16_t port, std::string_view bytes,
                         std::chrono::milliseconds timeout = std::chrono::seconds(5));

// One open TCP connection, for tests that control the timing of every byte.
class RawConnection {
 public:
  explicit RawConnection(std::uint16_t port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool ok() const { return fd_ >= 0; }
  bool send(std::string_view bytes);  // false once the server has closed
  // Reads one full response (Content-Length framing), waiting at most `timeout`.
  ClientResponse read_response(std::chrono::milliseconds timeout, bool head = false);
  // Reads until the server closes (true) or `timeout` passes (false); bytes go to `out`.
  bool read_until_closed(std::chrono::milliseconds timeout, std::string* out = nullptr);
  void close();

 private:
  int fd_ = -1;
  std::string pending_;  // bytes received beyond the last response
};

class Client {
 public:
  // `timeout`: how long one exchange may take (a slow request under load, in a crash test).
  explicit Client(std::uint16_t port,
                  std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
      : port_(port), timeout_(timeout) {}
  ~Client();

  ClientResponse request(std::string_view method, std::string_view target,
                         const std::vector<std::pair<std::string, std::string>>& headers = {},
                         std::string_view body = {});
  ClientResponse get(std::string_view target,
                     const std::vector<std::pair<std::string, std::string>>& headers = {});
  ClientResponse post(std::string_view target, std::string_view body,
                      std::string_view content_type = "application/x-www-form-urlencoded");
  int connections_opened() const { return opened_; }

 private:
  std::uint16_t port_;
  RawConnection* conn_ = nullptr;
  int opened_ = 0;
  std::chrono::milliseconds timeout_;
};

}  // namespace comdev::http::testing
