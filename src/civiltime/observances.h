// The periods of a zone's offsets over a span of time, as a calendar file's VTIMEZONE lists them
// (RFC 5545 §3.6.5): each period begins at a transition with the offset before and after it.
// Read from the tz database, so irregular rules (Africa/Casablanca's Ramadan hour, moved each
// year with the moon) come out as the dated transitions they are, not as a yearly rule.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "civiltime/civil_time.h"
#include "core/result.h"
#include "core/time.h"

namespace comdev::civiltime {

struct Observance {
  LocalDateTime start;      // when it begins, on the clocks of the period before it
  int offset_from_minutes;  // the offset before it begins
  int offset_to_minutes;    // its own offset
  bool daylight;            // the tz database flags it as daylight-saving (even a negative one)
  std::string abbrev;       // "CEST", "+00"
};

// The observance in force at `from` and every one that begins before `to`, in order. A zone
// without transitions gives one observance beginning 1970-01-01 with equal offsets.
// invalid "civiltime.errors.zone" for an unknown zone.
Result<std::vector<Observance>> observances(std::string_view zone, core::Seconds from,
                                            core::Seconds to);

}  // namespace comdev::civiltime
