// The meetings' forms (and the API bodies, which hand the same fields over): a meeting, an
// answer, minutes, a cancellation's reason, a member's zone. Trims, checks UTF-8 and lengths;
// resolves the local start and end in the chosen zone (a time the clocks skip or show twice is
// refused, as is an end not after the start); keeps a video link only if it is https; refuses
// Markdown the renderer would alter. Every field's error is reported at once, as catalogue keys.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "features/meetings/meeting.h"

namespace comdev::meetings {

inline constexpr std::size_t kMaxTitle = 200;
inline constexpr std::size_t kMaxPlace = 300;
inline constexpr std::size_t kMaxMarkdown = 20000;
// A cancellation's reason is a sentence or two: it goes into calendars' descriptions too.
inline constexpr std::size_t kMaxCancelReason = 500;

struct MeetingFields {
  std::string_view title, date, start, end, time_zone, place, video_url, agenda;
};
Result<MeetingInput> parse_meeting(const MeetingFields& f);

Result<Answer> parse_answer_field(std::string_view answer);
// Minutes: Markdown, required.
Result<std::string> parse_minutes(std::string_view minutes);
// Why a meeting is cancelled: plain text, optional, at most kMaxCancelReason.
Result<std::string> parse_cancel_reason(std::string_view reason);
// A member's zone: a zone of the tz database, or empty for the community's.
Result<std::string> parse_zone(std::string_view zone);

}  // namespace comdev::meetings
