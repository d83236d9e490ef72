// The members feature (foundation part): the live member count of the home page.
#pragma once

#include "web/app.h"

namespace comdev::members {

void register_module(web::App& app);

}  // namespace comdev::members
