// The OpenAPI description of the territories API (territory_api.cpp registers the route with it).
#pragma once

#include <string_view>

#include "features/territories/territory.h"
#include "web/api_doc.h"

namespace comdev::territories::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "TerritoryKind", web::enum_schema(kKinds));
  doc.add_component("schemas", "Territory", R"json({
  "type": "object",
  "required": ["id", "parent_id", "kind", "commune_kind", "slug", "name_fr", "name_ar", "aliases", "lat", "lon", "position_approximate"],
  "properties": {
    "id": {"type": "integer"},
    "parent_id": {"type": ["integer", "null"]},
    "kind": {"$ref": "#/components/schemas/TerritoryKind"},
    "commune_kind": {"type": ["string", "null"], "enum": ["rurale", "urbaine", null]},
    "slug": {"type": "string"},
    "name_fr": {"type": "string"},
    "name_ar": {"type": "string"},
    "aliases": {"type": "array", "items": {"type": "string"}, "description": "Other spellings (transliterations)."},
    "lat": {"type": ["number", "null"]},
    "lon": {"type": ["number", "null"]},
    "position_approximate": {"type": "boolean"},
    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Territory"}, "description": "With ?tree=1 only."}
  }
})json");
}

// GET /api/v1/territories
inline constexpr std::string_view kList = R"json({
  "operationId": "listTerritories",
  "tags": ["territories"],
  "summary": "List places",
  "description": "Every region, province, commune and douar, as a flat list with parent ids (a client can index it), or nested under their parents with ?tree=1. Cached for a minute.",
  "parameters": [
    {"name": "kind", "in": "query", "description": "Keep one kind only.", "schema": {"$ref": "#/components/schemas/TerritoryKind"}},
    {"name": "tree", "in": "query", "description": "1: nest each place under its parent, in `children`.", "schema": {"type": "string", "enum": ["0", "1"]}}
  ],
  "responses": {
    "200": {"description": "The places.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["territories"], "properties": {"territories": {"type": "array", "items": {"$ref": "#/components/schemas/Territory"}}}},
      "example": {"territories": [{"id": 1, "parent_id": null, "kind": "region", "commune_kind": null, "slug": "souss-massa", "name_fr": "Souss-Massa", "name_ar": "سوس ماسة", "aliases": [], "lat": 30.42, "lon": -9.6, "position_approximate": false}, {"id": 9, "parent_id": 4, "kind": "commune", "commune_kind": "rurale", "slug": "arbaa-sahel", "name_fr": "Arbâa Sahel", "name_ar": "أربعاء الساحل", "aliases": ["Arbaa Sahel"], "lat": 29.6, "lon": -9.87, "position_approximate": true}]}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::territories::api_doc
