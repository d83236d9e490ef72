// The needs feature: a project's needs (skill, funding, material), each with its own page,
// status and share tags; the form to add or edit one; the API; the demo needs. The list of all
// open needs across projects lives with the needs list (its own files).
#pragma once

#include <filesystem>

#include "core/result.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::needs {

void register_pages(web::App& app);
void register_form_pages(web::App& app);
void register_api(web::App& app);
// Adds the needs section to the project page (through the projects feature's hook), when the
// projects feature is built.
void register_project_section();

// The home page's figure: how many needs are open.
void register_home_count(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_home_count(app);
  register_form_pages(app);
  register_api(app);
  register_project_section();
}

// Reads the "needs" of demo/projects.json and upserts them on their projects (load the projects
// first; safe to run twice).
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::needs
