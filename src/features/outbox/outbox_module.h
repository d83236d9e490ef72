// The local outbox pages: /dev/outbox lists the e-mail kept on disk when no SMTP relay is set, and
// /dev/outbox/{name} shows one with its links clickable — the way a person trying ComDev on their
// own machine confirms an account or follows an invitation. Offered only as outbox_permissions.h
// says; otherwise the routes are not registered at all.
#pragma once

#include "web/app.h"

namespace comdev::outbox {

void register_module(web::App& app);

}  // namespace comdev::outbox
