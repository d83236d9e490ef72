#include "civiltime/observances.h"

#include <date/tz.h>

#include <exception>

namespace comdev::civiltime {
namespace {

LocalDateTime local_of(date::sys_seconds at, std::chrono::seconds offset) {
  auto ls = at + offset;
  auto day = date::floor<date::days>(ls);
  date::year_month_day ymd{day};
  auto minutes = std::chrono::duration_cast<std::chrono::minutes>(ls - day).count();
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()), static_cast<unsigned>(minutes / 60),
          static_cast<unsigned>(minutes % 60)};
}

int minutes_of(std::chrono::seconds s) {
  return static_cast<int>(s.count() / 60);
}

}  // namespace

Result<std::vector<Observance>> observances(std::string_view zone, core::Seconds from,
                                            core::Seconds to) {
  if (!is_zone(zone)) {
    return Error::invalid("errors.invalid", {{"time_zone", "civiltime.errors.zone"}});
  }
  const date::time_zone* tz = nullptr;
  try {
    tz = date::locate_zone(zone);
  } catch (const std::exception&) {
    return Error::invalid("errors.invalid", {{"time_zone", "civiltime.errors.zone"}});
  }
  // Before 1970 nothing a calendar needs; a zone without transitions begins there.
  const date::sys_seconds epoch{};
  std::vector<Observance> out;
  date::sys_info info = tz->get_info(from);
  for (;;) {
    date::sys_seconds begin = info.begin < epoch ? epoch : info.begin;
    auto before = info.begin <= epoch ? info.offset
                                      : tz->get_info(info.begin - std::chrono::seconds{1}).offset;
    out.push_back({local_of(begin, before), minutes_of(before), minutes_of(info.offset),
                   info.save != std::chrono::minutes{0}, info.abbrev});
    if (info.end >= to) break;
    info = tz->get_info(info.end);
  }
  return out;
}

}  // namespace comdev::civiltime
