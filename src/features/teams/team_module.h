// The teams feature: a project's team as a workspace — members with a role kind, requests to
// join, the team's private discussion with mentions — its pages, its API, the team section of
// the project's page, its notifications' lines and its part of the e-mail digest. Comes after
// mobilisation (which adds accepted experts to the team) and the digest (which carries mentions).
#pragma once

#include "web/app.h"

namespace comdev::teams {

// GET /projects/{id}/team and its forms (team_pages.cpp).
void register_team_pages(web::App& app);
// The discussion's pages (discussion_pages.cpp).
void register_discussion_pages(web::App& app);
// Routes under /api/v1 (team_api.cpp).
void register_api(web::App& app);
// The process-wide hooks: the project page's section, the notifications' lines, the digest's
// mentions (registered once, however many applications a process builds).
void register_hooks();

inline void register_module(web::App& app) {
  register_team_pages(app);
  register_discussion_pages(app);
  register_api(app);
  register_hooks();
}

}  // namespace comdev::teams
