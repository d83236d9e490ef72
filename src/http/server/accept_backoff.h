// How long the acceptor waits after a failed accept (out of file descriptors or memory) before
// trying again: 10 ms, doubling, at most a second — short enough to take connections again soon
// after some close, long enough not to spin while none can be taken.
#pragma once

#include <chrono>

namespace comdev::http::server {

// `failures`: failed accepts in a row, this one included (1 for the first).
std::chrono::milliseconds accept_backoff(int failures);

}  // namespace comdev::http::server
