// The map feature: /map (Leaflet map of the projects with filters, and a list that works
// without JavaScript) and GET /api/v1/projects.geojson with the same filters. Leaflet is served
// by us (map_assets.h); tiles come from Config::map_tiles_url, and with none reachable the
// markers and the list still work.
#pragma once

#include <memory>
#include <vector>

#include "features/map/map.h"
#include "features/map/map_assets.h"
#include "web/app.h"

namespace comdev::map {

void register_pages(web::App& app, const Leaflet& leaflet);
void register_api(web::App& app);

// Resolves the raw filters of a request (territory as id or slug) and validates them.
Result<Filter> filter_of(web::Ctx& ctx, int per_page);

// Loads Leaflet from the share folder (kept in `services`) and registers the routes. Returns the
// loaded files, for other features' maps to link to (they live as long as `services`).
const Leaflet& register_module(web::App& app, std::vector<std::shared_ptr<void>>& services);

}  // namespace comdev::map
