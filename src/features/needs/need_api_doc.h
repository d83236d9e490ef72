// The OpenAPI description of the needs API (need_api.cpp registers each route with its text).
#pragma once

#include <string_view>

#include "features/needs/need.h"
#include "web/api_doc.h"

namespace comdev::needs::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "NeedKind", web::enum_schema(kKinds));
  doc.add_component("schemas", "NeedStatus", web::enum_schema(kStatuses));
  doc.add_component("schemas", "NeedMode", web::enum_schema(kModes));
  doc.add_component("schemas", "Currency", web::enum_schema(kCurrencies));
  doc.add_component("schemas", "Need", R"json({
  "type": "object",
  "description": "A need of a project. The fields after `updated_at` depend on `kind`: skill (skills, mode, period_start, period_end, effort_days, languages), funding (amount_minor, currency), material (item, quantity).",
  "required": ["id", "url", "project", "kind", "title", "description", "status", "demo", "created_at", "updated_at"],
  "properties": {
    "id": {"type": "integer"},
    "url": {"type": "string"},
    "project": {"type": "object", "required": ["id", "title", "carrier"], "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "carrier": {"type": "string"}}},
    "kind": {"$ref": "#/components/schemas/NeedKind"},
    "title": {"type": "string"},
    "description": {"type": "string"},
    "status": {"$ref": "#/components/schemas/NeedStatus"},
    "demo": {"type": "boolean"},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"},
    "skills": {"type": "array", "items": {"type": "object", "required": ["id", "slug", "level", "name"], "properties": {"id": {"type": "integer"}, "slug": {"type": "string"}, "level": {"$ref": "#/components/schemas/SkillLevel"}, "name": {"type": "string", "description": "The skill's French label."}}}},
    "mode": {"$ref": "#/components/schemas/NeedMode"},
    "period_start": {"type": ["string", "null"], "format": "date"},
    "period_end": {"type": ["string", "null"], "format": "date"},
    "effort_days": {"type": ["integer", "null"]},
    "languages": {"type": "array", "items": {"$ref": "#/components/schemas/Language"}},
    "amount_minor": {"type": "integer", "description": "In minor units (centimes)."},
    "currency": {"$ref": "#/components/schemas/Currency"},
    "item": {"type": "string"},
    "quantity": {"type": "integer"}
  }
})json");
}

// POST /api/v1/projects/{id}/needs
inline constexpr std::string_view kCreate = R"json({
  "operationId": "createNeed",
  "tags": ["needs"],
  "summary": "Publish a need of a project",
  "description": "For whoever may write the project's needs (its carrier's verified representatives, animators, administrators). The checks are the form's: a value of the wrong JSON type is a field error like a typo in the form.",
  "security": [{"bearer": []}],
  "requestBody": {
    "required": true,
    "content": {"application/json": {
      "schema": {"type": "object", "required": ["kind", "title"], "properties": {
        "kind": {"$ref": "#/components/schemas/NeedKind"},
        "title": {"type": "string", "minLength": 3, "maxLength": 200},
        "description": {"type": "string", "maxLength": 4000},
        "skills": {"type": "array", "description": "kind skill: 1 to 10 skills, each by slug or id.", "maxItems": 10, "items": {"type": "object", "required": ["level"], "properties": {"slug": {"type": "string"}, "id": {"type": "integer"}, "level": {"$ref": "#/components/schemas/SkillLevel"}}}},
        "mode": {"$ref": "#/components/schemas/NeedMode"},
        "period_start": {"type": ["string", "null"], "format": "date"},
        "period_end": {"type": ["string", "null"], "format": "date"},
        "effort_days": {"type": ["integer", "null"], "minimum": 1, "maximum": 3650},
        "languages": {"type": "array", "items": {"$ref": "#/components/schemas/Language"}},
        "amount_minor": {"type": "integer", "minimum": 1, "maximum": 100000000000, "description": "kind funding: in minor units (centimes)."},
        "currency": {"$ref": "#/components/schemas/Currency"},
        "item": {"type": "string", "minLength": 2, "maxLength": 200, "description": "kind material."},
        "quantity": {"type": "integer", "minimum": 1, "maximum": 1000000}
      }},
      "example": {"kind": "skill", "title": "Étude de faisabilité d'un réseau d'assainissement", "description": "Dimensionner le réseau et la station pour 120 foyers.", "skills": [{"slug": "sanitation-study", "level": "expert"}], "mode": "both", "period_start": "2027-07-01", "period_end": "2027-09-30", "effort_days": 15, "languages": ["fr", "ar"]}
    }}
  },
  "responses": {
    "201": {
      "description": "The need as published.",
      "headers": {"Location": {"description": "/api/v1/needs/{id}", "schema": {"type": "string"}}},
      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Need"}, "example": {"id": 31, "url": "/needs/31", "project": {"id": 12, "title": "Étude d'assainissement du douar Tamaloukt", "carrier": "Commune de Tamaloukt"}, "kind": "skill", "title": "Étude de faisabilité d'un réseau d'assainissement", "description": "Dimensionner le réseau et la station pour 120 foyers.", "status": "open", "demo": false, "created_at": "2026-12-05T09:00:00Z", "updated_at": "2026-12-05T09:00:00Z", "skills": [{"id": 2, "slug": "sanitation-study", "level": "expert", "name": "Étude d'assainissement"}], "mode": "both", "period_start": "2027-07-01", "period_end": "2027-09-30", "effort_days": 15, "languages": ["fr", "ar"]}}}
    },
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/needs/{id}
inline constexpr std::string_view kShow = R"json({
  "operationId": "getNeed",
  "tags": ["needs"],
  "summary": "Get a need",
  "responses": {
    "200": {"description": "The need with its project.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Need"}, "example": {"id": 32, "url": "/needs/32", "project": {"id": 12, "title": "Étude d'assainissement du douar Tamaloukt", "carrier": "Commune de Tamaloukt"}, "kind": "funding", "title": "Cofinancer l'étude", "description": "", "status": "open", "demo": false, "created_at": "2026-12-05T09:00:00Z", "updated_at": "2026-12-05T09:00:00Z", "amount_minor": 4500000, "currency": "MAD"}}}},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

}  // namespace comdev::needs::api_doc
