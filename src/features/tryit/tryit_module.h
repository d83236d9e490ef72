// "Try it": the demo accounts of every role, the /try page that presents them while the database
// is a demo, and the account link of the home page's demo banner.
#pragma once

#include "web/app.h"

namespace comdev::tryit {

void register_module(web::App& app);

}  // namespace comdev::tryit
