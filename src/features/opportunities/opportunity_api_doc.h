// The OpenAPI description of the opportunities API (opportunity_api.cpp registers each route
// with its text). The pages and the API share the use cases and the policy
// (opportunity_actions.h).
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::opportunities::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "OpportunityPlace", R"json({
  "type": "object",
  "required": ["id", "name_fr", "name_ar"],
  "properties": {"id": {"type": "integer"}, "name_fr": {"type": "string"}, "name_ar": {"type": "string"}}
})json");
  doc.add_component("schemas", "OpportunityOrganisation", R"json({
  "type": ["object", "null"],
  "required": ["id", "name"],
  "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}
})json");
  doc.add_component("schemas", "OpportunitySummary", R"json({
  "type": "object",
  "description": "An investment opportunity of a territory or organisation (kind offer), or a diaspora member's own investment project looking for partners or support (kind migrant_project). Nothing here is a public offering of securities; the platform takes no money for investments and only introduces people. Amounts are exact decimals (two digits) with their integer minor units.",
  "required": ["id", "url", "kind", "state", "title", "lang", "sector", "stage", "commune", "province", "amount_min", "amount_max", "amount_min_minor", "amount_max_minor", "currency", "publisher", "contact_organisation", "demo", "published_at"],
  "properties": {
    "id": {"type": "integer"},
    "url": {"type": "string"},
    "kind": {"type": "string", "enum": ["offer", "migrant_project"]},
    "state": {"type": "string", "enum": ["draft", "submitted", "published", "closed"]},
    "title": {"type": "string"},
    "lang": {"type": "string", "enum": ["fr", "ar", "en"]},
    "sector": {"$ref": "#/components/schemas/Sector"},
    "stage": {"type": "string", "enum": ["idea", "study", "ready", "operating"]},
    "commune": {"$ref": "#/components/schemas/OpportunityPlace"},
    "province": {"type": ["object", "null"], "description": "The commune's province (null when unknown).", "required": ["id", "name_fr", "name_ar"], "properties": {"id": {"type": "integer"}, "name_fr": {"type": "string"}, "name_ar": {"type": "string"}}},
    "amount_min": {"type": "string", "pattern": "^[0-9]+\\.[0-9]{2}$"},
    "amount_max": {"type": "string", "pattern": "^[0-9]+\\.[0-9]{2}$"},
    "amount_min_minor": {"type": "integer"},
    "amount_max_minor": {"type": "integer"},
    "currency": {"type": "string", "enum": ["MAD", "EUR"]},
    "publisher": {"$ref": "#/components/schemas/OpportunityOrganisation"},
    "contact_organisation": {"$ref": "#/components/schemas/OpportunityOrganisation"},
    "demo": {"type": "boolean"},
    "published_at": {"type": ["string", "null"], "format": "date-time"}
  }
})json");
  doc.add_component("schemas", "Opportunity", R"json({
  "allOf": [{"$ref": "#/components/schemas/OpportunitySummary"}, {
    "type": "object",
    "required": ["description", "contact", "my_requests"],
    "properties": {
      "description": {"type": "object", "required": ["markdown", "html"], "properties": {"markdown": {"type": "string"}, "html": {"type": "string"}}},
      "contact": {"type": ["string", "null"], "description": "How the publishing side is reached: only for that side, the animators and the members an animator introduced; null for anyone else."},
      "my_requests": {"type": "array", "items": {"type": "object", "required": ["id", "state", "note"], "properties": {"id": {"type": "integer"}, "state": {"type": "string", "enum": ["requested", "introduced", "declined", "withdrawn"]}, "note": {"type": "string"}}}}
    }
  }]
})json");
}

// GET /api/v1/opportunities
inline constexpr std::string_view kList = R"json({
  "operationId": "listOpportunities",
  "tags": ["opportunities"],
  "summary": "List investment opportunities",
  "description": "Published opportunities and migrants' investment projects, for everyone (no token needed). `q` searches their text in French and Arabic (stemmed, accents and Arabic letter forms normalised; also found by their commune's, province's and sector's names). The filters are those of /opportunities; `facets` gives, for each filter, how many opportunities each value would leave with the other filters applied. An unknown filter value is refused (422, naming the field). Nothing here is a public offering of securities; the platform takes no money for investments.",
  "parameters": [
    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200}},
    {"name": "sector", "in": "query", "schema": {"$ref": "#/components/schemas/Sector"}},
    {"name": "commune", "in": "query", "description": "A commune's territory id.", "schema": {"type": "integer"}},
    {"name": "province", "in": "query", "description": "A province's territory id.", "schema": {"type": "integer"}},
    {"name": "stage", "in": "query", "schema": {"type": "string", "enum": ["idea", "study", "ready", "operating"]}},
    {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["offer", "migrant_project"]}},
    {"name": "amount", "in": "query", "description": "A bucket of the lower bound of the amount range, per currency (never mixed): MAD under 500,000 / 500,000–5,000,000 / above; EUR under 50,000 / 50,000–500,000 / above.", "schema": {"type": "string", "enum": ["mad-small", "mad-medium", "mad-large", "eur-small", "eur-medium", "eur-large"]}},
    {"$ref": "#/components/parameters/Page"},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
  ],
  "responses": {
    "200": {"description": "A page of opportunities with the facet counts.", "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/Pagination"}, {"type": "object", "required": ["opportunities", "facets", "notice"], "properties": {
        "opportunities": {"type": "array", "items": {"$ref": "#/components/schemas/OpportunitySummary"}},
        "facets": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "object", "required": ["value", "count"], "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}}}},
        "notice": {"type": "string"}}}]},
      "example": {"opportunities": [{"id": 3, "url": "/opportunities/3", "kind": "offer", "state": "published", "title": "Unité de conditionnement du safran de Taliouine", "lang": "fr", "sector": "agriculture", "stage": "study", "commune": {"id": 14, "name_fr": "Taliouine", "name_ar": "تالوين"}, "province": {"id": 5, "name_fr": "Taroudant", "name_ar": "تارودانت"}, "amount_min": "600000.00", "amount_max": "1500000.00", "amount_min_minor": 60000000, "amount_max_minor": 150000000, "currency": "MAD", "publisher": {"id": 3, "name": "Commune de Taliouine"}, "contact_organisation": {"id": 80, "name": "Centre Régional d'Investissement Souss-Massa"}, "demo": true, "published_at": "2026-12-05T09:00:00Z"}], "page": 1, "per_page": 20, "total": 1, "facets": {"sector": [{"value": "agriculture", "count": 1}], "commune": [{"value": "14", "count": 1}], "province": [{"value": "5", "count": 1}], "stage": [{"value": "study", "count": 1}], "kind": [{"value": "offer", "count": 1}], "amount": [{"value": "mad-medium", "count": 1}]}, "notice": "Nothing here is a public offering of securities; the platform takes no money for investments and only introduces people."}
    }}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/opportunities.geojson
inline constexpr std::string_view kGeojson = R"json({
  "operationId": "opportunitiesGeojson",
  "tags": ["opportunities"],
  "summary": "Opportunities as GeoJSON, for the map",
  "description": "The published opportunities matching the same filters as the list, each at its commune's seat (`approximate`: true), for Leaflet. Opportunities whose commune has no coordinates are left out.",
  "parameters": [
    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200}},
    {"name": "sector", "in": "query", "schema": {"$ref": "#/components/schemas/Sector"}},
    {"name": "commune", "in": "query", "schema": {"type": "integer"}},
    {"name": "province", "in": "query", "schema": {"type": "integer"}},
    {"name": "stage", "in": "query", "schema": {"type": "string", "enum": ["idea", "study", "ready", "operating"]}},
    {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["offer", "migrant_project"]}},
    {"name": "amount", "in": "query", "schema": {"type": "string", "enum": ["mad-small", "mad-medium", "mad-large", "eur-small", "eur-medium", "eur-large"]}}
  ],
  "responses": {
    "200": {"description": "A FeatureCollection.", "content": {"application/geo+json": {"schema": {"type": "object", "required": ["type", "features"], "properties": {"type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": {"type": "object"}}}}}}},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/opportunities/{id}
inline constexpr std::string_view kShow = R"json({
  "operationId": "getOpportunity",
  "tags": ["opportunities"],
  "summary": "Get an investment opportunity",
  "description": "A published (or closed) opportunity for everyone. A project waiting for review, or sent back, only for its author and the animators (bearer token); for anyone else it does not exist (404). `contact` is null unless the reader may see it.",
  "responses": {
    "200": {"description": "The opportunity.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Opportunity"}}}},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/opportunities/{id}/interests
inline constexpr std::string_view kInterest = R"json({
  "operationId": "expressInterest",
  "tags": ["opportunities"],
  "summary": "Say you are interested in an opportunity",
  "description": "For a signed-in member who is not on the publishing side. The request goes to the animators' queue; an animator introduces both sides (each then sees the other's contact line) or declines with a reason. One open request per member and opportunity: a second is refused (409), so a retried request cannot make two. `amount` is optional and read strictly (digits, at most two decimals, in MAD or EUR).",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["about", "interest", "contact"], "properties": {
      "about": {"type": "string", "minLength": 3, "maxLength": 500, "description": "Who you are."},
      "interest": {"type": "string", "minLength": 3, "maxLength": 2000, "description": "What interests you in it."},
      "amount": {"type": "string", "description": "The amount you consider, as typed (\"50000\", \"50 000,00\")."},
      "currency": {"type": "string", "enum": ["MAD", "EUR"]},
      "contact": {"type": "string", "minLength": 3, "maxLength": 200, "description": "How to reach you; shared only by the introduction."}}},
    "example": {"about": "Ingénieure agronome à Montpellier, originaire de Taliouine.", "interest": "Co-investir dans l'unité de conditionnement.", "amount": "50000", "currency": "EUR", "contact": "+33 6 00 00 00 00"}
  }}},
  "responses": {
    "201": {"description": "The request.", "content": {"application/json": {"schema": {"type": "object", "required": ["id", "opportunity_id", "state", "amount", "currency"], "properties": {"id": {"type": "integer"}, "opportunity_id": {"type": "integer"}, "state": {"const": "requested"}, "amount": {"type": ["string", "null"]}, "currency": {"type": "string"}}}}}},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::opportunities::api_doc
