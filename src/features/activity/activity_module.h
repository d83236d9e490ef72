// The activity feature: the project's timeline page. The timeline itself (the table, record(),
// the sentences) is the library comdev_activity_log, which features below and above teams write
// to; this page comes after teams, whose membership decides who reads it.
#pragma once

#include "web/app.h"

namespace comdev::activity {

void register_pages(web::App& app);

inline void register_module(web::App& app) {
  register_pages(app);
}

}  // namespace comdev::activity
