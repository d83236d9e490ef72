// The maturity path: each stage of a project's lifecycle with the checklist a project completes
// to enter it, written per community by its animators; the path on the project's page, its own
// page where carriers tick and move the project on (animators may override, audited), the
// animators' page of checklists, the API and the demo community's checklists. Comes after teams
// and activity (whose roles it reads and whose timeline it writes).
#pragma once

#include <filesystem>

#include "core/result.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::maturity {

// The section of the project's page and the gate of its status form (maturity_section.cpp).
void register_hooks();
// The pages (maturity_pages.cpp) and the checklists' page (maturity_config_pages.cpp).
void register_pages(web::App& app);
void register_config_pages(web::App& app);
// Routes under /api/v1 (maturity_api.cpp).
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_hooks();
  register_pages(app);
  register_config_pages(app);
  register_api(app);
}

// Gives the demo communities of demo/maturity.json their checklists when they have none yet
// (an animator's later changes are kept; safe to run twice). Load the communities first.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::maturity
