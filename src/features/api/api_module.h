// The API reference: GET /api/v1/openapi.json (the OpenAPI 3.1 document) and the page /api
// (the same document for people), both made once at start-up from the descriptions every
// feature registered with its /api/ routes (web/api_doc.h).
#pragma once

#include "core/result.h"
#include "web/app.h"

namespace comdev::api {

// Fails, naming the route or component, when a description is not valid (openapi.h).
// REQUIRES: called after every feature with /api/ routes has registered them (wiring.cpp calls it
// last); a route registered later is missing from the document, and the reference test fails.
Status register_module(web::App& app);

}  // namespace comdev::api
