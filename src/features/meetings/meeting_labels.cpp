#include "features/meetings/meeting_labels.h"

#include "civiltime/civil_time.h"
#include "i18n/catalogue.h"
#include "i18n/format.h"

namespace comdev::meetings {
namespace {

std::chrono::year_month_day day_of(const civiltime::LocalDateTime& t) {
  return std::chrono::year{t.year} / std::chrono::month{t.month} / std::chrono::day{t.day};
}

}  // namespace

When when_in(i18n::Lang lang, const Meeting& m, std::string_view zone) {
  When w;
  w.zone = std::string(zone);
  auto start = core::parse_iso(m.starts_at);
  auto end = core::parse_iso(m.ends_at);
  Result<civiltime::Shown> s =
      start ? civiltime::in_zone(*start, zone) : Result<civiltime::Shown>(Error::invalid());
  Result<civiltime::Shown> e =
      end ? civiltime::in_zone(*end, zone) : Result<civiltime::Shown>(Error::invalid());
  if (!s || !e) {
    // A zone the tz database dropped: the meeting as it was set.
    w.day = i18n::format_day(lang, day_of(m.local_start));
    w.start = civiltime::time_text(m.local_start);
    w.end = civiltime::time_text(m.local_end);
    w.zone = m.time_zone;
    return w;
  }
  w.day = i18n::format_day(lang, day_of(s->local));
  w.start = civiltime::time_text(s->local);
  w.end = civiltime::time_text(e->local);
  if (day_of(e->local) != day_of(s->local)) {
    w.end = i18n::format_day(lang, day_of(e->local)) + " " + w.end;
  }
  w.offset = "UTC" + civiltime::offset_text(s->offset_minutes);
  return w;
}

std::string answer_label(i18n::Lang lang, Answer a) {
  const char* key = a == Answer::yes  ? "meetings.answer.yes"
                    : a == Answer::no ? "meetings.answer.no"
                                      : "meetings.answer.maybe";
  return std::string(i18n::catalogue(lang).text(key));
}

MeetingRow row_of(i18n::Lang lang, const Meeting& m, std::string_view reader_zone) {
  MeetingRow r;
  r.title = m.title;
  r.url = "/meetings/" + std::to_string(m.id);
  r.original = when_in(lang, m, m.time_zone);
  r.show_yours = reader_zone != m.time_zone;
  if (r.show_yours) r.yours = when_in(lang, m, reader_zone);
  r.cancelled = m.cancelled();
  r.cancel_reason = m.cancel_reason;
  return r;
}

}  // namespace comdev::meetings
