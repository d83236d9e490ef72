// "Your data" (download, account deletion) and the administrators' audit log page.
#pragma once

#include "web/app.h"

namespace comdev::mydata {

void register_pages(web::App& app);
void register_api(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
  register_api(app);
}

}  // namespace comdev::mydata
