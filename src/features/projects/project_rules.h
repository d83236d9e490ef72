// Pure rules of projects: the lifecycle and which moves it allows, whether a map point lies on
// the project's territory, and which title and summary a reader sees.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/projects/project.h"

namespace comdev::projects {

// The lifecycle, in order: idée → en maturation → prêt → en financement → en réalisation →
// réalisé → capitalisé.
inline constexpr std::array<std::string_view, 7> kStatuses = {
    "idea", "maturing", "ready", "funding", "in_progress", "done", "capitalised"};
bool is_status(std::string_view s);
int status_index(std::string_view s);  // -1 when unknown

// A project moves forward by any number of steps (a small project may skip the funding round),
// or back by one step to correct a mistake; staying in place is not a change.
bool may_move(std::string_view from, std::string_view to);
// The statuses a project in `from` may move to, in lifecycle order.
std::vector<std::string_view> next_statuses(std::string_view from);

bool is_lang(std::string_view s);  // fr | ar | en

// Territories are stored as points, not outlines, so "on the territory" means within a radius of
// the territory's point that fits its size: a douar 15 km, a commune 40 km, a province 150 km,
// a région 350 km. A territory without coordinates is judged by its nearest placed ancestor
// (the store finds it) with that ancestor's radius.
struct Anchor {
  double lat = 0, lon = 0;
  std::string kind;  // region | province | commune | douar
};
double radius_km(std::string_view kind);
double distance_km(double lat1, double lon1, double lat2, double lon2);
// True when the point is on the territory; true when no anchor is known (nothing to check).
bool point_on_territory(double lat, double lon, const std::optional<Anchor>& anchor);

// The title and summary in the reader's language: the translation when there is one, else the
// original. `lang` is set to the language of what is returned (for the lang/dir attributes).
struct Shown {
  std::string title, summary, lang;
};
Shown shown_in(std::string_view reader_lang, const std::string& title, const std::string& summary,
               const std::string& original_lang, const std::vector<Translation>& translations);

}  // namespace comdev::projects
