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
  "description": "Exchanges the e-mail and password of a verified account for a bearer token, shown once and valid 30 days. Failed attempts are counted with the sign-in page's: 5 per address and 20 per client address in 15 minutes, then 429. A member may hold several tokens (one per script or device: `name` tells them apart). `GET /api/v1/tokens` lists them and `DELETE /api/v1/tokens/{id}` revokes one; the account page does the same at /account/tokens, and resetting the password deletes all of them.",
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

// GET /api/v1/tokens
inline constexpr std::string_view kListTokens = R"json({
  "operationId": "listTokens",
  "tags": ["accounts"],
  "summary": "The member's live tokens",
  "description": "Every unexpired token of the token's member, newest first, without the secret: `id` (the first 16 hex digits of the token's hash) names it for revoking.",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The tokens.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["tokens"], "properties": {"tokens": {"type": "array", "items": {"type": "object", "required": ["id", "name", "created_at", "expires_at", "last_used_at"], "properties": {"id": {"type": "string", "pattern": "^[0-9a-f]{16}$"}, "name": {"type": "string"}, "created_at": {"type": "string", "format": "date-time"}, "expires_at": {"type": "string", "format": "date-time"}, "last_used_at": {"type": ["string", "null"], "format": "date-time", "description": "To the minute; null if never used."}}}}}},
      "example": {"tokens": [{"id": "3f9c0a1b7d2e4c58", "name": "tableau de bord communal", "created_at": "2026-12-05T09:00:00Z", "expires_at": "2027-01-04T09:00:00Z", "last_used_at": "2026-12-05T09:12:00Z"}]}
    }}},
    "401": {"$ref": "#/components/responses/Unauthenticated"}
  }
})json";

// DELETE /api/v1/tokens/{id}
inline constexpr std::string_view kRevokeToken = R"json({
  "operationId": "revokeToken",
  "tags": ["accounts"],
  "summary": "Revoke a token",
  "description": "Deletes one of the member's tokens at once (it may be the very token of the request). A token of another member is answered as unknown.",
  "security": [{"bearer": []}],
  "parameters": [{"name": "id", "in": "path", "description": "The token's id as listed: 16 lowercase hex digits."}],
  "responses": {
    "204": {"description": "Revoked."},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "404": {"$ref": "#/components/responses/NotFound"}
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
