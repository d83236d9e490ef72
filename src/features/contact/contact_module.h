// The contact feature: visitors write to the community's animators, from a page or the API.
#pragma once

#include "web/app.h"

namespace comdev::contact {

void register_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

}  // namespace comdev::contact
