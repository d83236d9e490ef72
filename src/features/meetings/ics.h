// Calendar files (RFC 5545): one meeting's .ics and a member's feed are both a VCALENDAR with a
// VTIMEZONE per zone used and a VEVENT per meeting. Start and end keep their local time and
// zone (DTSTART;TZID=Africa/Casablanca:20270220T100000), so a calendar moves the meeting with
// the zone's rules as the organiser meant it; each VTIMEZONE lists the zone's dated transitions
// from the tz database over the meetings' years (Casablanca's Ramadan hour follows no yearly
// rule). Text values are escaped (\\ \; \, \n), lines folded at 75 octets without cutting a
// UTF-8 character, every line ends with CRLF. Pure: no I/O.
//
// A cancelled meeting stays in both with STATUS:CANCELLED and its raised SEQUENCE, so a calendar
// that subscribed to the feed or imported the file replaces its copy rather than keeping a ghost.
// A file holding only the cancellation is an iTIP CANCEL (RFC 5546 §3.2.5: METHOD:CANCEL, with
// the ORGANIZER that method requires); the feed stays METHOD:PUBLISH, as it mixes cancelled
// meetings with held ones.
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
  // Who speaks for the meeting, written only in a CANCEL: "mailto:no-reply@example.org" and its
  // display name (the project's title).
  std::string organizer, organizer_name;
};

enum class Method { publish, cancel };

// The calendar; `name` (may be empty) titles a feed. `now` is DTSTAMP. Errors: a meeting whose
// zone the tz database does not know (invalid).
Result<std::string> calendar(const std::vector<Event>& events, std::string_view name,
                             core::Seconds now, Method method = Method::publish);
// The method of one meeting's own file: CANCEL once it is cancelled, PUBLISH before.
Method method_for(const Meeting& m);

// TEXT escaping (RFC 5545 §3.3.11).
std::string escape(std::string_view text);
// One content line folded at 75 octets (§3.1), with its CRLF.
std::string fold(std::string_view line);

}  // namespace comdev::meetings::ics
