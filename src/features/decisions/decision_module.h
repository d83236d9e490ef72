// The decisions feature: a project team's proposals voted on until a deadline, the outcome
// recorded at the deadline by a job in the project's decision log and activity timeline, and told
// to the team in their digest; pages and API. Comes after teams (whose membership and roles it
// reads) and the digest (which carries the outcomes).
#pragma once

#include <string_view>

#include "jobs/scheduler.h"
#include "store/db.h"
#include "web/app.h"

namespace comdev::decisions {

// The pages (decision_pages.cpp).
void register_pages(web::App& app);
// Routes under /api/v1 (decision_api.cpp).
void register_api(web::App& app);
// The outcomes in team members' digests (decision_hooks.cpp).
void register_hooks();

// The periodic job that closes every due decision of every project (decision_job.cpp).
inline constexpr std::string_view kClosingJob = "decisions.close_due";
void schedule_closing(jobs::Scheduler& jobs, store::Db& db);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
  register_hooks();
  schedule_closing(app.jobs(), app.db());
}

}  // namespace comdev::decisions
