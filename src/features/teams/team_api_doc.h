// The OpenAPI description of the team API (team_api.cpp registers each route with its text).
// The pages and the API share the use cases (team_actions.h, discussion_actions.h), so both
// doors allow and refuse the same things.
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::teams::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "TeamMember", R"json({
  "type": "object",
  "description": "A member of a project's team. `role_kind`: carrier (manages the team), expert (works on it; an accepted offer makes one), animator (facilitates and moderates), observer (reads). `title` is free text. `by_organisation`: a verified representative of the carrier organisation, a carrier through it.",
  "required": ["id", "display_name", "role_kind", "title", "by_organisation"],
  "properties": {
    "id": {"type": "integer"},
    "display_name": {"type": "string"},
    "role_kind": {"type": "string", "enum": ["carrier", "expert", "animator", "observer"]},
    "title": {"type": "string"},
    "by_organisation": {"type": "boolean"}
  }
})json");
  doc.add_component("schemas", "Thread", R"json({
  "type": "object",
  "description": "A thread of a project team's discussion.",
  "required": ["id", "project_id", "title", "author", "created_at", "last_message_at", "message_count"],
  "properties": {
    "id": {"type": "integer"},
    "project_id": {"type": "integer"},
    "title": {"type": "string"},
    "author": {"type": "object", "required": ["id", "display_name"], "properties": {"id": {"type": ["integer", "null"]}, "display_name": {"type": "string"}}},
    "created_at": {"type": "string", "format": "date-time"},
    "last_message_at": {"type": "string", "format": "date-time"},
    "message_count": {"type": "integer"}
  }
})json");
  doc.add_component("schemas", "DiscussionMessage", R"json({
  "type": "object",
  "description": "A message in Markdown, with the HTML the site shows (raw HTML dropped, only http, https, mailto and relative links kept). A message removed by moderation keeps its place with an empty body and `removed` true.",
  "required": ["id", "thread_id", "author", "body_md", "body_html", "created_at", "edited_at", "removed"],
  "properties": {
    "id": {"type": "integer"},
    "thread_id": {"type": "integer"},
    "author": {"type": "object", "required": ["id", "display_name"], "properties": {"id": {"type": ["integer", "null"]}, "display_name": {"type": "string"}}},
    "body_md": {"type": "string"},
    "body_html": {"type": "string"},
    "created_at": {"type": "string", "format": "date-time"},
    "edited_at": {"type": ["string", "null"], "format": "date-time"},
    "removed": {"type": "boolean"}
  }
})json");
}

// GET /api/v1/projects/{id}/team
inline constexpr std::string_view kTeam = R"json({
  "operationId": "getProjectTeam",
  "tags": ["teams"],
  "summary": "A project's team",
  "description": "Who works on the project and in which role, carriers first. Public, as on the project's page.",
  "security": [{}, {"bearer": []}],
  "responses": {
    "200": {"description": "The team.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["project_id", "members"], "properties": {
        "project_id": {"type": "integer"},
        "members": {"type": "array", "items": {"$ref": "#/components/schemas/TeamMember"}}
      }},
      "example": {"project_id": 4, "members": [{"id": 12, "display_name": "Commune de Taliouine", "role_kind": "carrier", "title": "", "by_organisation": true}, {"id": 23, "display_name": "Nadia O.", "role_kind": "expert", "title": "Ingénieure de l'étude", "by_organisation": false}]}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// GET /api/v1/projects/{id}/threads
inline constexpr std::string_view kThreads = R"json({
  "operationId": "listProjectThreads",
  "tags": ["teams"],
  "summary": "The threads of a project team's discussion",
  "description": "Private to the team and the community's animators (403 for other members). Newest first, 20 a page; `older` is the `before` of the next page (null on the last).",
  "security": [{"bearer": []}],
  "parameters": [
    {"name": "before", "in": "query", "description": "A thread's id: the threads older than it.", "schema": {"type": "integer", "minimum": 1}}
  ],
  "responses": {
    "200": {"description": "A page of threads.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["threads", "older"], "properties": {
        "threads": {"type": "array", "items": {"$ref": "#/components/schemas/Thread"}},
        "older": {"type": ["integer", "null"]}
      }},
      "example": {"threads": [{"id": 3, "project_id": 4, "title": "Budget de l'étude", "author": {"id": 12, "display_name": "Fatima A."}, "created_at": "2026-12-05T09:00:00Z", "last_message_at": "2026-12-05T10:30:00Z", "message_count": 4}], "older": null}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/projects/{id}/threads
inline constexpr std::string_view kStartThread = R"json({
  "operationId": "startProjectThread",
  "tags": ["teams"],
  "summary": "Open a thread with its first message",
  "description": "For the team's carriers, experts and animators, and the community's animators (observers read only). `body` is Markdown; raw HTML or a link other than http, https, mailto or relative is refused (422), not altered. A team member named as `@Display Name` gets an in-app notification, carried by their next e-mail digest (never an e-mail of its own).",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["title", "body"], "properties": {"title": {"type": "string", "minLength": 1, "maxLength": 200}, "body": {"type": "string", "minLength": 1, "maxLength": 10000}}},
    "example": {"title": "Budget de l'étude", "body": "Voici le budget par ligne. @Nadia O. peux-tu relire ?"}
  }}},
  "responses": {
    "201": {"description": "The thread.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thread"}, "example": {"id": 3, "project_id": 4, "title": "Budget de l'étude", "author": {"id": 12, "display_name": "Fatima A."}, "created_at": "2026-12-05T09:00:00Z", "last_message_at": "2026-12-05T09:00:00Z", "message_count": 1}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/threads/{id}/messages
inline constexpr std::string_view kMessages = R"json({
  "operationId": "listThreadMessages",
  "tags": ["teams"],
  "summary": "The messages of a thread",
  "description": "In the order they were written, 20 a page: the last 20 by default; `before` (older than this id) and `after` (newer than this id) move through the thread, and the answer's `older` / `newer` are what to pass next (null at either end). A thread the caller may not read is answered 404, whether it exists or not.",
  "security": [{"bearer": []}],
  "parameters": [
    {"name": "before", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "after", "in": "query", "schema": {"type": "integer", "minimum": 1}}
  ],
  "responses": {
    "200": {"description": "A page of messages.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["thread", "messages", "older", "newer"], "properties": {
        "thread": {"$ref": "#/components/schemas/Thread"},
        "messages": {"type": "array", "items": {"$ref": "#/components/schemas/DiscussionMessage"}},
        "older": {"type": ["integer", "null"]},
        "newer": {"type": ["integer", "null"]}
      }},
      "example": {"thread": {"id": 3, "project_id": 4, "title": "Budget de l'étude", "author": {"id": 12, "display_name": "Fatima A."}, "created_at": "2026-12-05T09:00:00Z", "last_message_at": "2026-12-05T09:00:00Z", "message_count": 1}, "messages": [{"id": 8, "thread_id": 3, "author": {"id": 12, "display_name": "Fatima A."}, "body_md": "Voici le **budget**.", "body_html": "<p>Voici le <strong>budget</strong>.</p>\n", "created_at": "2026-12-05T09:00:00Z", "edited_at": null, "removed": false}], "older": null, "newer": null}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/threads/{id}/messages
inline constexpr std::string_view kPostMessage = R"json({
  "operationId": "postThreadMessage",
  "tags": ["teams"],
  "summary": "Write in a thread",
  "description": "Same rules as opening a thread: Markdown, refused (422) when it holds raw HTML or an unsafe link; mentions notify through the digest. Observers read only (403); a thread the caller may not read is 404.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["body"], "properties": {"body": {"type": "string", "minLength": 1, "maxLength": 10000}}},
    "example": {"body": "Relu : la ligne *forage* me paraît juste."}
  }}},
  "responses": {
    "201": {"description": "The message.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DiscussionMessage"}, "example": {"id": 9, "thread_id": 3, "author": {"id": 23, "display_name": "Nadia O."}, "body_md": "Relu : la ligne *forage* me paraît juste.", "body_html": "<p>Relu : la ligne <em>forage</em> me paraît juste.</p>\n", "created_at": "2026-12-05T10:30:00Z", "edited_at": null, "removed": false}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::teams::api_doc
