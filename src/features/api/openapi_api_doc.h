// The parts of the OpenAPI document that belong to no feature: its head (version, what the API
// is, the security every route accepts) and the description of /api/v1/openapi.json itself.
#pragma once

#include <string_view>

namespace comdev::api {

// build_reference() adds servers, tags, paths and components.
inline constexpr std::string_view kDocumentHead = R"json({
  "openapi": "3.1.0",
  "info": {
    "title": "ComDev API",
    "version": "1",
    "summary": "Projects, needs, experts and their mobilisation in a Communauté de Développement.",
    "description": "The JSON API of ComDev, under /api/v1. Reading is open to everyone, as the public pages are; writing needs a bearer token (POST /api/v1/tokens). Errors are always `{\"error\": {\"code\", \"message\", \"fields\"}}` with the HTTP status of the code (400 a path parameter of the wrong type, 401 no or a bad token, 403 not allowed, 404 not found, 409 conflict, 422 invalid input, 429 too many attempts, 503 the database is unavailable). Messages are in the language of Accept-Language (French, Arabic or English; French by default). Lists take `page` (from 1) and `per_page` and answer `page`, `per_page` and `total`. The guide with examples is docs/api.md in the source tree; the same reference, readable, is the page /api."
  },
  "security": [{}, {"bearer": []}],
  "paths": {},
  "components": {}
})json";

// GET /api/v1/openapi.json
inline constexpr std::string_view kOpenapiDoc = R"json({
  "operationId": "getOpenapiDocument",
  "tags": ["reference"],
  "summary": "This document",
  "description": "The OpenAPI 3.1 description of every /api/v1 route, assembled at start-up from the descriptions each feature keeps beside its handlers. The page /api shows it for people.",
  "security": [{}],
  "responses": {
    "200": {"description": "The OpenAPI document.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["openapi", "info", "paths", "components"], "additionalProperties": true, "properties": {"openapi": {"const": "3.1.0"}}}
    }}}
  }
})json";

}  // namespace comdev::api
