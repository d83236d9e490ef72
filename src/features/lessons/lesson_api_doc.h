// The OpenAPI description of the lessons API (lesson_api.cpp registers each route with its text).
// The pages and the API share the use cases and the policy (lesson_actions.h).
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::lessons::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "LessonPlace", R"json({
  "type": "object",
  "description": "Where the project took place, with the commune and region above it (null when unknown).",
  "required": ["territory_id", "name_fr", "name_ar", "commune_id", "region_id"],
  "properties": {
    "territory_id": {"type": ["integer", "null"]},
    "name_fr": {"type": "string"},
    "name_ar": {"type": "string"},
    "commune_id": {"type": ["integer", "null"]},
    "region_id": {"type": ["integer", "null"]}
  }
})json");
  doc.add_component("schemas", "LessonSection", R"json({
  "type": "object",
  "required": ["markdown", "html"],
  "properties": {"markdown": {"type": "string"}, "html": {"type": "string"}}
})json");
  doc.add_component("schemas", "LessonSummary", R"json({
  "type": "object",
  "required": ["id", "project_id", "state", "title", "lang", "period", "sectors", "place", "carrier", "demo", "published_at", "url"],
  "properties": {
    "id": {"type": "integer"},
    "project_id": {"type": "integer"},
    "state": {"type": "string", "enum": ["draft", "submitted", "published"]},
    "title": {"type": "string"},
    "lang": {"type": "string", "enum": ["fr", "ar", "en"], "description": "The language the sheet is written in."},
    "period": {"type": "string", "description": "The project's dates as the team wrote them (\"2010-2012\")."},
    "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/Sector"}},
    "place": {"$ref": "#/components/schemas/LessonPlace"},
    "carrier": {"type": "object", "description": "The project's carrier; `type` is the type of actor (organisation type).", "required": ["id", "name", "type"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "type": {"type": "string"}}},
    "demo": {"type": "boolean", "description": "Part of the demonstration data."},
    "published_at": {"type": ["string", "null"], "format": "date-time"},
    "url": {"type": "string", "description": "The sheet's page (printable as an A4 sheet)."}
  }
})json");
  doc.add_component("schemas", "Lesson", R"json({
  "allOf": [{"$ref": "#/components/schemas/LessonSummary"}, {
    "type": "object",
    "description": "A lessons-learned sheet (fiche de capitalisation). Each section is Markdown with its HTML (cmark-gfm, safe mode); an empty section is an empty string.",
    "required": ["sections", "review_note", "reuses"],
    "properties": {
      "sections": {"type": "object", "required": ["context", "objectives", "actors", "steps", "results", "difficulties", "success", "lessons", "recommendations", "contacts", "budget"], "properties": {"context": {"$ref": "#/components/schemas/LessonSection"}, "objectives": {"$ref": "#/components/schemas/LessonSection"}, "actors": {"$ref": "#/components/schemas/LessonSection"}, "steps": {"$ref": "#/components/schemas/LessonSection"}, "results": {"$ref": "#/components/schemas/LessonSection"}, "difficulties": {"$ref": "#/components/schemas/LessonSection"}, "success": {"$ref": "#/components/schemas/LessonSection"}, "lessons": {"$ref": "#/components/schemas/LessonSection"}, "recommendations": {"$ref": "#/components/schemas/LessonSection"}, "contacts": {"$ref": "#/components/schemas/LessonSection"}, "budget": {"$ref": "#/components/schemas/LessonSection"}}},
      "review_note": {"type": "string", "description": "The animator's note when the sheet was sent back (drafts only; empty otherwise)."},
      "reuses": {"type": "integer", "description": "Projects started from this sheet."}
    }
  }]
})json");
}

// GET /api/v1/lessons
inline constexpr std::string_view kList = R"json({
  "operationId": "listLessons",
  "tags": ["lessons"],
  "summary": "List published lessons-learned sheets",
  "description": "Published sheets only, for everyone (no token needed). `q` searches their text in French and Arabic (stemmed, accents and Arabic letter forms normalised; a sheet is also found by its place's and its sectors' names in French, Arabic and English), best match first; without `q`, newest first. The filters are those of /lessons. 20 a page.",
  "parameters": [
    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200}},
    {"name": "sector", "in": "query", "schema": {"$ref": "#/components/schemas/Sector"}},
    {"name": "region", "in": "query", "description": "A region's territory id.", "schema": {"type": "integer"}},
    {"name": "commune", "in": "query", "description": "A commune's territory id.", "schema": {"type": "integer"}},
    {"name": "actor_type", "in": "query", "description": "The carrier's organisation type (commune, diaspora_association, village_association, …).", "schema": {"type": "string"}},
    {"$ref": "#/components/parameters/Page"}
  ],
  "responses": {
    "200": {"description": "A page of sheets.", "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/Pagination"}, {"type": "object", "required": ["lessons"], "properties": {"lessons": {"type": "array", "items": {"$ref": "#/components/schemas/LessonSummary"}}}}]},
      "example": {"lessons": [{"id": 2, "project_id": 10, "state": "published", "title": "Un programme de long terme pour un accès équitable à l'eau potable", "lang": "fr", "period": "2012-2019", "sectors": ["water", "women"], "place": {"territory_id": 31, "name_fr": "Bouzerz", "name_ar": "", "commune_id": 12, "region_id": 1}, "carrier": {"id": 8, "name": "Afoulki France", "type": "diaspora_association"}, "demo": true, "published_at": "2026-12-05T09:00:00Z", "url": "/lessons/2"}], "page": 1, "per_page": 20, "total": 1}
    }}}
  }
})json";

// GET /api/v1/lessons/{id}
inline constexpr std::string_view kShow = R"json({
  "operationId": "getLesson",
  "tags": ["lessons"],
  "summary": "Get a lessons-learned sheet",
  "description": "A published sheet for everyone. A draft or a submitted sheet only for the project's team and the community's animators (bearer token); for anyone else it does not exist (404).",
  "responses": {
    "200": {"description": "The sheet.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Lesson"}, "example": {"id": 2, "project_id": 10, "state": "published", "title": "Un programme de long terme pour un accès équitable à l'eau potable", "lang": "fr", "period": "2012-2019", "sectors": ["water"], "place": {"territory_id": 31, "name_fr": "Bouzerz", "name_ar": "", "commune_id": 12, "region_id": 1}, "carrier": {"id": 8, "name": "Afoulki France", "type": "diaspora_association"}, "demo": true, "published_at": "2026-12-05T09:00:00Z", "url": "/lessons/2", "sections": {"context": {"markdown": "Les trois points d'eau étaient **loin** des maisons.", "html": "<p>Les trois points d'eau étaient <strong>loin</strong> des maisons.</p>\n"}, "objectives": {"markdown": "", "html": ""}, "actors": {"markdown": "", "html": ""}, "steps": {"markdown": "", "html": ""}, "results": {"markdown": "", "html": ""}, "difficulties": {"markdown": "", "html": ""}, "success": {"markdown": "", "html": ""}, "lessons": {"markdown": "", "html": ""}, "recommendations": {"markdown": "", "html": ""}, "contacts": {"markdown": "", "html": ""}, "budget": {"markdown": "", "html": ""}}, "review_note": "", "reuses": 0}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

}  // namespace comdev::lessons::api_doc
