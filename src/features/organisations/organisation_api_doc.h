// The OpenAPI description of the organisations API (organisation_api.cpp registers the route
// with it).
#pragma once

#include <string_view>

#include "features/organisations/organisation.h"
#include "web/api_doc.h"

namespace comdev::organisations::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "OrganisationType", web::enum_schema(kTypes));
}

// GET /api/v1/organisations
inline constexpr std::string_view kList = R"json({
  "operationId": "listOrganisations",
  "tags": ["organisations"],
  "summary": "List organisations",
  "description": "Communes, associations, cooperatives, diaspora associations and the other organisations, by name.",
  "parameters": [
    {"name": "type", "in": "query", "schema": {"$ref": "#/components/schemas/OrganisationType"}},
    {"name": "territory", "in": "query", "description": "A territory's id or slug; the places below it count too.", "schema": {"type": "string"}},
    {"$ref": "#/components/parameters/Page"},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}}
  ],
  "responses": {
    "200": {"description": "A page of organisations.", "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/Pagination"}, {"type": "object", "required": ["organisations"], "properties": {
        "organisations": {"type": "array", "items": {"type": "object", "required": ["id", "type", "name", "territory", "description", "demo"], "properties": {
          "id": {"type": "integer"},
          "type": {"$ref": "#/components/schemas/OrganisationType"},
          "name": {"type": "string"},
          "territory": {"type": ["object", "null"], "required": ["id", "name_fr", "name_ar"], "properties": {"id": {"type": "integer"}, "name_fr": {"type": "string"}, "name_ar": {"type": "string"}}},
          "description": {"type": "string"},
          "demo": {"type": "boolean"}
        }}}
      }}]},
      "example": {"organisations": [{"id": 2, "type": "commune", "name": "Commune d'Arbâa Sahel", "territory": {"id": 9, "name_fr": "Arbâa Sahel", "name_ar": "أربعاء الساحل"}, "description": "Commune rurale de la province de Tiznit.", "demo": true}], "page": 1, "per_page": 50, "total": 1}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::organisations::api_doc
