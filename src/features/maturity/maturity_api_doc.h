// The OpenAPI description of the maturity path's API (maturity_api.cpp registers each route with
// its text). The pages and the API share the use cases (maturity_actions.h).
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::maturity::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "MaturityPath", R"json({
  "type": "object",
  "description": "A project's maturity path: the stages of its lifecycle from idea to done (`stages`, in order), the one it is at (`stage`, which may also be `capitalised`, after the path), and for every stage but the first the checklist a project completes to enter it, as written by the animators of the project's community (`community_id`, null when the platform has none). An item is ticked by the team's carriers with a note, or `computed` by the platform: confirmed_expert (an expert in the team), carrier_person (a carrier in the team), need_recorded (a need listed), study_uploaded and budget_uploaded (a document of that kind in the team's documents). `missing_for_next` lists the ids of the items not done in the next stage's checklist. `note`, `ticked_by` and `ticked_at` are null for readers outside the team and the community's animators, and for computed items.",
  "required": ["project_id", "community_id", "stage", "stages", "next_stage", "missing_for_next", "checklists"],
  "properties": {
    "project_id": {"type": "integer"},
    "community_id": {"type": ["integer", "null"]},
    "stage": {"type": "string", "enum": ["idea", "maturing", "ready", "funding", "in_progress", "done", "capitalised"]},
    "stages": {"type": "array", "items": {"type": "string"}},
    "next_stage": {"type": ["string", "null"]},
    "missing_for_next": {"type": "array", "items": {"type": "integer"}},
    "checklists": {"type": "array", "items": {"type": "object", "required": ["stage", "complete", "items"], "properties": {
      "stage": {"type": "string", "enum": ["maturing", "ready", "funding", "in_progress", "done"]},
      "complete": {"type": "boolean"},
      "items": {"type": "array", "items": {"type": "object", "required": ["id", "label_fr", "label_ar", "computed", "done", "note", "ticked_by", "ticked_at"], "properties": {
        "id": {"type": "integer"},
        "label_fr": {"type": "string"},
        "label_ar": {"type": "string"},
        "computed": {"type": ["string", "null"], "enum": ["confirmed_expert", "carrier_person", "need_recorded", "study_uploaded", "budget_uploaded", null]},
        "done": {"type": "boolean"},
        "note": {"type": ["string", "null"]},
        "ticked_by": {"type": ["string", "null"]},
        "ticked_at": {"type": ["string", "null"], "format": "date-time"}
      }}}
    }}}
  }
})json");
}

#define COMDEV_MATURITY_EXAMPLE \
  R"json({"project_id": 4, "community_id": 1, "stage": "maturing", "stages": ["idea", "maturing", "ready", "funding", "in_progress", "done"], "next_stage": "ready", "missing_for_next": [7], "checklists": [{"stage": "maturing", "complete": true, "items": []}, {"stage": "ready", "complete": false, "items": [{"id": 6, "label_fr": "Étude de faisabilité déposée", "label_ar": "إيداع دراسة الجدوى", "computed": null, "done": true, "note": "Étude du bureau d'études, version 2", "ticked_by": "Fatima A.", "ticked_at": "2026-12-05T09:00:00Z"}, {"id": 7, "label_fr": "Au moins un expert confirmé dans l'équipe", "label_ar": "خبير واحد مؤكد على الأقل في الفريق", "computed": "confirmed_expert", "done": false, "note": null, "ticked_by": null, "ticked_at": null}]}]})json"

// GET /api/v1/projects/{id}/stage
inline constexpr std::string_view kStage = R"json({
  "operationId": "getProjectStage",
  "tags": ["maturity"],
  "summary": "A project's maturity path",
  "description": "Public, like the project: where it stands, the checklist of each stage and what the next stage still lacks. The evidence of the ticks is given to the team and the community's animators only.",
  "responses": {
    "200": {"description": "The path.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MaturityPath"}, "example": )json" COMDEV_MATURITY_EXAMPLE
                                           R"json(}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/projects/{id}/stage
inline constexpr std::string_view kAdvance = R"json({
  "operationId": "moveProjectStage",
  "tags": ["maturity"],
  "summary": "Move a project along its lifecycle",
  "description": "For the team's carriers, the community's animators and administrators (others: 403). A project moves forward by one or more stages, or back by one (422 otherwise). Moving forward needs the checklists of every stage it enters complete: otherwise 409, and nothing changes. An animator or administrator may override an incomplete checklist by giving `override_reason`, which is kept in the project's history, the audit log and its activity timeline; the same reason from anyone else is 403. `from` (optional) is the stage the caller saw: 409 when the project has moved since. The move is dated in the project's history.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["to"], "properties": {
      "to": {"type": "string", "enum": ["idea", "maturing", "ready", "funding", "in_progress", "done", "capitalised"]},
      "from": {"type": ["string", "null"]},
      "note": {"type": ["string", "null"], "maxLength": 500},
      "override_reason": {"type": ["string", "null"], "maxLength": 1000}
    }},
    "example": {"to": "ready", "from": "maturing", "note": "Dossier complet"}
  }}},
  "responses": {
    "200": {"description": "The path, at its new stage.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MaturityPath"}, "example": )json" COMDEV_MATURITY_EXAMPLE
                                             R"json(}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/projects/{id}/checklist
inline constexpr std::string_view kTick = R"json({
  "operationId": "tickChecklistItem",
  "tags": ["maturity"],
  "summary": "Tick or untick an item of a project's checklist",
  "description": "For the team's carriers, the community's animators and administrators (others: 403). `item_id` is an item of the project's checklists (GET …/stage); `note` is the evidence (a document's name, the council's deliberation number). A computed item is not ticked (409); an item of another community's checklists is 404.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["item_id", "done"], "properties": {
      "item_id": {"type": "integer", "minimum": 1},
      "done": {"type": "boolean"},
      "note": {"type": ["string", "null"], "maxLength": 500}
    }},
    "example": {"item_id": 6, "done": true, "note": "Délibération n° 12/2026 du conseil communal"}
  }}},
  "responses": {
    "200": {"description": "The path with the item ticked or not.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MaturityPath"}, "example": )json" COMDEV_MATURITY_EXAMPLE
                                          R"json(}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

#undef COMDEV_MATURITY_EXAMPLE

}  // namespace comdev::maturity::api_doc
