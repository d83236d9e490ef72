// Calendar files (RFC 5545): one meeting's .ics and a member's feed are both a VCALENDAR with a
// VTIMEZONE per zone used and a VEVENT per meeting. Start and end keep their local time and
// zone (DTSTART;TZID=Africa/Casablanca:20270220T100000), so a calendar moves the meeting with
// the zone's rules as the organiser meant it; each VTIMEZONE lists the zone's dated transitions
// from the tz database over the meetings' years (Casablanca's Ramadan hour follows no yearly
// rule). Text values are escaped (\\ \; \, \n), lines folded at 75 octets without cutting a
// UTF-8 character, every line ends with CRLF. Pure: no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time.h"
#include "features/meetings/meeting.h"

namespace comdev::meetings::ics {

struct Event {
  Meeting meeting;
  std::string uid;  // stable across changes: "meeting-12@example.org"
  std::string url;  // the meeting's page
};

// The calendar; `name` (may be empty) titles a feed. `now` is DTSTAMP. Errors: a meeting whose
// zone the tz database does not know (invalid).
Result<std::string> calendar(const std::vector<Event>& events, std::string_view name,
                             core::Seconds now);

// TEXT escaping (RFC 5545 §3.3.11).
std::string escape(std::string_view text);
// One content line folded at 75 octets (§3.1), with its CRLF.
std::string fold(std::string_view line);

}  // namespace comdev::meetings::ics
