#include "web/request_log.h"

#include <unistd.h>

#include <cstdlib>

#include "core/log.h"

namespace comdev::web {

RequestLog::RequestLog(AccessLog mode, std::chrono::milliseconds max_delay) : mode_(mode) {
  buffer_.reserve(kBatchBytes + 1024);
  flusher_ = std::thread([this, max_delay] {
    std::unique_lock lock(mu_);
    while (!stop_) {
      cv_.wait_for(lock, max_delay, [this] { return stop_; });
      write_locked();
    }
  });
}

RequestLog::~RequestLog() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  flusher_.join();
}

bool RequestLog::keeps(AccessLog mode, int status, std::chrono::nanoseconds latency,
                       std::uint64_t seq) {
  switch (mode) {
    case AccessLog::all:
      return true;
    case AccessLog::off:
      return false;
    case AccessLog::sampled:
      if (seq % kSampleEvery == 0) return true;
      [[fallthrough]];
    case AccessLog::errors:
      return status >= 400 || latency >= kSlow;
  }
  return true;
}

void RequestLog::record(const http::Request& req, const http::Response& res,
                        std::chrono::nanoseconds latency) {
  AccessLog mode = mode_.load(std::memory_order_relaxed);
  if (mode == AccessLog::off) return;
  std::uint64_t seq = mode == AccessLog::sampled ? seq_.fetch_add(1, std::memory_order_relaxed) : 0;
  if (!keeps(mode, res.status, latency, seq)) return;
  if (!has_sink_.load(std::memory_order_acquire) && !log::enabled()) return;
  std::string_view route = req.route.empty() ? std::string_view("(none)") : req.route;
  // A file sent from disk has no body here; the server noted its length.
  std::uint64_t bytes = res.body.size();
  if (!res.file_path.empty()) {
    bytes = std::strtoull(std::string(res.get_header("content-length")).c_str(), nullptr, 10);
  }
  // The path is logged without its query string: queries may carry tokens.
  std::string line =
      log::format_line(log::Level::info, "request",
                       {{"request_id", req.request_id},
                        {"method", http::to_string(req.method)},
                        {"path", req.path},
                        {"route", route},
                        {"status", res.status},
                        {"bytes", bytes},
                        {"ms", std::chrono::duration<double, std::milli>(latency).count()},
                        {"remote", req.remote_address}});
  std::lock_guard lock(mu_);
  buffer_ += line;
  if (buffer_.size() >= kBatchBytes) write_locked();
}

void RequestLog::set_sink(Sink sink) {
  std::lock_guard lock(mu_);
  write_locked();
  sink_ = std::move(sink);
  has_sink_.store(static_cast<bool>(sink_), std::memory_order_release);
}

void RequestLog::flush() {
  std::lock_guard lock(mu_);
  write_locked();
}

void RequestLog::write_locked() {
  if (buffer_.empty()) return;
  if (sink_) {
    sink_(buffer_);
  } else {
    // Lines stay whole: the batch goes out in as few writes as the pipe or file takes.
    std::string_view rest = buffer_;
    while (!rest.empty()) {
      ssize_t n = ::write(STDERR_FILENO, rest.data(), rest.size());
      if (n <= 0) break;
      rest.remove_prefix(static_cast<std::size_t>(n));
    }
  }
  buffer_.clear();
}

}  // namespace comdev::web
