// The profiles feature: a member's profile page (as each viewer may see it), its edit form, its
// photo, and GET /api/v1/members/{id} under the same visibility rules.
#pragma once

#include "web/app.h"

namespace comdev::profiles {

void register_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

}  // namespace comdev::profiles
