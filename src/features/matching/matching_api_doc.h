// The OpenAPI description of the matching API (matching_api.cpp registers each route with its
// text). docs/matching.md explains the scores and reasons.
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::matching::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "MatchReason", R"json({
  "type": "object",
  "description": "Why a match was made. `a` and `b` are the reason's two numbers (e.g. skills covered of skills asked; hours a month); `id` names the skill, language or place concerned when there is one. A reason that tells a profile field is given only when the caller may see that field.",
  "required": ["code", "a", "b"],
  "properties": {
    "code": {"type": "string", "enum": ["covers_skills", "related_skills", "speaks_language", "works_remotely", "on_site_window", "attached_commune", "attached_province", "attached_region", "responsive"]},
    "a": {"type": "integer"},
    "b": {"type": "integer"},
    "id": {"type": "integer"}
  }
})json");
}

// GET /api/v1/needs/{id}/matches
inline constexpr std::string_view kNeedMatches = R"json({
  "operationId": "listExpertsForNeed",
  "tags": ["matching"],
  "summary": "Experts who suit an open skill need",
  "description": "For the carrier's verified representatives, animators and administrators. Best first; members already invited or who offered, and the carrier's own representatives, are left out (as on the need's page). `why` is the reasons as one sentence in the caller's language.",
  "security": [{"bearer": []}],
  "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}],
  "responses": {
    "200": {"description": "The matches.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["need_id", "matches"], "properties": {
        "need_id": {"type": "integer"},
        "matches": {"type": "array", "items": {"type": "object", "required": ["member_id", "display_name", "url", "score", "invitable", "reasons", "why"], "properties": {
          "member_id": {"type": "integer"},
          "display_name": {"type": "string"},
          "url": {"type": "string"},
          "score": {"type": "number", "minimum": 0, "maximum": 1},
          "invitable": {"type": "boolean", "description": "False when the expert already holds the most open invitations allowed (3)."},
          "reasons": {"type": "array", "items": {"$ref": "#/components/schemas/MatchReason"}},
          "why": {"type": "string"}
        }}}
      }},
      "example": {"need_id": 31, "matches": [{"member_id": 23, "display_name": "Nadia B.", "url": "/members/23", "score": 0.874, "invitable": true, "reasons": [{"code": "covers_skills", "a": 1, "b": 1}, {"code": "attached_province", "a": 0, "b": 0, "id": 5}], "why": "Covers 1 of the 1 skills asked; attached to the province of Taroudant."}]}
    }}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/members/{id}/matches
inline constexpr std::string_view kMemberMatches = R"json({
  "operationId": "listNeedsForMember",
  "tags": ["matching"],
  "summary": "Open needs that suit a member",
  "description": "For that member, animators and administrators. `has_skills` is false (and the list empty) while the member offers no skill.",
  "security": [{"bearer": []}],
  "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}],
  "responses": {
    "200": {"description": "The matching needs, best first.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["member_id", "has_skills", "matches"], "properties": {
        "member_id": {"type": "integer"},
        "has_skills": {"type": "boolean"},
        "matches": {"type": "array", "items": {"type": "object", "required": ["need_id", "title", "project_title", "url", "score", "reasons", "why"], "properties": {
          "need_id": {"type": "integer"},
          "title": {"type": "string"},
          "project_title": {"type": "string"},
          "url": {"type": "string"},
          "score": {"type": "number", "minimum": 0, "maximum": 1},
          "reasons": {"type": "array", "items": {"$ref": "#/components/schemas/MatchReason"}},
          "why": {"type": "string"}
        }}}
      }},
      "example": {"member_id": 23, "has_skills": true, "matches": [{"need_id": 31, "title": "Étude de faisabilité d'un réseau d'assainissement", "project_title": "Étude d'assainissement du douar Tamaloukt", "url": "/needs/31", "score": 0.874, "reasons": [{"code": "covers_skills", "a": 1, "b": 1}], "why": "Covers 1 of the 1 skills asked."}]}
    }}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::matching::api_doc
