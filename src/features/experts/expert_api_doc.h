// The OpenAPI description of the experts API (expert_api.cpp registers the route with it).
#pragma once

#include <string_view>

namespace comdev::experts::api_doc {

// GET /api/v1/experts
inline constexpr std::string_view kList = R"json({
  "operationId": "listExperts",
  "tags": ["experts"],
  "summary": "Search the pool of experts",
  "description": "Members who offer at least one skill, with the filters of the /experts page. A filter only looks at what the caller may see (a visitor filtering on a country shown to animators only does not find its owner), and a field the caller may not see is absent from the card. A browser's session cookie counts when no token is sent.",
  "parameters": [
    {"name": "q", "in": "query", "description": "Words: display name, professional path, skill labels and synonyms (French, Arabic, English).", "schema": {"type": "string", "maxLength": 200}},
    {"name": "skill", "in": "query", "description": "A skill's id or slug; the skills below it count too.", "schema": {"type": "string"}},
    {"name": "sector", "in": "query", "schema": {"$ref": "#/components/schemas/Sector"}},
    {"name": "lang", "in": "query", "schema": {"$ref": "#/components/schemas/Language"}},
    {"name": "country", "in": "query", "description": "Country of residence (ISO 3166 code).", "schema": {"type": "string"}},
    {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["remote", "on_site"]}},
    {"name": "month", "in": "query", "description": "A month (YYYY-MM) with an on-site window.", "schema": {"type": "string"}},
    {"name": "territory", "in": "query", "description": "A commune's or province's id or slug (attachment or window there, places below included).", "schema": {"type": "string"}},
    {"name": "heart", "in": "query", "description": "Only the diaspora de cœur.", "schema": {"type": "string", "enum": ["1", "true", "0", "false"]}},
    {"$ref": "#/components/parameters/Page"},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
  ],
  "responses": {
    "200": {"description": "A page of experts.", "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/Pagination"}, {"type": "object", "required": ["experts"], "properties": {"experts": {"type": "array", "items": {"type": "object", "required": ["id", "url"], "properties": {
        "id": {"type": "integer"},
        "url": {"type": "string"},
        "display_name": {"type": "string"},
        "skills": {"type": "array", "items": {"type": "object", "required": ["slug", "level"], "properties": {"slug": {"type": "string"}, "level": {"$ref": "#/components/schemas/SkillLevel"}}}},
        "languages": {"type": "array", "items": {"$ref": "#/components/schemas/Language"}},
        "country": {"type": "string"},
        "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/Sector"}},
        "professional_path": {"type": "string"},
        "remote_hours_per_month": {"type": "integer"},
        "availability": {"type": "array", "items": {"type": "object", "required": ["place", "territory", "starts_on", "ends_on"], "properties": {"place": {"type": "string"}, "territory": {"type": ["string", "null"], "description": "The place's slug when it was recognised."}, "starts_on": {"type": "string", "format": "date"}, "ends_on": {"type": "string", "format": "date"}}}},
        "attachments": {"type": "array", "items": {"type": "object", "required": ["territory", "label"], "properties": {"territory": {"type": ["string", "null"]}, "label": {"type": "string"}}}},
        "diaspora_of_heart": {"type": "boolean"}
      }}}}}]},
      "example": {"experts": [{"id": 23, "url": "/members/23", "display_name": "Nadia B.", "skills": [{"slug": "sanitation-study", "level": "expert"}], "languages": ["fr", "ar"], "sectors": ["sanitation"], "professional_path": "Ingénieure en assainissement à Montpellier.", "remote_hours_per_month": 6}], "page": 1, "per_page": 20, "total": 1}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::experts::api_doc
