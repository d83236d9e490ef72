// Validation of the map's filters (page and GeoJSON API alike). Field errors are catalogue keys.
#pragma once

#include <string_view>

#include "core/result.h"
#include "features/map/map.h"

namespace comdev::map {

bool is_status(std::string_view status);

struct RawFilter {
  std::string_view sector, status, territory, page;
};

// `territory` must already be an id (the handlers resolve slugs); empty values mean "any".
Result<Filter> validate(const RawFilter& raw, int per_page);

inline constexpr int kMaxPage = 1000;

}  // namespace comdev::map
