// The decisions feature: a project team's proposals voted on until a deadline, the outcome
// recorded in the project's decision log and activity timeline; pages and API. Comes after teams
// (whose membership and roles it reads).
#pragma once

#include "web/app.h"

namespace comdev::decisions {

// The pages (decision_pages.cpp).
void register_pages(web::App& app);
// Routes under /api/v1 (decision_api.cpp).
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

}  // namespace comdev::decisions
