#include "http/server/accept_backoff.h"

#include <algorithm>

namespace comdev::http::server {

std::chrono::milliseconds accept_backoff(int failures) {
  constexpr std::chrono::milliseconds kFirst{10}, kLongest{1000};
  // 10 ms × 2^(failures-1), without overflowing for a long series.
  int doublings = std::clamp(failures - 1, 0, 7);
  return std::min(kFirst * (1 << doublings), kLongest);
}

}  // namespace comdev::http::server
