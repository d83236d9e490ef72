#include "features/digest/digest_rules.h"

#include <algorithm>
#include <cstdio>

namespace comdev::digest {

std::string_view name(Frequency f) {
  switch (f) {
    case Frequency::daily:
      return "daily";
    case Frequency::weekly:
      return "weekly";
    case Frequency::off:
      break;
  }
  return "off";
}

std::optional<Frequency> parse_frequency(std::string_view s) {
  if (s == "off") return Frequency::off;
  if (s == "daily") return Frequency::daily;
  if (s == "weekly") return Frequency::weekly;
  return std::nullopt;
}

std::string iso_week(core::Seconds t) {
  using namespace std::chrono;
  sys_days day = floor<days>(t);
  // The Thursday of this Monday-to-Sunday week decides the week's year.
  unsigned iso_weekday = weekday{day}.iso_encoding();  // Monday 1 … Sunday 7
  sys_days thursday = day + days{4 - static_cast<int>(iso_weekday)};
  year y = year_month_day{thursday}.year();
  sys_days first_thursday_week_start = sys_days{y / January / 4};
  // Monday of the week holding 4 January (always week 1).
  first_thursday_week_start -=
      days{static_cast<int>(weekday{first_thursday_week_start}.iso_encoding()) - 1};
  int week = static_cast<int>((thursday - first_thursday_week_start).count() / 7) + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(y), week);
  return buf;
}

std::string period_key(Frequency f, core::Seconds now) {
  if (f == Frequency::weekly) return iso_week(now);
  return core::iso(now).substr(0, 10);
}

core::Seconds budget_window_start(Frequency f, core::Seconds now) {
  using namespace std::chrono;
  return now - (f == Frequency::daily ? hours{24} : hours{24 * 7});
}

std::vector<Scored> pick_new(const std::vector<Scored>& matches,
                             const std::unordered_map<std::int64_t, std::string>& new_needs) {
  std::vector<Scored> out;
  for (const auto& m : matches) {
    if (new_needs.contains(m.need_id)) out.push_back(m);
  }
  std::stable_sort(out.begin(), out.end(), [&](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    const std::string& ca = new_needs.at(a.need_id);
    const std::string& cb = new_needs.at(b.need_id);
    if (ca != cb) return ca > cb;
    return a.need_id > b.need_id;
  });
  if (out.size() > kMaxItems) out.resize(kMaxItems);
  return out;
}

}  // namespace comdev::digest
