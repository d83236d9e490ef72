#include "features/projects/project_rules.h"

#include <algorithm>
#include <cmath>

namespace comdev::projects {

bool is_status(std::string_view s) {
  return status_index(s) >= 0;
}

int status_index(std::string_view s) {
  auto it = std::find(kStatuses.begin(), kStatuses.end(), s);
  return it == kStatuses.end() ? -1 : static_cast<int>(it - kStatuses.begin());
}

bool may_move(std::string_view from, std::string_view to) {
  int a = status_index(from), b = status_index(to);
  if (a < 0 || b < 0 || a == b) return false;
  return b > a || b == a - 1;
}

std::vector<std::string_view> next_statuses(std::string_view from) {
  std::vector<std::string_view> out;
  for (auto s : kStatuses) {
    if (may_move(from, s)) out.push_back(s);
  }
  return out;
}

bool is_lang(std::string_view s) {
  return s == "fr" || s == "ar" || s == "en";
}

double radius_km(std::string_view kind) {
  if (kind == "douar") return 15;
  if (kind == "commune") return 40;
  if (kind == "province") return 150;
  return 350;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kPi = 3.14159265358979323846, kEarthKm = 6371.0;
  auto rad = [](double d) { return d * kPi / 180.0; };
  double dlat = rad(lat2 - lat1), dlon = rad(lon2 - lon1);
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(rad(lat1)) * std::cos(rad(lat2)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

bool point_on_territory(double lat, double lon, const std::optional<Anchor>& anchor) {
  if (!anchor) return true;
  return distance_km(lat, lon, anchor->lat, anchor->lon) <= radius_km(anchor->kind);
}

Shown shown_in(std::string_view reader_lang, const std::string& title, const std::string& summary,
               const std::string& original_lang, const std::vector<Translation>& translations) {
  if (reader_lang != original_lang) {
    for (const auto& t : translations) {
      if (t.lang == reader_lang && !t.title.empty()) {
        // A translation without a summary keeps the original's, so the card is never empty.
        return {t.title, t.summary.empty() ? summary : t.summary,
                t.summary.empty() ? original_lang : t.lang};
      }
    }
  }
  return {title, summary, original_lang};
}

}  // namespace comdev::projects
