// The home page: the community this instance presents, its live figures, the three entries.
#pragma once

#include "features/communities/community_module.h"
#include "web/app.h"

namespace comdev::home {

void register_module(web::App& app, communities::Directory& directory);

}  // namespace comdev::home
