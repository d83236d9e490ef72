// The projects feature: the list with filters, a project's page (description, place, carrier and
// partners, PCD action, lifecycle and its dated history, cover, updates, followers, comments,
// translations, sharing and poster), the forms, the API and the demo projects.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/projects/project.h"
#include "store/db.h"
#include "web/app.h"
#include "web/poster.h"

namespace comdev::projects {

// A section another feature adds to the project page (the needs feature, which comes after
// projects, lists a project's needs this way): HTML produced by that feature's own compiled
// template, inserted as is after the description. Register at start, before serving.
using Section = std::function<std::string(web::Ctx&, const Project&)>;
void add_project_section(Section section);
// The same, placed before the sections added so far (the maturity path opens the page's
// invitation to help, before the needs that detail it).
void add_project_section_first(Section section);
const std::vector<Section>& project_sections();

// A check another feature makes before the page's status form moves a project (the maturity
// path: the checklists of the stages it enters must be complete). An error refuses the move and
// is shown on the project's page; without a gate every move the lifecycle allows is made.
using StatusGate = std::function<Status(web::Ctx&, std::int64_t project_id, const std::string& from,
                                        const std::string& to)>;
void set_status_gate(StatusGate gate);

// What the poster lists under "what we look for" (the needs feature provides it); without a
// provider the poster lists nothing.
using PosterNeeds = std::function<std::vector<web::PosterNeed>(web::Ctx&, const Project&)>;
void set_poster_needs(PosterNeeds provider);

// The list (project_list_page.cpp) and a project's pages.
void register_list_page(web::App& app);
void register_pages(web::App& app);
void register_form_pages(web::App& app);
void register_social_pages(web::App& app);
void register_api(web::App& app);

// The home page's count of projects.
void register_home_count(web::App& app);

inline void register_module(web::App& app) {
  register_home_count(app);
  register_pages(app);
  register_form_pages(app);
  register_social_pages(app);
  register_api(app);
}

// Reads the project part of demo/projects.json and upserts each project by title (is_demo = 1),
// with its history, updates and translations (load organisations, territories and plans first;
// safe to run twice).
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::projects
