// RequestLog: the access log — one JSON line per request kept (request id, method, path without
// its query string, route, status, bytes, milliseconds, remote address) — on stderr, or on a sink
// a test sets. Which requests are kept is the operator's choice (Config::access_log: all, sampled,
// errors, off). Lines are gathered and written in batches, one write(2) per 64 KB or at least once
// a second, instead of one system call per request: at 20 000 requests a second the system calls
// alone took a core's worth of time from the server (docs/performance.md). A line reaches the log
// at most about a second late; the destructor writes what is left.
//
// Thread-safety: record() from any thread (one mutex around the buffer).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "core/config.h"
#include "http/request.h"
#include "http/response.h"

namespace comdev::web {

class RequestLog {
 public:
  using Sink = std::function<void(std::string_view lines)>;
  static constexpr std::size_t kBatchBytes = 64 * 1024;
  static constexpr std::chrono::milliseconds kMaxDelay{1000};
  static constexpr std::chrono::milliseconds kSlow{1000};  // always kept, except when off
  static constexpr std::uint64_t kSampleEvery = 100;

  // `max_delay`: how long a line may wait in the buffer (tests lengthen it to see the batches).
  explicit RequestLog(AccessLog mode, std::chrono::milliseconds max_delay = kMaxDelay);
  ~RequestLog();
  RequestLog(const RequestLog&) = delete;
  RequestLog& operator=(const RequestLog&) = delete;

  void record(const http::Request& req, const http::Response& res,
              std::chrono::nanoseconds latency);
  // Writes the lines gathered so far.
  void flush();
  // Sends the lines to `sink` instead of stderr (tests).
  void set_sink(Sink sink);
  void set_mode(AccessLog mode) { mode_ = mode; }

  // Whether `mode` keeps a request with this status and latency; `seq` numbers the requests (the
  // sampled mode keeps one in kSampleEvery of the others).
  static bool keeps(AccessLog mode, int status, std::chrono::nanoseconds latency,
                    std::uint64_t seq);

 private:
  void write_locked();

  std::atomic<AccessLog> mode_;
  std::atomic<std::uint64_t> seq_{0};
  std::atomic<bool> has_sink_{false};
  Sink sink_;  // guarded by mu_
  std::mutex mu_;
  std::string buffer_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread flusher_;
};

}  // namespace comdev::web
