// The tasks feature: a project team's tasks — pages in the team's workspace, "My tasks" across
// projects (linked from the member's account page by the wiring), the API, and the overdue tasks in
// the member's next e-mail digest. Comes after teams (whose membership and roles it reads).
#pragma once

#include "web/app.h"

namespace comdev::tasks {

// The pages (task_pages.cpp).
void register_pages(web::App& app);
// Routes under /api/v1 (task_api.cpp).
void register_api(web::App& app);
// The process-wide hook: the digest's overdue tasks (registered once).
void register_hooks();

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
  register_hooks();
}

}  // namespace comdev::tasks
