#include "http/server/testing/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>

namespace comdev::http::testing {
namespace {

using Clock = std::chrono::steady_clock;

int connect_to(std::uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// One read with a deadline: >0 bytes, 0 closed, -1 timeout or error.
long read_some(int fd, std::string& out, Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  if (left.count() <= 0) return -1;
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return -1;
  char buf[16384];
  ssize_t n = ::recv(fd, buf, sizeof buf, 0);
  if (n > 0) out.append(buf, static_cast<std::size_t>(n));
  if (n < 0) return errno == ECONNRESET ? 0 : -1;
  return n;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Size of the first complete response in `bytes`, or 0 when more bytes are needed.
std::size_t response_size(std::string_view bytes, bool head) {
  std::size_t end = bytes.find("\r\n\r\n");
  if (end == std::string_view::npos) return 0;
  ClientResponse r = parse_response(bytes.substr(0, end + 4), /*head=*/true);
  std::size_t body = 0;
  if (!head && r.status != 304 && r.status != 204 && r.headers.count("content-length")) {
    body = std::stoul(r.headers["content-length"]);
  }
  return bytes.size() >= end + 4 + body ? end + 4 + body : 0;
}

}  // namespace

ClientResponse parse_response(std::string_view bytes, bool head) {
  ClientResponse r;
  std::size_t end = bytes.find("\r\n\r\n");
  if (end == std::string_view::npos || bytes.substr(0, 9).substr(0, 5) != "HTTP/") {
    r.error = "no complete response head";
    return r;
  }
  std::string_view head_part = bytes.substr(0, end);
  std::size_t eol = head_part.find("\r\n");
  std::string_view status_line = head_part.substr(0, eol);
  if (status_line.size() < 12) {
    r.error = "bad status line";
    return r;
  }
  int status = std::stoi(std::string(status_line.substr(9, 3)));
  std::size_t pos = eol == std::string_view::npos ? head_part.size() : eol + 2;
  while (pos < head_part.size()) {
    std::size_t next = head_part.find("\r\n", pos);
    if (next == std::string_view::npos) next = head_part.size();
    std::string_view line = head_part.substr(pos, next - pos);
    pos = next + 2;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    r.headers[lower(line.substr(0, colon))] = std::string(value);
  }
  std::size_t length = 0;
  if (!head && r.headers.count("content-length")) length = std::stoul(r.headers["content-length"]);
  if (bytes.size() < end + 4 + length) {
    r.error = "truncated body";
    return r;
  }
  r.body = std::string(bytes.substr(end + 4, length));
  r.status = status;
  return r;
}

std::string raw_exchange(std::uint16_t port, std::string_view bytes,
                         std::chrono::milliseconds timeout) {
  RawConnection c(port);
  std::string out;
  if (!c.ok()) return out;
  c.send(bytes);
  c.read_until_closed(timeout, &out);
  return out;
}

RawConnection::RawConnection(std::uint16_t port) : fd_(connect_to(port)) {}
RawConnection::~RawConnection() {
  close();
}

void RawConnection::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

bool RawConnection::send(std::string_view bytes) {
  while (!bytes.empty() && fd_ >= 0) {
    ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return fd_ >= 0;
}

ClientResponse RawConnection::read_response(std::chrono::milliseconds timeout, bool head) {
  auto deadline = Clock::now() + timeout;
  while (true) {
    std::size_t size = response_size(pending_, head);
    if (size > 0) {
      ClientResponse r = parse_response(std::string_view(pending_).substr(0, size), head);
      pending_.erase(0, size);
      return r;
    }
    long n = fd_ < 0 ? 0 : read_some(fd_, pending_, deadline);
    if (n <= 0) {
      ClientResponse r;
      r.error = n == 0 ? "connection closed before a full response" : "timeout";
      return r;
    }
  }
}

bool RawConnection::read_until_closed(std::chrono::milliseconds timeout, std::string* out) {
  auto deadline = Clock::now() + timeout;
  std::string got = std::move(pending_);
  pending_.clear();
  bool closed = false;
  while (fd_ >= 0) {
    long n = read_some(fd_, got, deadline);
    if (n == 0) {
      closed = true;
      break;
    }
    if (n < 0) break;
  }
  if (out) *out = std::move(got);
  return closed;
}

Client::~Client() {
  delete conn_;
}

ClientResponse Client::request(std::string_view method, std::string_view target,
                               const std::vector<std::pair<std::string, std::string>>& headers,
                               std::string_view body) {
  std::string msg;
  msg.append(method).append(" ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
  for (const auto& [n, v] : headers) msg.append(n).append(": ").append(v).append("\r\n");
  if (!body.empty() || method == "POST" || method == "PUT") {
    msg.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
  }
  msg.append("\r\n").append(body);

  // A kept-alive connection may have been closed by the server meanwhile: retry once fresh.
  for (int attempt = 0; attempt < 2; ++attempt) {
    bool fresh = conn_ == nullptr;
    if (fresh) {
      conn_ = new RawConnection(port_);
      ++opened_;
      if (!conn_->ok()) {
        delete conn_;
        conn_ = nullptr;
        ClientResponse r;
        r.error = "connect failed";
        return r;
      }
    }
    ClientResponse r;
    if (conn_->send(msg)) r = conn_->read_response(timeout_, method == "HEAD");
    if (r.status == 0 && !fresh) {
      delete conn_;
      conn_ = nullptr;
      continue;
    }
    if (r.status == 0 || lower(r.headers["connection"]) == "close") {
      delete conn_;
      conn_ = nullptr;
    }
    return r;
  }
  ClientResponse r;
  r.error = "unreachable";
  return r;
}

ClientResponse Client::get(std::string_view target,
                           const std::vector<std::pair<std::string, std::string>>& headers) {
  return request("GET", target, headers);
}

ClientResponse Client::post(std::string_view target, std::string_view body,
                            std::string_view content_type) {
  return request("POST", target, {{"Content-Type", std::string(content_type)}}, body);
}

}  // namespace comdev::http::testing
