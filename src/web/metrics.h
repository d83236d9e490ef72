// Metrics: counters and a latency histogram kept in memory and exposed at GET /metrics in the
// Prometheus text format. Per-instance by nature (Prometheus scrapes every instance).
// Thread-safe: observe() is called by every worker thread.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

#include "store/db.h"

namespace comdev::web {

class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

  void observe(std::string_view method, std::string_view route, int status,
               std::chrono::nanoseconds latency);
  // The exposition text; `pool` gives the database pool gauges.
  std::string render(const store::PoolStats& pool) const;

 private:
  mutable std::mutex mu_;
  // std::less<> finds a key from string views, so counting a request allocates nothing.
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t, std::less<>> requests_;
  std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> buckets_{};
  std::atomic<std::uint64_t> count_{0};
  std::atomic<std::uint64_t> sum_ns_{0};
};

}  // namespace comdev::web
