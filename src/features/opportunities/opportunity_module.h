// The opportunities feature: investment opportunities of the territories and migrants' own
// investment projects — /opportunities (filters with counts, search in French and Arabic, a
// Leaflet map that works as a list without JavaScript), an opportunity's page with "I'm
// interested", the animators' review and introductions, /me/opportunities, the API
// (/api/v1/opportunities, its GeoJSON) and the demo opportunities. Comes after the map.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "core/result.h"
#include "features/changes/change_follower.h"
#include "features/map/map_assets.h"
#include "features/opportunities/opportunity_index.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::opportunities {

// What the list's handlers share: the index, the follower to catch up with first, Leaflet.
struct Service {
  OpportunityIndex& index;
  changes::Follower& follower;
  const map::Leaflet& leaflet;
};

void register_pages(web::App& app, Service service);
void register_api(web::App& app, Service service);
// The lines of this feature's notifications on /notifications.
void register_notifications();

// Builds the index, subscribes it to the change log (kept alive in `services`), registers the
// routes; the map links to the Leaflet files the map feature loaded and serves.
// REQUIRES: before follower.start().
Status register_module(web::App& app, changes::Follower& follower, const map::Leaflet& leaflet,
                       std::vector<std::shared_ptr<void>>& services);

// Reads demo/opportunities.json: the organisations it names (created when missing, flagged as
// demo) and the opportunities, published and flagged as demo data; safe to run twice. Load the
// territories and organisations first.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::opportunities
