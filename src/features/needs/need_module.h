// The needs feature: a project's needs (skill, funding, material), each with its own page,
// status and share tags; the form to add or edit one; the API; the demo needs. The list of all
// open needs across projects lives with the needs list (its own files).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/needs/need.h"
#include "store/db.h"
#include "web/app.h"
#include "web/context.h"

namespace comdev::needs {

void register_pages(web::App& app);
void register_form_pages(web::App& app);
void register_api(web::App& app);
// Adds the needs section to the project page (through the projects feature's hook), when the
// projects feature is built.
void register_project_section();

// Sections other features add to a need's page (matching lists the experts to invite,
// mobilisation the invitations, offers and the "offer help" form): HTML produced by that
// feature's own compiled template, inserted as is after the need's facts. `can_edit` tells
// whether the reader may write the need (the carrier's verified representatives, animators,
// administrators). Register at start, before serving; sections appear in registration order.
struct NeedPage {
  const Need& need;
  const ProjectRef& project;
  bool can_edit = false;
};
using NeedSection = std::function<std::string(web::Ctx&, const NeedPage&)>;
void add_need_section(NeedSection section);
const std::vector<NeedSection>& need_sections();

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
