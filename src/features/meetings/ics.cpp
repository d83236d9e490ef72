#include "features/meetings/ics.h"

#include <chrono>
#include <cstdio>
#include <map>

#include "civiltime/observances.h"

namespace comdev::meetings::ics {
namespace {

std::string local_stamp(const civiltime::LocalDateTime& t) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d%02u%02uT%02u%02u00", t.year, t.month % 100, t.day % 100,
                t.hour % 100, t.minute % 100);
  return buf;
}

std::string utc_stamp(core::Seconds t) {
  // "2027-02-20T10:00:00Z" → "20270220T100000Z"
  std::string iso = core::iso(t), out;
  for (char c : iso) {
    if (c != '-' && c != ':') out += c;
  }
  return out;
}

std::string offset(int minutes) {
  char sign = minutes < 0 ? '-' : '+';
  int m = minutes < 0 ? -minutes : minutes;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d%02d", sign, (m / 60) % 100, m % 60);
  return buf;
}

core::Seconds year_start(int year) {
  return core::Seconds{std::chrono::sys_days{std::chrono::year{year} / 1 / 1}};
}

// The zone's periods over the years [first, last], as VTIMEZONE.
Result<std::string> vtimezone(const std::string& zone, int first, int last) {
  auto list = civiltime::observances(zone, year_start(first), year_start(last + 1));
  if (!list) return list.error();
  std::string out = fold("BEGIN:VTIMEZONE") + fold("TZID:" + zone);
  for (const auto& o : *list) {
    const char* kind = o.daylight ? "DAYLIGHT" : "STANDARD";
    out += fold(std::string("BEGIN:") + kind);
    out += fold("DTSTART:" + local_stamp(o.start));
    out += fold("TZOFFSETFROM:" + offset(o.offset_from_minutes));
    out += fold("TZOFFSETTO:" + offset(o.offset_to_minutes));
    if (!o.abbrev.empty()) out += fold("TZNAME:" + escape(o.abbrev));
    out += fold(std::string("END:") + kind);
  }
  out += fold("END:VTIMEZONE");
  return out;
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;  // CRLF is one line break
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        // Other control characters are not allowed in TEXT; a tab is.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
        out += c;
    }
  }
  return out;
}

std::string fold(std::string_view line) {
  constexpr std::size_t kOctets = 75;
  std::string out;
  std::size_t limit = kOctets;  // the first line holds 75 octets; the others a space and 74
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Never inside a UTF-8 character: back up over continuation bytes (10xxxxxx).
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

Method method_for(const Meeting& m) {
  return m.cancelled() ? Method::cancel : Method::publish;
}

Result<std::string> calendar(const std::vector<Event>& events, std::string_view name,
                             core::Seconds now, Method method) {
  std::string out = fold("BEGIN:VCALENDAR") + fold("VERSION:2.0") +
                    fold("PRODID:-//ComDev//Meetings//FR") + fold("CALSCALE:GREGORIAN") +
                    fold(method == Method::cancel ? "METHOD:CANCEL" : "METHOD:PUBLISH");
  if (!name.empty()) out += fold("X-WR-CALNAME:" + escape(name));
  // One VTIMEZONE per zone, over every year its meetings touch (an event may cross a new year).
  std::map<std::string, std::pair<int, int>> years;
  for (const auto& e : events) {
    const auto& m = e.meeting;
    auto [it, added] = years.try_emplace(m.time_zone, m.local_start.year, m.local_end.year);
    if (!added) {
      it->second.first = std::min(it->second.first, m.local_start.year);
      it->second.second = std::max(it->second.second, m.local_end.year);
    }
  }
  for (const auto& [zone, span] : years) {
    auto tz = vtimezone(zone, span.first, span.second);
    if (!tz) return tz.error();
    out += *tz;
  }
  const std::string stamp = utc_stamp(now);
  for (const auto& e : events) {
    const auto& m = e.meeting;
    out += fold("BEGIN:VEVENT");
    out += fold("UID:" + e.uid);
    out += fold("DTSTAMP:" + stamp);
    out += fold("DTSTART;TZID=" + m.time_zone + ":" + local_stamp(m.local_start));
    out += fold("DTEND;TZID=" + m.time_zone + ":" + local_stamp(m.local_end));
    out += fold("SEQUENCE:" + std::to_string(m.sequence));
    if (m.cancelled()) out += fold("STATUS:CANCELLED");
    if (method == Method::cancel && !e.organizer.empty()) {
      // A parameter value with ; : or , must be quoted, and may not hold a quote itself.
      std::string cn;
      for (char c : e.organizer_name) {
        if (c != '"' && static_cast<unsigned char>(c) >= 0x20) cn += c;
      }
      out += fold("ORGANIZER" + (cn.empty() ? "" : ";CN=\"" + cn + "\"") + ":" + e.organizer);
    }
    out += fold("SUMMARY:" + escape(m.title));
    std::string where = m.place.empty() ? m.video_url : m.place;
    if (!where.empty()) out += fold("LOCATION:" + escape(where));
    std::string description = m.agenda_md;
    if (!m.video_url.empty()) {
      description = m.video_url + (description.empty() ? "" : "\n\n" + description);
    }
    // Why it was called off comes first: it is what the reader needs now.
    if (m.cancelled() && !m.cancel_reason.empty()) {
      description = m.cancel_reason + (description.empty() ? "" : "\n\n" + description);
    }
    if (!description.empty()) out += fold("DESCRIPTION:" + escape(description));
    if (!e.url.empty()) out += fold("URL:" + e.url);
    out += fold("END:VEVENT");
  }
  out += fold("END:VCALENDAR");
  return out;
}

}  // namespace comdev::meetings::ics
