// When a failed job is tried again: the wait doubles with each attempt, from 30 seconds up to an
// hour, so a relay that is down for a while is not hammered, and a short outage costs little.
// A queued job gives up after kMaxAttempts (kept with its last error for the operator).
#pragma once

#include <chrono>

namespace comdev::jobs {

inline constexpr int kMaxAttempts = 8;

// The wait after the `attempts`-th failed attempt (1 for the first failure).
std::chrono::seconds retry_delay(int attempts);

}  // namespace comdev::jobs
