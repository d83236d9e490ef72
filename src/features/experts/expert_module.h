// The expert pool (BRIEF §3, entry 2): /experts and GET /api/v1/experts — members who offer
// skills, searchable and filterable, each card showing only what its owner lets the reader see —
// and the demo experts.
#pragma once

#include <filesystem>
#include <memory>

#include "core/result.h"
#include "features/experts/expert_directory.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::experts {

void register_pages(web::App& app, std::shared_ptr<DirectoryCache> cache);
void register_api(web::App& app, std::shared_ptr<DirectoryCache> cache);

inline void register_module(web::App& app) {
  auto cache = std::make_shared<DirectoryCache>();
  register_pages(app, cache);
  register_api(app, cache);
}

// Reads demo/experts.json and upserts each fictional expert by e-mail (an unusable password,
// flagged as demo data in their bio); safe to run twice. Load the territories first.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::experts
