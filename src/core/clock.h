// Clock: where rules get the time. A rule that depends on time (an edit window, a deadline, a
// reminder, freshness) takes the current time from a Clock passed in by its caller and never
// reads the system time itself, so tests move time forward without sleeping.
//
// SystemClock is the real one (UTC seconds); SettableClock starts at a given time and moves only
// when told to. Both are thread-safe: one clock is shared by every worker of the server.
#pragma once

#include <atomic>
#include <chrono>

#include "core/time.h"

namespace comdev::core {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Seconds now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Seconds now() const override { return core::now(); }
};

// For tests: holds a time until set() or advance() changes it.
class SettableClock final : public Clock {
 public:
  explicit SettableClock(Seconds start = core::now()) : t_(start.time_since_epoch().count()) {}
  Seconds now() const override { return Seconds(std::chrono::seconds(t_.load())); }
  void set(Seconds t) { t_ = t.time_since_epoch().count(); }
  void advance(std::chrono::seconds d) { t_ += d.count(); }

 private:
  std::atomic<std::chrono::seconds::rep> t_;
};

// The process's real clock, for callers that have no clock handed to them (start-up wiring).
inline const Clock& system_clock() {
  static const SystemClock clock;
  return clock;
}

}  // namespace comdev::core
