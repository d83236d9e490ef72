// The OpenAPI description of the decisions API (decision_api.cpp registers each route with its
// text). The pages and the API share the use cases (decision_actions.h).
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::decisions::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "Decision", R"json({
  "type": "object",
  "description": "A proposal of a project's team, voted on until `deadline` (UTC). `outcome` is null while the vote is open, then: blocked (one block or more), no_quorum (no vote, or fewer votes than `quorum`; abstentions count towards it), adopted (more agree than disagree), rejected (otherwise, a tie included). `counts` are live while open, then as counted at the deadline.",
  "required": ["id", "project_id", "title", "body_md", "body_html", "deadline", "quorum", "proposed_by", "created_at", "outcome", "closed_at", "counts", "votes"],
  "properties": {
    "id": {"type": "integer"},
    "project_id": {"type": "integer"},
    "title": {"type": "string"},
    "body_md": {"type": "string"},
    "body_html": {"type": "string"},
    "deadline": {"type": "string", "format": "date-time"},
    "quorum": {"type": ["integer", "null"]},
    "proposed_by": {"type": "object", "required": ["id", "display_name"], "properties": {"id": {"type": ["integer", "null"]}, "display_name": {"type": "string"}}},
    "created_at": {"type": "string", "format": "date-time"},
    "outcome": {"type": ["string", "null"], "enum": ["adopted", "rejected", "blocked", "no_quorum", null]},
    "closed_at": {"type": ["string", "null"], "format": "date-time"},
    "counts": {"type": "object", "required": ["agree", "abstain", "disagree", "block"], "properties": {"agree": {"type": "integer"}, "abstain": {"type": "integer"}, "disagree": {"type": "integer"}, "block": {"type": "integer"}}},
    "votes": {"type": "array", "items": {"type": "object", "required": ["member", "choice", "reason", "voted_at"], "properties": {
      "member": {"type": "object", "required": ["id", "display_name"], "properties": {"id": {"type": "integer"}, "display_name": {"type": "string"}}},
      "choice": {"type": "string", "enum": ["agree", "abstain", "disagree", "block"]},
      "reason": {"type": "string"},
      "voted_at": {"type": "string", "format": "date-time"}
    }}}
  }
})json");
}

// GET /api/v1/projects/{id}/decisions
inline constexpr std::string_view kDecisions = R"json({
  "operationId": "listProjectDecisions",
  "tags": ["decisions"],
  "summary": "A project's decision log",
  "description": "Private to the team and the community's animators (403 for other members). Newest first, at most 200, each with its votes. Decisions whose deadline has passed are closed (their outcome recorded) before the answer.",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The decisions.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["project_id", "decisions"], "properties": {
        "project_id": {"type": "integer"},
        "decisions": {"type": "array", "items": {"$ref": "#/components/schemas/Decision"}}
      }},
      "example": {"project_id": 4, "decisions": [{"id": 2, "project_id": 4, "title": "Retenir le bureau d'études A", "body_md": "Le moins cher des **trois** devis.", "body_html": "<p>Le moins cher des <strong>trois</strong> devis.</p>\n", "deadline": "2026-12-10T18:00:00Z", "quorum": 2, "proposed_by": {"id": 12, "display_name": "Fatima A."}, "created_at": "2026-12-05T09:00:00Z", "outcome": "adopted", "closed_at": "2026-12-10T18:02:00Z", "counts": {"agree": 2, "abstain": 0, "disagree": 1, "block": 0}, "votes": [{"member": {"id": 23, "display_name": "Nadia O."}, "choice": "agree", "reason": "Devis complet.", "voted_at": "2026-12-06T08:00:00Z"}]}]}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/projects/{id}/decisions
inline constexpr std::string_view kPropose = R"json({
  "operationId": "proposeDecision",
  "tags": ["decisions"],
  "summary": "Put a proposal to the vote",
  "description": "For the team's carriers, experts and animators, and the community's animators (observers read only: 403). `body` is Markdown, refused (422) when it holds raw HTML or an unsafe link. `deadline` is UTC (`2026-12-10T18:00:00Z`), at least a minute and at most a year ahead; `quorum` the fewest votes for the decision to count (null or 0: none).",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["title", "body", "deadline"], "properties": {
      "title": {"type": "string", "minLength": 1, "maxLength": 200},
      "body": {"type": "string", "minLength": 1, "maxLength": 10000},
      "deadline": {"type": "string", "format": "date-time"},
      "quorum": {"type": ["integer", "null"], "minimum": 0, "maximum": 500}
    }},
    "example": {"title": "Retenir le bureau d'études A", "body": "Le moins cher des **trois** devis.", "deadline": "2026-12-10T18:00:00Z", "quorum": 2}
  }}},
  "responses": {
    "201": {"description": "The decision.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Decision"}, "example": {"id": 2, "project_id": 4, "title": "Retenir le bureau d'études A", "body_md": "Le moins cher des **trois** devis.", "body_html": "<p>Le moins cher des <strong>trois</strong> devis.</p>\n", "deadline": "2026-12-10T18:00:00Z", "quorum": 2, "proposed_by": {"id": 12, "display_name": "Fatima A."}, "created_at": "2026-12-05T09:00:00Z", "outcome": null, "closed_at": null, "counts": {"agree": 0, "abstain": 0, "disagree": 0, "block": 0}, "votes": []}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/decisions/{id}/votes
inline constexpr std::string_view kVote = R"json({
  "operationId": "voteOnDecision",
  "tags": ["decisions"],
  "summary": "Vote, or change one's vote",
  "description": "For the team's carriers, experts and animators (observers and the community's animators outside the team: 403). One vote per member: voting again replaces the choice and the reason, until the deadline; after it, 409. A decision the caller may not read is 404.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["choice"], "properties": {
      "choice": {"type": "string", "enum": ["agree", "abstain", "disagree", "block"]},
      "reason": {"type": ["string", "null"], "maxLength": 1000}
    }},
    "example": {"choice": "agree", "reason": "Devis complet."}
  }}},
  "responses": {
    "200": {"description": "The decision with the votes.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Decision"}, "example": {"id": 2, "project_id": 4, "title": "Retenir le bureau d'études A", "body_md": "Le moins cher des **trois** devis.", "body_html": "<p>Le moins cher des <strong>trois</strong> devis.</p>\n", "deadline": "2026-12-10T18:00:00Z", "quorum": 2, "proposed_by": {"id": 12, "display_name": "Fatima A."}, "created_at": "2026-12-05T09:00:00Z", "outcome": null, "closed_at": null, "counts": {"agree": 1, "abstain": 0, "disagree": 0, "block": 0}, "votes": [{"member": {"id": 23, "display_name": "Nadia O."}, "choice": "agree", "reason": "Devis complet.", "voted_at": "2026-12-06T08:00:00Z"}]}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::decisions::api_doc
