// The OpenAPI description of the contact API (contact_api.cpp registers the route with it).
#pragma once

#include <string_view>

namespace comdev::contact::api_doc {

// POST /api/v1/contact
inline constexpr std::string_view kSend = R"json({
  "operationId": "sendContactMessage",
  "tags": ["contact"],
  "summary": "Write to the platform's team",
  "description": "Idempotent: the client picks a `request_key` for the message and sends it again with any retry; a repeat answers 201 with the same id and stores nothing more.",
  "security": [{}],
  "requestBody": {
    "required": true,
    "content": {"application/json": {
      "schema": {"type": "object", "required": ["request_key", "name", "email", "message"], "properties": {
        "request_key": {"type": "string", "minLength": 16, "maxLength": 100, "description": "Chosen by the client, the same for every retry of one message."},
        "name": {"type": "string", "minLength": 1, "maxLength": 100},
        "email": {"type": "string"},
        "message": {"type": "string", "minLength": 10, "maxLength": 4000}
      }},
      "example": {"request_key": "c0ffee00-2026-12-05-0001", "name": "Association Tifawin", "email": "contact@tifawin.example", "message": "Bonjour, nous souhaitons présenter notre coopérative."}
    }}
  },
  "responses": {
    "201": {"description": "The message is stored (or was already, under this request_key).", "content": {"application/json": {
      "schema": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
      "example": {"id": 7}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::contact::api_doc
