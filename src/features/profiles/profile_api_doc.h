// The OpenAPI description of the profiles API (profile_api.cpp registers the route with it).
#pragma once

#include <string_view>

#include "features/profiles/profile.h"
#include "web/api_doc.h"

namespace comdev::profiles::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "Language", web::enum_schema(kLanguages));
  doc.add_component("schemas", "SkillLevel", web::enum_schema(kSkillLevels));
}

// GET /api/v1/members/{id}
inline constexpr std::string_view kMember = R"json({
  "operationId": "getMember",
  "tags": ["members"],
  "summary": "Get a member's profile",
  "description": "Only the fields the caller may see: each field has its owner's visibility (public, members, animators; contact details default to animators). A hidden field is absent, not null, so the shape itself tells nothing. The owner also gets `visibility` and `open_to_invitations`. A browser's session cookie counts when no token is sent.",
  "responses": {
    "200": {"description": "The profile as the caller may see it.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "integer"},
        "display_name": {"type": "string"},
        "email": {"type": "string"},
        "photo_url": {"type": "string"},
        "bio": {"type": "string"},
        "languages": {"type": "array", "items": {"$ref": "#/components/schemas/Language"}},
        "country": {"type": "string", "description": "ISO 3166 code of the country of residence, or empty."},
        "city": {"type": "string"},
        "attachments": {"type": "array", "description": "Places the member is attached to.", "items": {"type": "object", "required": ["territory_id", "label"], "properties": {"territory_id": {"type": "integer"}, "label": {"type": "string"}}}},
        "origin_text": {"type": "string"},
        "diaspora_of_heart": {"type": "boolean", "description": "A supporter with no Moroccan origin."},
        "professional_path": {"type": "string"},
        "skills": {"type": "array", "items": {"type": "object", "required": ["slug", "level"], "properties": {"slug": {"type": "string"}, "level": {"$ref": "#/components/schemas/SkillLevel"}}}},
        "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/Sector"}},
        "remote_hours_per_month": {"type": "integer"},
        "availability": {"type": "array", "description": "Windows on site.", "items": {"type": "object", "required": ["place", "starts_on", "ends_on", "territory_id"], "properties": {"place": {"type": "string"}, "starts_on": {"type": "string", "format": "date"}, "ends_on": {"type": "string", "format": "date"}, "territory_id": {"type": ["integer", "null"]}}}},
        "visibility": {"type": "object", "additionalProperties": {"type": "string", "enum": ["public", "members", "animators"]}},
        "open_to_invitations": {"type": "boolean"}
      }},
      "example": {"id": 23, "display_name": "Nadia B.", "languages": ["fr", "ar", "en"], "professional_path": "Ingénieure en assainissement, bureau d'études à Montpellier.", "skills": [{"slug": "sanitation-study", "level": "expert"}], "sectors": ["sanitation", "water"], "remote_hours_per_month": 6, "availability": [{"place": "Taliouine", "starts_on": "2027-08-01", "ends_on": "2027-08-20", "territory_id": 31}]}
    }}},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

}  // namespace comdev::profiles::api_doc
