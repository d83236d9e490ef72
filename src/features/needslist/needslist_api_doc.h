// The OpenAPI description of the open-needs list (needslist_api.cpp registers the route with it).
#pragma once

#include <string_view>

namespace comdev::needslist::api_doc {

// GET /api/v1/needs
inline constexpr std::string_view kList = R"json({
  "operationId": "listOpenNeeds",
  "tags": ["needs"],
  "summary": "List open needs",
  "description": "The open needs, newest first, with the filters of the /needs page, and for each filter the number of needs each of its values would give with the other filters applied (`facets`). Answered from memory; a write shows here within a second.",
  "parameters": [
    {"name": "type", "in": "query", "description": "Also read as `kind`.", "schema": {"$ref": "#/components/schemas/NeedKind"}},
    {"name": "skill", "in": "query", "description": "A skill's id or slug.", "schema": {"type": "string"}},
    {"name": "sector", "in": "query", "schema": {"$ref": "#/components/schemas/Sector"}},
    {"name": "commune", "in": "query", "description": "A commune's id or slug.", "schema": {"type": "string"}},
    {"name": "province", "in": "query", "description": "A province's id or slug.", "schema": {"type": "string"}},
    {"name": "mode", "in": "query", "schema": {"$ref": "#/components/schemas/NeedMode"}},
    {"name": "period", "in": "query", "description": "A month (YYYY-MM) the need's period overlaps.", "schema": {"type": "string"}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000000, "default": 1}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
  ],
  "responses": {
    "200": {"description": "A page of open needs and the facet counts.", "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/Pagination"}, {"type": "object", "required": ["needs", "facets"], "properties": {
        "needs": {"type": "array", "items": {"type": "object", "required": ["id", "url", "kind", "title", "status", "created_at", "project", "place", "commune", "province", "sectors", "skills", "mode", "period_start", "period_end", "effort_days", "amount_minor", "currency", "item", "quantity"], "properties": {
          "id": {"type": "integer"},
          "url": {"type": "string"},
          "kind": {"$ref": "#/components/schemas/NeedKind"},
          "title": {"type": "string"},
          "status": {"type": "string", "enum": ["open"]},
          "created_at": {"type": "string", "format": "date-time"},
          "project": {"type": "object", "required": ["id", "title"], "properties": {"id": {"type": "integer"}, "title": {"type": "string"}}},
          "place": {"$ref": "#/components/schemas/NeedPlace"},
          "commune": {"$ref": "#/components/schemas/NeedPlace"},
          "province": {"$ref": "#/components/schemas/NeedPlace"},
          "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/Sector"}},
          "skills": {"type": "array", "items": {"type": "object", "required": ["id", "slug"], "properties": {"id": {"type": "integer"}, "slug": {"type": "string"}}}},
          "mode": {"type": ["string", "null"], "enum": ["remote", "on_site", "both", null]},
          "period_start": {"type": ["string", "null"], "format": "date"},
          "period_end": {"type": ["string", "null"], "format": "date"},
          "effort_days": {"type": ["integer", "null"]},
          "amount_minor": {"type": ["integer", "null"]},
          "currency": {"type": ["string", "null"]},
          "item": {"type": ["string", "null"]},
          "quantity": {"type": ["integer", "null"]}
        }}},
        "facets": {"type": "object", "description": "For each filter (type, skill, sector, commune, province, mode, period), its values with their counts.", "additionalProperties": {"type": "array", "items": {"type": "object", "required": ["value", "count"], "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}}}}
      }}]},
      "example": {"needs": [{"id": 32, "url": "/needs/32", "kind": "funding", "title": "Cofinancer l'étude", "status": "open", "created_at": "2026-12-05T09:00:00Z", "project": {"id": 12, "title": "Étude d'assainissement du douar Tamaloukt"}, "place": {"id": 17, "slug": "tamaloukt", "name_fr": "Tamaloukt", "name_ar": "تمالوكت"}, "commune": {"id": 17, "slug": "tamaloukt", "name_fr": "Tamaloukt", "name_ar": "تمالوكت"}, "province": {"id": 5, "slug": "taroudant", "name_fr": "Taroudant", "name_ar": "تارودانت"}, "sectors": ["sanitation"], "skills": [], "mode": null, "period_start": null, "period_end": null, "effort_days": null, "amount_minor": 4500000, "currency": "MAD", "item": null, "quantity": null}], "page": 1, "per_page": 20, "total": 1, "facets": {"type": [{"value": "funding", "count": 1}], "sector": [{"value": "sanitation", "count": 1}]}}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

inline constexpr std::string_view kPlaceSchema = R"json({
  "type": ["object", "null"],
  "required": ["id", "slug", "name_fr", "name_ar"],
  "properties": {"id": {"type": "integer"}, "slug": {"type": "string"}, "name_fr": {"type": "string"}, "name_ar": {"type": "string"}}
})json";

}  // namespace comdev::needslist::api_doc
