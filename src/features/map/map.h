// The map feature's plain structs: the filters shared by /map and the GeoJSON endpoint, and a
// project as the map shows it.
#pragma once

#include <cstdint>
#include <string>

namespace comdev::map {

struct Filter {
  std::string sector;             // a code of core/sectors.h, or ""
  std::string status;             // a project status, or ""
  std::int64_t territory_id = 0;  // 0: everywhere; else this place and every place below it
  int limit = 20;
  int offset = 0;
};

struct MapProject {
  std::int64_t id = 0;
  std::string title, status, place_fr, place_ar;
  bool has_point = false;
  double lat = 0, lon = 0;
  bool approximate = false;  // the point is the place's, not the project's own
};

}  // namespace comdev::map
