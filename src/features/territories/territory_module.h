// The territories feature: the real places of the communities (a browsable tree and the API),
// and joining or leaving a community.
#pragma once

#include <filesystem>

#include "core/result.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::territories {

void register_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

// Reads demo/territories.json: upserts the places by slug and anchors the demo communities
// (safe to run twice). Load it after the communities.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::territories
