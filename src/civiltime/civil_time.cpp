#include "civiltime/civil_time.h"

#include <date/tz.h>

#include <cstdio>
#include <exception>

namespace comdev::civiltime {
namespace {

// Names as the tz database spells them; anything else is refused before the lookup.
bool plausible_zone_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '/' || name.find("..") != name.npos) {
    return false;
  }
  for (char c : name) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '/' || c == '_' || c == '-' || c == '+';
    if (!ok) return false;
  }
  return true;
}

const date::time_zone* find_zone(std::string_view name) {
  if (!plausible_zone_name(name)) return nullptr;
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    // locate_zone reports an unknown name by throwing; here it is an answer, not a bug.
    return nullptr;
  }
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

unsigned number(std::string_view s) {
  unsigned n = 0;
  for (char c : s) n = n * 10 + static_cast<unsigned>(c - '0');
  return n;
}

date::local_seconds to_local_seconds(const LocalDateTime& t) {
  date::year_month_day ymd{date::year{t.year}, date::month{t.month}, date::day{t.day}};
  return date::local_days{ymd} + std::chrono::hours{t.hour} + std::chrono::minutes{t.minute};
}

LocalDateTime from_local_seconds(date::local_seconds s) {
  auto day = date::floor<date::days>(s);
  date::year_month_day ymd{day};
  auto minutes = std::chrono::duration_cast<std::chrono::minutes>(s - day).count();
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()), static_cast<unsigned>(minutes / 60),
          static_cast<unsigned>(minutes % 60)};
}

}  // namespace

Result<LocalDateTime> parse_local(std::string_view d, std::string_view t) {
  // YYYY-MM-DD, a real day of the Gregorian calendar, in years a meeting can take place.
  if (d.size() != 10 || d[4] != '-' || d[7] != '-' || !all_digits(d.substr(0, 4)) ||
      !all_digits(d.substr(5, 2)) || !all_digits(d.substr(8, 2))) {
    return Error::invalid("errors.invalid", {{"date", "civiltime.errors.date"}});
  }
  LocalDateTime out;
  out.year = static_cast<int>(number(d.substr(0, 4)));
  out.month = number(d.substr(5, 2));
  out.day = number(d.substr(8, 2));
  date::year_month_day ymd{date::year{out.year}, date::month{out.month}, date::day{out.day}};
  if (!ymd.ok() || out.year < 1970 || out.year > 2200) {
    return Error::invalid("errors.invalid", {{"date", "civiltime.errors.date"}});
  }
  // HH:MM, or HH:MM:00 as some browsers send it.
  if (t.size() == 8 && t.substr(5) == ":00") t = t.substr(0, 5);
  if (t.size() != 5 || t[2] != ':' || !all_digits(t.substr(0, 2)) || !all_digits(t.substr(3, 2))) {
    return Error::invalid("errors.invalid", {{"time", "civiltime.errors.time"}});
  }
  out.hour = number(t.substr(0, 2));
  out.minute = number(t.substr(3, 2));
  if (out.hour > 23 || out.minute > 59) {
    return Error::invalid("errors.invalid", {{"time", "civiltime.errors.time"}});
  }
  return out;
}

std::string to_text(const LocalDateTime& t) {
  return date_text(t) + "T" + time_text(t) + ":00";
}

Result<LocalDateTime> parse_text(std::string_view text) {
  if (text.size() != 19 || text[10] != 'T') {
    return Error::invalid("errors.invalid", {{"date", "civiltime.errors.date"}});
  }
  return parse_local(text.substr(0, 10), text.substr(11));
}

std::string date_text(const LocalDateTime& t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", t.year, t.month % 100, t.day % 100);
  return buf;
}

std::string time_text(const LocalDateTime& t) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u:%02u", t.hour % 100, t.minute % 100);
  return buf;
}

bool is_zone(std::string_view name) {
  return find_zone(name) != nullptr;
}

Result<CivilTime> resolve(const LocalDateTime& local, std::string_view zone) {
  const date::time_zone* tz = find_zone(zone);
  if (!tz) return Error::invalid("errors.invalid", {{"time_zone", "civiltime.errors.zone"}});
  auto ls = to_local_seconds(local);
  date::local_info info = tz->get_info(ls);
  if (info.result == date::local_info::nonexistent) {
    return Error::invalid("civiltime.errors.nonexistent",
                          {{"time", "civiltime.errors.nonexistent"}});
  }
  if (info.result == date::local_info::ambiguous) {
    return Error::invalid("civiltime.errors.ambiguous", {{"time", "civiltime.errors.ambiguous"}});
  }
  core::Seconds utc{ls.time_since_epoch() - info.first.offset};
  return CivilTime{local, std::string(zone), utc};
}

Result<Shown> in_zone(core::Seconds utc, std::string_view zone) {
  const date::time_zone* tz = find_zone(zone);
  if (!tz) return Error::invalid("errors.invalid", {{"time_zone", "civiltime.errors.zone"}});
  date::sys_info info = tz->get_info(utc);
  date::local_seconds ls{utc.time_since_epoch() + info.offset};
  return Shown{from_local_seconds(ls), static_cast<int>(info.offset.count() / 60), info.abbrev};
}

std::string offset_text(int offset_minutes) {
  char sign = offset_minutes < 0 ? '-' : '+';
  int m = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, (m / 60) % 100, m % 60);
  return buf;
}

}  // namespace comdev::civiltime
