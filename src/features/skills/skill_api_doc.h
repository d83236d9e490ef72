// The OpenAPI description of the skills API (skill_api.cpp registers the route with it).
#pragma once

#include <string_view>

namespace comdev::skills::api_doc {

// GET /api/v1/skills
inline constexpr std::string_view kTree = R"json({
  "operationId": "listSkills",
  "tags": ["skills"],
  "summary": "The skill taxonomy",
  "description": "Domains and the skills under them, with labels and synonyms in French, Arabic and English. Needs and profiles name skills by `slug` (or `id`). Cached for a minute.",
  "responses": {
    "200": {"description": "The taxonomy.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["domains"], "properties": {"domains": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/Skill"}, {"type": "object", "required": ["skills"], "properties": {"skills": {"type": "array", "items": {"$ref": "#/components/schemas/Skill"}}}}]}}}},
      "example": {"domains": [{"id": 1, "slug": "water-sanitation", "labels": {"fr": "Eau et assainissement", "ar": "الماء والتطهير", "en": "Water and sanitation"}, "synonyms": {"fr": [], "ar": [], "en": []}, "skills": [{"id": 2, "slug": "sanitation-study", "labels": {"fr": "Étude d'assainissement", "ar": "دراسة التطهير", "en": "Sanitation study"}, "synonyms": {"fr": ["égouts"], "ar": [], "en": ["sewerage"]}}]}]}
    }}}
  }
})json";

inline constexpr std::string_view kSkillSchema = R"json({
  "type": "object",
  "required": ["id", "slug", "labels", "synonyms"],
  "properties": {
    "id": {"type": "integer"},
    "slug": {"type": "string"},
    "labels": {"type": "object", "required": ["fr", "ar", "en"], "properties": {"fr": {"type": "string"}, "ar": {"type": "string"}, "en": {"type": "string"}}},
    "synonyms": {"type": "object", "required": ["fr", "ar", "en"], "properties": {"fr": {"type": "array", "items": {"type": "string"}}, "ar": {"type": "array", "items": {"type": "string"}}, "en": {"type": "array", "items": {"type": "string"}}}}
  }
})json";

}  // namespace comdev::skills::api_doc
