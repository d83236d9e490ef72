// All SQL of the map: projects matching the filters with the point to draw them at (their own,
// else their place's), newest first, and how many match.
#pragma once

#include <vector>

#include "core/result.h"
#include "features/map/map.h"
#include "store/db.h"

namespace comdev::map::map_store {

Result<std::vector<MapProject>> projects(store::Db& db, const Filter& f);
Result<std::int64_t> count(store::Db& db, const Filter& f);

}  // namespace comdev::map::map_store
