#include "jobs/retry.h"

#include <algorithm>

namespace comdev::jobs {

std::chrono::seconds retry_delay(int attempts) {
  constexpr std::chrono::seconds first{30}, most{3600};
  int doublings = std::clamp(attempts - 1, 0, 7);  // 30 s · 2^7 already passes the hour
  return std::min(most, first * (1 << doublings));
}

}  // namespace comdev::jobs
