// Meetings of a project's team: a title, a local date with start and end times in an IANA zone
// (kept also as UTC), a place or a video link, an agenda and, once it has begun, minutes
// (Markdown), and each team member's answer (yes, no, maybe); a meeting called off stays, marked
// cancelled with its reason. Tables of migrations/0024_meetings and 0035_meetings_cancelled.
// Plain structs; std and civil time only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "civiltime/civil_time.h"

namespace comdev::meetings {

enum class Answer { yes, no, maybe };
std::string_view name(Answer a);
std::optional<Answer> parse_answer(std::string_view s);

struct Meeting {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_title;
  std::string title;
  civiltime::LocalDateTime local_start, local_end;
  std::string time_zone;
  std::string starts_at, ends_at;  // UTC, ISO text
  std::string place, video_url, agenda_md, minutes_md;
  std::string created_at, updated_at;
  std::int64_t sequence = 0;
  std::string cancelled_at;  // UTC, ISO text; empty while the meeting holds
  std::string cancel_reason;

  bool cancelled() const { return !cancelled_at.empty(); }
};

// What a form or an API body sets: resolved in its zone, so the UTC instants are known.
struct MeetingInput {
  std::string title;
  civiltime::CivilTime start, end;
  std::string place, video_url, agenda_md;
};

struct Rsvp {
  std::int64_t member_id = 0;
  std::string display_name;
  Answer answer = Answer::maybe;
};

}  // namespace comdev::meetings
