// The organisations feature: organisations of the territories, requests to represent them and
// their verification by the animators, the animator role granted by administrators, the API.
#pragma once

#include <filesystem>

#include "core/result.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::organisations {

void register_pages(web::App& app);
void register_representative_pages(web::App& app);
void register_member_roles_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_representative_pages(app);
  register_member_roles_pages(app);
  register_api(app);
}

// Reads demo/organisations.json and upserts each organisation by name, placed on its territory
// by slug (load the territories first; safe to run twice).
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::organisations
