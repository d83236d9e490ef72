// What the meetings' templates read: a project's meetings with the form that sets one up, a
// meeting (times on its own clocks and on the reader's, answers, agenda, minutes), the reader's
// calendar settings, and the project page's section. Built in the reader's language.
#pragma once

#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::meetings {

struct Choice {
  std::string value, label;
  bool selected = false;
};

// A meeting's time as some clocks show it: "samedi 20 février 2027, 10:00–11:30
// (Africa/Casablanca)".
struct When {
  std::string day, start, end, zone, offset;
};

struct MeetingRow {
  std::string title, url;
  When original, yours;
  bool show_yours = false;
  std::string my_answer;  // its label, "" when not answered
  bool cancelled = false;
  std::string cancel_reason;
};

struct MeetingForm {
  std::string title, date, start, end, time_zone, place, video_url, agenda;
};

struct ListView {
  web::LayoutView layout;
  std::string csrf;
  std::string project_title, project_url, team_url, calendar_url;
  std::vector<MeetingRow> upcoming, past, cancelled;  // cancelled: listed apart, latest first
  bool can_schedule = false;
  std::string action;
  MeetingForm form;
  std::vector<std::string> zones;
  std::vector<std::string> errors;
  std::string your_zone;
};

struct AnswerRow {
  std::string name, label;
};

struct MeetingView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::string title, project_title, project_url, list_url, ics_url, calendar_url;
  When original, yours;
  bool show_yours = false;
  std::string place, video_url, agenda_html, minutes_html;
  bool can_rsvp = false;
  std::vector<Choice> answers_offered;
  std::string rsvp_action;
  std::vector<AnswerRow> answers;
  std::int64_t yes = 0, no = 0, maybe = 0;
  bool can_edit = false;
  std::string edit_action;
  MeetingForm form;  // the meeting as set, or as typed when the change was refused
  std::vector<std::string> zones;
  std::vector<std::string> edit_errors;  // the change was refused: the form is open with them
  bool can_minutes = false, minutes_open = false;
  std::string minutes_action, minutes_md;
  std::vector<std::string> errors;
  // Called off: shown as such, with the reason; nothing can be changed any more.
  bool cancelled = false;
  std::string cancel_reason, cancelled_on;
  bool can_cancel = false;  // an organiser, while it holds
  std::string cancel_action, cancel_typed;
  std::vector<std::string> cancel_errors;
};

struct CalendarView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::string zone, effective_zone;
  std::vector<std::string> zones;
  std::string zone_action, renew_action, revoke_action;
  bool has_feed = false;
  std::string feed_url;  // shown once, right after it was made
  std::vector<MeetingRow> upcoming;
  std::vector<std::string> errors;
};

struct SectionView {
  std::vector<MeetingRow> upcoming;
  std::string list_url;
};

}  // namespace comdev::meetings
