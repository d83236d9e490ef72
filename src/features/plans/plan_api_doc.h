// The OpenAPI description of the plans API (plan_api.cpp registers each route with its text).
#pragma once

#include <string_view>

#include "features/plans/plan.h"
#include "web/api_doc.h"

namespace comdev::plans::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "Currency", web::enum_schema(kCurrencies));
  doc.add_component("schemas", "PlanActionStatus", web::enum_schema(kStatuses));
  doc.add_component("schemas", "PlanPriority", web::enum_schema(kPriorities));
  doc.add_component("schemas", "Plan", R"json({
  "type": "object",
  "required": ["id", "title", "organisation", "commune", "period_start", "period_end", "summary", "demo", "action_count"],
  "properties": {
    "id": {"type": "integer"},
    "title": {"type": "string"},
    "organisation": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}, "description": "The commune as an organisation (its representatives write the plan)."},
    "commune": {"type": "object", "required": ["id", "name_fr", "name_ar"], "properties": {"id": {"type": "integer"}, "name_fr": {"type": "string"}, "name_ar": {"type": "string"}}, "description": "The commune as a territory."},
    "period_start": {"type": "integer", "description": "First year."},
    "period_end": {"type": "integer", "description": "Last year."},
    "summary": {"type": "string"},
    "demo": {"type": "boolean"},
    "action_count": {"type": "integer"}
  }
})json");
}

// GET /api/v1/plans
inline constexpr std::string_view kList = R"json({
  "operationId": "listPlans",
  "tags": ["plans"],
  "summary": "List communal development plans (PCD)",
  "description": "Every plan, without its actions.",
  "responses": {
    "200": {"description": "The plans.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["plans"], "properties": {"plans": {"type": "array", "items": {"$ref": "#/components/schemas/Plan"}}}},
      "example": {"plans": [{"id": 1, "title": "Plan communal de développement d'Arbâa Sahel 2011-2016", "organisation": {"id": 2, "name": "Commune d'Arbâa Sahel"}, "commune": {"id": 9, "name_fr": "Arbâa Sahel", "name_ar": "أربعاء الساحل"}, "period_start": 2011, "period_end": 2016, "summary": "PCD actualisé en 2014.", "demo": true, "action_count": 8}]}
    }}}
  }
})json";

// GET /api/v1/plans/{id}
inline constexpr std::string_view kShow = R"json({
  "operationId": "getPlan",
  "tags": ["plans"],
  "summary": "Get a plan with its axes and actions",
  "description": "Budgets are integers in minor units (centimes) with their currency; `null` when not estimated. Douars are named by slug (see GET /api/v1/territories).",
  "responses": {
    "200": {"description": "The plan.", "content": {"application/json": {
      "schema": {"allOf": [{"$ref": "#/components/schemas/Plan"}, {"type": "object", "required": ["axes"], "properties": {"axes": {"type": "array", "items": {"type": "object", "required": ["id", "title", "actions"], "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "actions": {"type": "array", "items": {"type": "object", "required": ["id", "title", "priority", "status", "budget_minor", "currency", "douars"], "properties": {
          "id": {"type": "integer"},
          "title": {"type": "string"},
          "priority": {"$ref": "#/components/schemas/PlanPriority"},
          "status": {"$ref": "#/components/schemas/PlanActionStatus"},
          "budget_minor": {"type": ["integer", "null"]},
          "currency": {"$ref": "#/components/schemas/Currency"},
          "douars": {"type": "array", "items": {"type": "string"}}
        }}}
      }}}}}]},
      "example": {"id": 1, "title": "Plan communal de développement d'Arbâa Sahel 2011-2016", "organisation": {"id": 2, "name": "Commune d'Arbâa Sahel"}, "commune": {"id": 9, "name_fr": "Arbâa Sahel", "name_ar": "أربعاء الساحل"}, "period_start": 2011, "period_end": 2016, "summary": "PCD actualisé en 2014.", "demo": true, "action_count": 1, "axes": [{"id": 1, "title": "Gouvernance et participation", "actions": [{"id": 1, "title": "Ouvrir un bureau d'accueil des migrants", "priority": "high", "status": "done", "budget_minor": 15000000, "currency": "MAD", "douars": []}]}]}
    }}},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

}  // namespace comdev::plans::api_doc
