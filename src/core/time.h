// Time in UTC. Stored as ISO-8601 text ("2026-11-22T23:05:00Z"), which sorts as time in both
// databases and reads well in a dump.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::core {

using Seconds = std::chrono::sys_seconds;

Seconds now();
std::string iso(Seconds t);
inline std::string iso_now() {
  return iso(now());
}
// Parses "YYYY-MM-DDTHH:MM:SSZ" (also accepts a space for 'T' and a missing 'Z').
std::optional<Seconds> parse_iso(std::string_view text);

}  // namespace comdev::core
