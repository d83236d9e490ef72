#include "features/meetings/meeting_forms.h"

#include <vector>

#include "core/form_text.h"
#include "core/text.h"
#include "features/meetings/meeting_rules.h"
#include "web/markdown.h"

namespace comdev::meetings {
namespace {

// Collects the errors of every field, so the form comes back with all of them at once.
struct Errors {
  std::vector<FieldError> fields;
  std::string message_id = "errors.invalid";

  template <class T>
  std::optional<T> take(Result<T> r) {
    if (r) return std::move(*r);
    add(r.error());
    return std::nullopt;
  }
  void add(const Error& e) {
    for (const auto& f : e.fields) fields.push_back(f);
    // A skipped or repeated hour explains itself better than "check the form".
    if (e.message_id != "errors.invalid") message_id = e.message_id;
  }
  void add(std::string field, std::string key) {
    fields.push_back({std::move(field), std::move(key)});
  }
};

Result<std::string> text_field(std::string_view field, std::string_view value, std::size_t max,
                               bool required, std::string_view required_key) {
  return core::form_text(field, value, max, required, required_key, "meetings.errors.too_long");
}

Result<std::string> markdown_field(std::string_view field, std::string_view value, bool required) {
  auto t = text_field(field, value, kMaxMarkdown, required, "meetings.errors.minutes_required");
  if (!t) return t.error();
  if (web::markdown_has_unsafe_parts(*t)) {
    return Error::invalid("errors.invalid", {{std::string(field), "teams.errors.unsafe_markdown"}});
  }
  return t;
}

// The local time in its zone, with the field named after the form's input.
Result<civiltime::CivilTime> resolve_field(const civiltime::LocalDateTime& t, std::string_view zone,
                                           const char* field) {
  auto r = civiltime::resolve(t, zone);
  if (r) return r;
  Error e = r.error();
  for (auto& f : e.fields) {
    if (f.field == "time") f.field = field;
  }
  return e;
}

}  // namespace

Result<MeetingInput> parse_meeting(const MeetingFields& f) {
  Errors errors;
  MeetingInput in;
  if (auto t = errors.take(
          text_field("title", f.title, kMaxTitle, true, "meetings.errors.title_required"))) {
    in.title = *t;
  }
  auto zone = std::string(core::trim_space(f.time_zone));
  bool zone_ok = civiltime::is_zone(zone);
  if (!zone_ok) errors.add("time_zone", "civiltime.errors.zone");
  auto date = core::trim_space(f.date);
  auto start = civiltime::parse_local(date, core::trim_space(f.start));
  auto end = civiltime::parse_local(date, core::trim_space(f.end));
  if (!start) errors.add(start.error());
  if (!end) {
    Error e = end.error();
    for (auto& fe : e.fields) {
      if (fe.field == "time") fe.field = "end";
    }
    // The date's error is already there once.
    if (start || e.fields.front().field != "date") errors.add(e);
  } else if (start && *end <= *start) {
    errors.add("end", "meetings.errors.ends_before_start");
    errors.message_id = "meetings.errors.ends_before_start";
  }
  if (start && end && zone_ok && *end > *start) {
    if (auto s = errors.take(resolve_field(*start, zone, "start"))) in.start = *s;
    if (auto e = errors.take(resolve_field(*end, zone, "end"))) in.end = *e;
    if (errors.fields.empty() && in.end.utc <= in.start.utc) {
      // Local times in order, instants not: the clocks went back in between.
      errors.add("end", "meetings.errors.ends_before_start");
      errors.message_id = "meetings.errors.ends_before_start";
    }
  }
  if (auto p = errors.take(text_field("place", f.place, kMaxPlace, false, {}))) in.place = *p;
  auto video = std::string(core::trim_space(f.video_url));
  if (!video.empty() && !is_video_link(video)) {
    errors.add("video_url", "meetings.errors.video_link");
  } else {
    in.video_url = video;
  }
  if (in.place.empty() && video.empty()) errors.add("place", "meetings.errors.where");
  if (auto a = errors.take(markdown_field("agenda", f.agenda, false))) in.agenda_md = *a;
  if (!errors.fields.empty()) return Error::invalid(errors.message_id, std::move(errors.fields));
  return in;
}

Result<Answer> parse_answer_field(std::string_view answer) {
  auto a = parse_answer(core::trim_space(answer));
  if (!a) return Error::invalid("errors.invalid", {{"answer", "meetings.errors.answer"}});
  return *a;
}

Result<std::string> parse_minutes(std::string_view minutes) {
  return markdown_field("minutes", minutes, true);
}

Result<std::string> parse_cancel_reason(std::string_view reason) {
  return text_field("reason", reason, kMaxCancelReason, false, {});
}

Result<std::string> parse_zone(std::string_view zone) {
  auto z = std::string(core::trim_space(zone));
  if (z.empty() || civiltime::is_zone(z)) return z;
  return Error::invalid("errors.invalid", {{"time_zone", "civiltime.errors.zone"}});
}

}  // namespace comdev::meetings
