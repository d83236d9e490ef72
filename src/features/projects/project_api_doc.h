// The OpenAPI description of the projects API (project_api.cpp registers each route with its
// text; web/api_doc.h says how the pieces become /api/v1/openapi.json). Path parameters come
// from the route patterns; enums from project_rules.h and core/sectors.h (describe_components).
#pragma once

#include <string_view>

#include "core/sectors.h"
#include "features/projects/project_rules.h"
#include "web/api_doc.h"

namespace comdev::projects::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "Sector", web::enum_schema(core::kSectors));
  doc.add_component("schemas", "ProjectStatus", web::enum_schema(kStatuses));
  doc.add_component("schemas", "Project", R"json({
  "type": "object",
  "required": ["id", "title", "summary", "description_md", "lang", "status", "carrier", "territory", "lat", "lon", "sectors", "partners", "plan_action_id", "cover_url", "translations", "url", "demo", "created_at", "updated_at"],
  "properties": {
    "id": {"type": "integer"},
    "title": {"type": "string"},
    "summary": {"type": "string"},
    "description_md": {"type": "string", "description": "Markdown (cmark-gfm, safe mode)."},
    "lang": {"type": "string", "description": "Language the project is written in: fr, ar or en."},
    "status": {"$ref": "#/components/schemas/ProjectStatus"},
    "carrier": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
    "territory": {"type": "object", "required": ["id", "name_fr", "name_ar"], "properties": {"id": {"type": "integer"}, "name_fr": {"type": "string"}, "name_ar": {"type": "string"}}},
    "lat": {"type": ["number", "null"]},
    "lon": {"type": ["number", "null"]},
    "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/Sector"}},
    "partners": {"type": "array", "items": {"type": "object", "required": ["organisation_id", "name", "role"], "properties": {"organisation_id": {"type": "integer"}, "name": {"type": "string"}, "role": {"type": "string"}}}},
    "plan_action_id": {"type": ["integer", "null"], "description": "The action of a communal plan (PCD) this project carries out."},
    "cover_url": {"type": ["string", "null"]},
    "translations": {"type": "object", "description": "Title and summary in other languages, by language code.", "additionalProperties": {"type": "object", "required": ["title", "summary"], "properties": {"title": {"type": "string"}, "summary": {"type": "string"}}}},
    "url": {"type": "string", "description": "The project's page."},
    "demo": {"type": "boolean", "description": "Part of the demonstration data."},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"}
  }
})json");
  doc.add_component("schemas", "ProjectInput", R"json({
  "type": "object",
  "description": "The fields of the project form. Errors name the form's fields: `carrier`, `territory` and `plan_action` for carrier_id, territory_id and plan_action_id.",
  "properties": {
    "title": {"type": "string", "minLength": 3, "maxLength": 200},
    "summary": {"type": "string", "maxLength": 500},
    "description_md": {"type": "string", "maxLength": 20000},
    "lang": {"type": "string", "enum": ["fr", "ar", "en"]},
    "status": {"$ref": "#/components/schemas/ProjectStatus"},
    "carrier_id": {"type": "integer", "description": "The carrying organisation, which the caller must represent (verified)."},
    "territory_id": {"type": "integer"},
    "lat": {"type": ["number", "null"], "description": "With lon: a point within reach of the territory's own point."},
    "lon": {"type": ["number", "null"]},
    "sectors": {"type": "array", "minItems": 1, "maxItems": 5, "items": {"$ref": "#/components/schemas/Sector"}},
    "partners": {"type": "array", "maxItems": 10, "items": {"type": "object", "required": ["organisation_id"], "properties": {"organisation_id": {"type": "integer"}, "role": {"type": "string"}}}},
    "plan_action_id": {"type": ["integer", "null"]}
  }
})json");
}

// GET /api/v1/projects
inline constexpr std::string_view kList = R"json({
  "operationId": "listProjects",
  "tags": ["projects"],
  "summary": "List projects",
  "description": "Projects, newest first, filtered by sector, status and place (the place and the places below it).",
  "parameters": [
    {"name": "sector", "in": "query", "schema": {"$ref": "#/components/schemas/Sector"}},
    {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/ProjectStatus"}},
    {"name": "territory", "in": "query", "description": "A territory's id or slug.", "schema": {"type": "string"}},
    {"$ref": "#/components/parameters/Page"},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
  ],
  "responses": {
    "200": {
      "description": "A page of projects.",
      "content": {"application/json": {
        "schema": {"allOf": [{"$ref": "#/components/schemas/Pagination"}, {
          "type": "object",
          "required": ["projects"],
          "properties": {
            "projects": {"type": "array", "items": {
              "type": "object",
              "required": ["id", "title", "summary", "lang", "status", "carrier", "territory", "sectors", "translations", "url", "demo"],
              "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "summary": {"type": "string"},
                "lang": {"type": "string"},
                "status": {"$ref": "#/components/schemas/ProjectStatus"},
                "carrier": {"type": "string", "description": "The carrier's name."},
                "territory": {"type": "object", "required": ["name_fr", "name_ar"], "properties": {"name_fr": {"type": "string"}, "name_ar": {"type": "string"}}},
                "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/Sector"}},
                "translations": {"$ref": "#/components/schemas/Project/properties/translations"},
                "url": {"type": "string"},
                "demo": {"type": "boolean"}
              }
            }}
          }
        }]},
        "example": {"projects": [{"id": 3, "title": "Un réseau d'assainissement complémentaire à l'eau potable à Asserar", "summary": "Réseau d'assainissement avec station d'épuration et digue de protection.", "lang": "fr", "status": "capitalised", "carrier": "Jeunesse & Développement", "territory": {"name_fr": "Asserar", "name_ar": "أسرار"}, "sectors": ["sanitation", "water"], "translations": {}, "url": "/projects/3", "demo": true}], "page": 1, "per_page": 20, "total": 1}
      }}
    },
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/projects
inline constexpr std::string_view kCreate = R"json({
  "operationId": "createProject",
  "tags": ["projects"],
  "summary": "Publish a project",
  "description": "For a verified representative of the carrier organisation (animators and administrators may too). Answers 201 with the project and its address in `Location`.",
  "security": [{"bearer": []}],
  "requestBody": {
    "required": true,
    "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/ProjectInput"}, {"required": ["title", "lang", "status", "carrier_id", "territory_id", "sectors"]}]},
      "example": {"title": "Étude d'assainissement du douar Tamaloukt", "summary": "Étudier un réseau d'égouts pour 120 foyers.", "description_md": "## Contexte\n\nLe douar n'a pas de réseau.", "lang": "fr", "status": "idea", "carrier_id": 4, "territory_id": 17, "sectors": ["sanitation"], "partners": [{"organisation_id": 2, "role": "appui technique"}]}
    }}
  },
  "responses": {
    "201": {
      "description": "The project as published.",
      "headers": {"Location": {"description": "/api/v1/projects/{id}", "schema": {"type": "string"}}},
      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Project"}, "example": {"id": 12, "title": "Étude d'assainissement du douar Tamaloukt", "summary": "Étudier un réseau d'égouts pour 120 foyers.", "description_md": "## Contexte\n\nLe douar n'a pas de réseau.", "lang": "fr", "status": "idea", "carrier": {"id": 4, "name": "Commune de Tamaloukt"}, "territory": {"id": 17, "name_fr": "Tamaloukt", "name_ar": "تمالوكت"}, "lat": null, "lon": null, "sectors": ["sanitation"], "partners": [{"organisation_id": 2, "name": "Migrations & Développement", "role": "appui technique"}], "plan_action_id": null, "cover_url": null, "translations": {}, "url": "/projects/12", "demo": false, "created_at": "2026-12-05T09:00:00Z", "updated_at": "2026-12-05T09:00:00Z"}}}
    },
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/projects/{id}
inline constexpr std::string_view kShow = R"json({
  "operationId": "getProject",
  "tags": ["projects"],
  "summary": "Get a project",
  "responses": {
    "200": {"description": "The project.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Project"}, "example": {"id": 12, "title": "Étude d'assainissement du douar Tamaloukt", "summary": "Étudier un réseau d'égouts pour 120 foyers.", "description_md": "## Contexte\n\nLe douar n'a pas de réseau.", "lang": "fr", "status": "maturing", "carrier": {"id": 4, "name": "Commune de Tamaloukt"}, "territory": {"id": 17, "name_fr": "Tamaloukt", "name_ar": "تمالوكت"}, "lat": 30.72, "lon": -8.21, "sectors": ["sanitation"], "partners": [], "plan_action_id": 5, "cover_url": "/projects/12/cover", "translations": {"en": {"title": "Sanitation study for the Tamaloukt douar", "summary": "Study a sewer network for 120 households."}}, "url": "/projects/12", "demo": false, "created_at": "2026-12-05T09:00:00Z", "updated_at": "2026-12-06T10:30:00Z"}}}},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// PATCH /api/v1/projects/{id}
inline constexpr std::string_view kPatch = R"json({
  "operationId": "updateProject",
  "tags": ["projects"],
  "summary": "Change a project",
  "description": "Only the fields present change; `null` clears lat, lon or plan_action_id. The status is not changed here: each step of the lifecycle is dated through the project page's status form, so a different status is refused (422, field `status`). Moving the project to another carrier needs the right to publish for that carrier too.",
  "security": [{"bearer": []}],
  "requestBody": {
    "required": true,
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProjectInput"}, "example": {"summary": "Étudier un réseau d'égouts et une station d'épuration pour 120 foyers.", "lat": 30.72, "lon": -8.21}}}
  },
  "responses": {
    "200": {"description": "The project as changed.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Project"}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::projects::api_doc
