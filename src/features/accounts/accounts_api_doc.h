// The OpenAPI description of the accounts API (accounts_api.cpp registers each route with its
// text; web/api_doc.h says how the pieces become /api/v1/openapi.json).
#pragma once

#include <string_view>

namespace comdev::accounts::api_doc {

// POST /api/v1/tokens
inline constexpr std::string_view kCreateToken = R"json({
  "operationId": "createToken",
  "tags": ["accounts"],
  "summary": "Create an API token",
  "description": "Exchanges the e-mail and password of a verified account for a bearer token, shown once and valid 30 days. Failed attempts are counted with the sign-in page's: 5 per address and 20 per client address in 15 minutes, then 429. A member may hold several tokens (one per script or device: `name` tells them apart). There is no route yet to list or revoke tokens: resetting the account's password deletes all of them.",
  "security": [{}],
  "requestBody": {
    "required": true,
    "content": {"application/json": {
      "schema": {"type": "object", "required": ["email", "password"], "properties": {"email": {"type": "string"}, "password": {"type": "string"}, "name": {"type": "string", "maxLength": 100, "description": "A label for the token (the script or device using it)."}}},
      "example": {"email": "agent@commune-tamaloukt.ma", "password": "correct horse battery", "name": "tableau de bord communal"}
    }}
  },
  "responses": {
    "201": {"description": "The token.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["token", "expires_at"], "properties": {"token": {"type": "string"}, "expires_at": {"type": "string", "format": "date-time"}}},
      "example": {"token": "5mQ1yZr0k7oVbqS2hXW9dLpN3aTe8uFc", "expires_at": "2027-01-04T09:00:00Z"}
    }}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "422": {"$ref": "#/components/responses/Invalid"},
    "429": {"$ref": "#/components/responses/RateLimited"}
  }
})json";

// GET /api/v1/me
inline constexpr std::string_view kMe = R"json({
  "operationId": "getMe",
  "tags": ["accounts"],
  "summary": "Who the token belongs to",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The token's member.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["id", "display_name", "email", "roles"], "properties": {"id": {"type": "integer"}, "display_name": {"type": "string"}, "email": {"type": "string"}, "roles": {"type": "array", "items": {"type": "string", "enum": ["member", "animator", "admin"]}}}},
      "example": {"id": 41, "display_name": "Agent de développement", "email": "agent@commune-tamaloukt.ma", "roles": ["member"]}
    }}},
    "401": {"$ref": "#/components/responses/Unauthenticated"}
  }
})json";

}  // namespace comdev::accounts::api_doc
