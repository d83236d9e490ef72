// Operational routes: GET /healthz (the database answers), GET /metrics (Prometheus text),
// GET /lang/{code} (the visitor's language choice, kept in a cookie).
#pragma once

#include "web/app.h"

namespace comdev::system {

void register_module(web::App& app);

// Where /lang/{code}?next=… may send the browser back to: a local path only, never another site.
std::string safe_next(std::string_view next);

}  // namespace comdev::system
