#include "web/metrics.h"

#include <cstdio>

namespace comdev::web {
namespace {

void append_label_value(std::string& out, std::string_view v) {
  for (char c : v) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

void Metrics::observe(std::string_view method, std::string_view route, int status,
                      std::chrono::nanoseconds latency) {
  {
    std::lock_guard lock(mu_);
    auto it =
        requests_.find(std::tuple<std::string_view, std::string_view, int>(method, route, status));
    if (it != requests_.end()) {
      ++it->second;
    } else {
      requests_.emplace(std::tuple<std::string, std::string, int>(method, route, status), 1);
    }
  }
  double seconds = std::chrono::duration<double>(latency).count();
  std::size_t i = 0;
  while (i < kBuckets.size() && seconds > kBuckets[i]) ++i;
  buckets_[i].fetch_add(1, std::memory_order_relaxed);
  count_.fetch_add(1, std::memory_order_relaxed);
  sum_ns_.fetch_add(static_cast<std::uint64_t>(latency.count()), std::memory_order_relaxed);
}

std::string Metrics::render(const store::PoolStats& pool) const {
  std::string out;
  out += "# HELP comdev_http_requests_total HTTP requests by method, route and status.\n";
  out += "# TYPE comdev_http_requests_total counter\n";
  {
    std::lock_guard lock(mu_);
    for (const auto& [key, n] : requests_) {
      const auto& [method, route, status] = key;
      out += "comdev_http_requests_total{method=\"";
      append_label_value(out, method);
      out += "\",route=\"";
      append_label_value(out, route);
      out += "\",status=\"" + std::to_string(status) + "\"} " + std::to_string(n) + "\n";
    }
  }
  out += "# HELP comdev_http_request_duration_seconds Time from request read to response ready.\n";
  out += "# TYPE comdev_http_request_duration_seconds histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    cumulative += buckets_[i].load(std::memory_order_relaxed);
    out += "comdev_http_request_duration_seconds_bucket{le=\"" + number(kBuckets[i]) + "\"} " +
           std::to_string(cumulative) + "\n";
  }
  cumulative += buckets_[kBuckets.size()].load(std::memory_order_relaxed);
  out += "comdev_http_request_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative) +
         "\n";
  out += "comdev_http_request_duration_seconds_sum " +
         number(static_cast<double>(sum_ns_.load()) / 1e9) + "\n";
  out += "comdev_http_request_duration_seconds_count " + std::to_string(count_.load()) + "\n";
  out += "# HELP comdev_db_pool_connections Open database connections.\n";
  out += "# TYPE comdev_db_pool_connections gauge\n";
  out += "comdev_db_pool_connections " + std::to_string(pool.size) + "\n";
  out += "# HELP comdev_db_pool_in_use Database connections leased now.\n";
  out += "# TYPE comdev_db_pool_in_use gauge\n";
  out += "comdev_db_pool_in_use " + std::to_string(pool.in_use) + "\n";
  out += "# HELP comdev_db_pool_waits_total Leases that waited for a free connection.\n";
  out += "# TYPE comdev_db_pool_waits_total counter\n";
  out += "comdev_db_pool_waits_total " + std::to_string(pool.waits) + "\n";
  return out;
}

}  // namespace comdev::web
