// Civil time: what people mean by "Saturday 20 February at 10:00 in Casablanca". A meeting or an
// event is kept as that local date-time plus its IANA zone (the intent, which survives a change
// of the zone's rules) and also as the UTC instant it stands for (to sort and to compare with the
// clock). Conversions read the system's tz database (/usr/share/zoneinfo, Debian's tzdata)
// through howardhinnant date; Africa/Casablanca's Ramadan hour is in that data.
//
// Thread-safe: the tz database is loaded once per process and only read afterwards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time.h"

namespace comdev::civiltime {

// A wall-clock date and time to the minute, in no particular zone.
struct LocalDateTime {
  int year = 1970;
  unsigned month = 1, day = 1, hour = 0, minute = 0;
  friend bool operator==(const LocalDateTime&, const LocalDateTime&) = default;
  friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
};

// "2027-02-20" and "10:00" (a form's date and time fields; seconds, if sent, must be 00).
// invalid with "civiltime.errors.date" or "civiltime.errors.time".
Result<LocalDateTime> parse_local(std::string_view date, std::string_view time);
// "2027-02-20T10:00:00" (how it is stored) and back.
std::string to_text(const LocalDateTime& t);
Result<LocalDateTime> parse_text(std::string_view text);
// "2027-02-20" and "10:00", for forms and pages.
std::string date_text(const LocalDateTime& t);
std::string time_text(const LocalDateTime& t);

// True for a zone of the tz database ("Africa/Casablanca", "UTC").
bool is_zone(std::string_view name);

// A local time in a zone, resolved to its UTC instant.
struct CivilTime {
  LocalDateTime local;
  std::string zone;
  core::Seconds utc;
};
// Errors as values, all `invalid`: "civiltime.errors.zone" (not a tz database zone),
// "civiltime.errors.nonexistent" (the clocks jump over it: spring forward),
// "civiltime.errors.ambiguous" (it happens twice: fall back). The caller decides; this library
// never guesses which of two instants was meant.
Result<CivilTime> resolve(const LocalDateTime& local, std::string_view zone);

// An instant as the clocks of `zone` show it.
struct Shown {
  LocalDateTime local;
  int offset_minutes = 0;  // east of UTC
  std::string abbrev;      // "CET", "+01"
};
Result<Shown> in_zone(core::Seconds utc, std::string_view zone);

// "+01:00", "-03:30".
std::string offset_text(int offset_minutes);

}  // namespace comdev::civiltime
