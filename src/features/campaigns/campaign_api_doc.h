// The OpenAPI description of the campaigns API (campaign_api.cpp registers each route with its
// text). The pages and the API share the use cases and the policy (campaign_actions.h).
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::campaigns::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "MoneyAmount", R"json({
  "type": "object",
  "description": "An amount: integer minor units (centimes) and the same as exact decimal text, with its currency. Never a floating-point number.",
  "required": ["minor", "decimal", "currency"],
  "properties": {
    "minor": {"type": "integer"},
    "decimal": {"type": "string", "pattern": "^-?[0-9]+\\.[0-9]{2}$"},
    "currency": {"type": "string", "enum": ["MAD", "EUR"]}
  }
})json");
  doc.add_component("schemas", "Campaign", R"json({
  "type": "object",
  "description": "A fundraising campaign of a project. `confirmed` counts only pledges whose money the collecting organisation's treasurer confirmed; `pledged` the promises still waiting. A campaign addressed to the public in Morocco (audience `public_morocco`) carries its law 18-18 authorisation. The detail (GET /api/v1/campaigns/{id}) adds `description_md`, `uses` and `bank_details` (null unless signed in).",
  "required": ["id", "project", "organisation", "title", "state", "audience", "authorisation", "starts_on", "ends_on", "goal", "confirmed", "pledged", "percent", "donors", "demo", "url"],
  "properties": {
    "id": {"type": "integer"},
    "project": {"type": "object", "required": ["id", "title"], "properties": {"id": {"type": "integer"}, "title": {"type": "string"}}},
    "organisation": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
    "title": {"type": "string"},
    "state": {"type": "string", "enum": ["draft", "submitted", "published", "closed"]},
    "audience": {"type": "string", "enum": ["public_morocco", "diaspora", "members"]},
    "authorisation": {"type": ["object", "null"], "required": ["reference", "date"], "properties": {"reference": {"type": "string"}, "date": {"type": "string"}}},
    "starts_on": {"type": "string", "format": "date"},
    "ends_on": {"type": "string", "format": "date"},
    "goal": {"$ref": "#/components/schemas/MoneyAmount"},
    "confirmed": {"$ref": "#/components/schemas/MoneyAmount"},
    "pledged": {"$ref": "#/components/schemas/MoneyAmount"},
    "percent": {"type": "integer", "minimum": 0, "maximum": 100},
    "donors": {"type": "integer"},
    "demo": {"type": "boolean"},
    "url": {"type": "string"},
    "description_md": {"type": "string"},
    "uses": {"type": "array", "items": {"type": "object", "required": ["label", "amount"], "properties": {"label": {"type": "string"}, "amount": {"$ref": "#/components/schemas/MoneyAmount"}}}},
    "bank_details": {"type": ["string", "null"]}
  }
})json");
  doc.add_component("schemas", "Pledge", R"json({
  "type": "object",
  "description": "A donor's pledge. `reference` goes on the bank transfer (Crockford base32 with a check symbol); the treasurer confirms the pledge when the money is on the account.",
  "required": ["id", "campaign_id", "reference", "amount", "anonymous", "state", "created_at", "confirmed_at", "url"],
  "properties": {
    "id": {"type": "integer"},
    "campaign_id": {"type": "integer"},
    "reference": {"type": "string", "pattern": "^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$"},
    "amount": {"$ref": "#/components/schemas/MoneyAmount"},
    "anonymous": {"type": "boolean"},
    "state": {"type": "string", "enum": ["pledged", "confirmed", "expired", "cancelled", "refunded"]},
    "created_at": {"type": "string", "format": "date-time"},
    "confirmed_at": {"type": ["string", "null"], "format": "date-time"},
    "url": {"type": "string"}
  }
})json");
}

// GET /api/v1/campaigns
inline constexpr std::string_view kCampaigns = R"json({
  "operationId": "listCampaigns",
  "tags": ["campaigns"],
  "summary": "The published and closed campaigns",
  "description": "Open to everyone. Published campaigns first, then closed ones, newest first; at most 200.",
  "responses": {
    "200": {"description": "The campaigns.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["campaigns"], "properties": {"campaigns": {"type": "array", "items": {"$ref": "#/components/schemas/Campaign"}}}},
      "example": {"campaigns": [{"id": 3, "project": {"id": 10, "title": "Château d'eau du douar"}, "organisation": {"id": 8, "name": "Association Tamount"}, "title": "Un château d'eau pour le douar", "state": "published", "audience": "diaspora", "authorisation": null, "starts_on": "2026-12-01", "ends_on": "2027-02-28", "goal": {"minor": 15000000, "decimal": "150000.00", "currency": "MAD"}, "confirmed": {"minor": 2500000, "decimal": "25000.00", "currency": "MAD"}, "pledged": {"minor": 500000, "decimal": "5000.00", "currency": "MAD"}, "percent": 16, "donors": 12, "demo": true, "url": "/campaigns/3"}]}
    }}}
  }
})json";

// GET /api/v1/campaigns/{id}
inline constexpr std::string_view kCampaign = R"json({
  "operationId": "getCampaign",
  "tags": ["campaigns"],
  "summary": "A campaign with its fund uses",
  "description": "Published and closed campaigns are open to everyone; a draft or submitted one to its project's carrier and the animators (404 for anyone else). `bank_details` is null unless the caller is signed in.",
  "responses": {
    "200": {"description": "The campaign.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Campaign"}, "example": {"id": 3, "project": {"id": 10, "title": "Château d'eau du douar"}, "organisation": {"id": 8, "name": "Association Tamount"}, "title": "Un château d'eau pour le douar", "state": "published", "audience": "public_morocco", "authorisation": {"reference": "AUT-2026/118", "date": "2026-11-20"}, "starts_on": "2026-12-01", "ends_on": "2027-02-28", "goal": {"minor": 15000000, "decimal": "150000.00", "currency": "MAD"}, "confirmed": {"minor": 0, "decimal": "0.00", "currency": "MAD"}, "pledged": {"minor": 0, "decimal": "0.00", "currency": "MAD"}, "percent": 0, "donors": 0, "demo": false, "url": "/campaigns/3", "description_md": "Le douar attend l'eau.", "uses": [{"label": "Génie civil", "amount": {"minor": 10000000, "decimal": "100000.00", "currency": "MAD"}}], "bank_details": null}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/pledges
inline constexpr std::string_view kCreatePledge = R"json({
  "operationId": "createPledge",
  "tags": ["campaigns"],
  "summary": "Pledge an amount to a campaign",
  "description": "For signed-in members. Send an `Idempotency-Key` header (8 to 100 printable characters, e.g. a UUID) so that a retry never makes a second pledge: the same key answers 200 with the pledge first made (409 if the key was used for another campaign or amount). The amount is decimal text in the campaign's currency: positive, at most two decimals (422 naming the field otherwise); `currency`, if given, must be the campaign's. A campaign that is not published, not yet open or closed refuses pledges (409, with the reason).",
  "security": [{"bearer": []}],
  "parameters": [
    {"name": "Idempotency-Key", "in": "header", "required": false, "description": "A key of the client's choice, the same for every retry of one pledge.", "schema": {"type": "string", "minLength": 8, "maxLength": 100}}
  ],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["campaign_id", "amount"], "properties": {
      "campaign_id": {"type": "integer"},
      "amount": {"type": "string"},
      "currency": {"type": "string", "enum": ["MAD", "EUR"]},
      "anonymous": {"type": "boolean"}
    }},
    "example": {"campaign_id": 3, "amount": "500.00", "currency": "MAD", "anonymous": false}
  }}},
  "responses": {
    "200": {"description": "The pledge first made with this Idempotency-Key.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pledge"}, "example": {"id": 41, "campaign_id": 3, "reference": "7KM-2QX-9AB", "amount": {"minor": 50000, "decimal": "500.00", "currency": "MAD"}, "anonymous": false, "state": "pledged", "created_at": "2026-12-06T10:00:00Z", "confirmed_at": null, "url": "/pledges/41"}}}},
    "201": {"description": "The new pledge.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pledge"}, "example": {"id": 41, "campaign_id": 3, "reference": "7KM-2QX-9AB", "amount": {"minor": 50000, "decimal": "500.00", "currency": "MAD"}, "anonymous": false, "state": "pledged", "created_at": "2026-12-06T10:00:00Z", "confirmed_at": null, "url": "/pledges/41"}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/pledges/{id}
inline constexpr std::string_view kPledge = R"json({
  "operationId": "getPledge",
  "tags": ["campaigns"],
  "summary": "One of the caller's pledges",
  "description": "To the pledge's donor (and the collecting organisation's treasurers); 404 for anyone else.",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The pledge.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pledge"}, "example": {"id": 41, "campaign_id": 3, "reference": "7KM-2QX-9AB", "amount": {"minor": 50000, "decimal": "500.00", "currency": "MAD"}, "anonymous": false, "state": "confirmed", "created_at": "2026-12-06T10:00:00Z", "confirmed_at": "2026-12-09T08:30:00Z", "url": "/pledges/41"}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

}  // namespace comdev::campaigns::api_doc
