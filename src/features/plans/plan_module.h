// The plans feature: communes' development plans (PCD), their axes and actions, the CSV import
// of actions, the demo plans. Other features read actions through plan_store::find_action.
#pragma once

#include <filesystem>

#include "core/result.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::plans {

void register_pages(web::App& app);
void register_import_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_import_pages(app);
  register_pages(app);
  register_api(app);
}

// Reads demo/plans.json (see docs/demo-data or the format in plan_demo.cpp) and upserts each
// plan by (organisation, period_start), its axes and actions by title. Load the territories and
// organisations first; safe to run twice; a missing file loads nothing.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::plans
