// The meetings' rules, without I/O: the zones offered first, the zone a member reads times in,
// when minutes may be written, what a cancelled meeting still accepts, which meetings count as
// upcoming, when a meeting's reminder is due in a member's digest, and whether a video link may
// be kept. Time comes from the caller (a core::Clock).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/time.h"
#include "features/digest/digest.h"
#include "features/meetings/meeting.h"

namespace comdev::meetings {

// Where the communities' members live most: the territory, then the diaspora's countries. Any
// other zone of the tz database is accepted too.
inline constexpr std::array<std::string_view, 9> kUsualZones = {
    "Africa/Casablanca", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam", "Europe/Madrid",
    "Europe/Berlin",     "Europe/Rome",  "Europe/London",   "America/Toronto"};
// Every community is anchored to a Moroccan territory: a member who chose no zone reads times
// as the territory's clocks show them.
inline constexpr std::string_view kCommunityZone = "Africa/Casablanca";

// The member's chosen zone, or the community's when they chose none (or a zone the tz
// database no longer knows).
std::string zone_for(std::string_view chosen);

// Minutes are written from the meeting's start: notes are taken while it happens.
bool minutes_open(const Meeting& m, core::Seconds now);

// A cancelled meeting is kept as it was when it was called off: no answer, change or minutes any
// more (a conflict, meetings.errors.cancelled). Cancelling again is not a change: see cancel().
Status open_for_changes(const Meeting& m);

// What "upcoming" lists show (a project's meetings, its page, a member's calendar page): the
// meetings that hold and have not ended. A cancelled one is listed apart, or only in calendars.
bool upcoming(const Meeting& m, core::Seconds now);

// When a meeting's reminder is due in a member's digest: from the start of the UTC day before
// the meeting for a daily digest, of the seventh day before for a weekly one — or from the
// meeting's creation when it was set later than that.
core::Seconds reminder_due(core::Seconds starts_at, core::Seconds created_at, digest::Frequency f);
// A digest composed at `now` for a member whose previous digest went out at `since` carries the
// reminder when it fell due in between and the meeting has not begun: each reminder goes in
// exactly one digest, within the digest's budget, never in an e-mail of its own.
bool reminder_in_digest(core::Seconds starts_at, core::Seconds created_at, digest::Frequency f,
                        core::Seconds since, core::Seconds now);
// The same for a meeting as stored: a cancelled meeting (or one whose times do not read back) is
// never reminded.
bool reminds(const Meeting& m, digest::Frequency f, core::Seconds since, core::Seconds now);

// A video link is an absolute https address (a meeting link sent over http could be read on
// the way; any other scheme is not a meeting room).
bool is_video_link(std::string_view url);

}  // namespace comdev::meetings
