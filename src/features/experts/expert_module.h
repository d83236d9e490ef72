// The expert pool (BRIEF §3, entry 2): /experts and GET /api/v1/experts — members who offer
// skills, searchable and filterable, each card showing only what its owner lets the reader see —
// and the demo experts.
#pragma once

#include <filesystem>

#include "core/result.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::experts {

void register_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

// Reads demo/experts.json and upserts each fictional expert by e-mail (an unusable password,
// flagged as demo data in their bio); safe to run twice. Load the territories first.
Status load_demo(store::Db& db, const std::filesystem::path& demo_dir);

}  // namespace comdev::experts
