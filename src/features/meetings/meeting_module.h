// The meetings feature: a project team's meetings (civil times in IANA zones, answers, agenda and
// minutes), their calendar files and each member's secret feed, the reminder in the digest, the
// pages, the API and the project page's section. Comes after teams (whose standing and policy it
// reuses) and the digest (which carries the reminders).
#pragma once

#include <string>

#include "features/meetings/ics.h"
#include "http/response.h"
#include "web/app.h"

namespace comdev::meetings {

// At most this many meetings on a project's page (a team meets weekly at most: years of them).
inline constexpr int kMeetingsListed = 200;

void register_meeting_pages(web::App& app);   // meeting_pages.cpp
void register_calendar_pages(web::App& app);  // calendar_pages.cpp: /account/calendar, the feed
void register_api(web::App& app);             // meeting_api.cpp
void register_hooks();                        // meeting_hooks.cpp: digest, account link, section

// The calendar event of a meeting: its stable UID at the site's host and its page's address.
ics::Event event_of(const web::App& app, const Meeting& m);
// A calendar file as a download (text/calendar; RFC 6266 file name).
http::Response calendar_response(std::string body, const std::string& filename);

inline void register_module(web::App& app) {
  register_meeting_pages(app);
  register_calendar_pages(app);
  register_api(app);
  register_hooks();
}

}  // namespace comdev::meetings
