// The OpenAPI description of the tasks API (task_api.cpp registers each route with its text).
// The pages and the API share the use cases (task_actions.h), so both doors allow and refuse the
// same things.
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::tasks::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "Task", R"json({
  "type": "object",
  "description": "A task of a project's team. `owner` is a member of the team (null: nobody yet); `due_on` a day (UTC), the task being `overdue` from the next day until it is done; `need` the project's need it answers, if any.",
  "required": ["id", "project_id", "title", "owner", "due_on", "status", "overdue", "need", "created_at", "updated_at", "done_at"],
  "properties": {
    "id": {"type": "integer"},
    "project_id": {"type": "integer"},
    "title": {"type": "string"},
    "owner": {"type": ["object", "null"], "required": ["id", "display_name"], "properties": {"id": {"type": "integer"}, "display_name": {"type": "string"}}},
    "due_on": {"type": ["string", "null"], "format": "date"},
    "status": {"type": "string", "enum": ["open", "doing", "done"]},
    "overdue": {"type": "boolean"},
    "need": {"type": ["object", "null"], "required": ["id", "title"], "properties": {"id": {"type": "integer"}, "title": {"type": "string"}}},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"},
    "done_at": {"type": ["string", "null"], "format": "date-time"}
  }
})json");
}

// GET /api/v1/projects/{id}/tasks
inline constexpr std::string_view kTasks = R"json({
  "operationId": "listProjectTasks",
  "tags": ["tasks"],
  "summary": "The tasks of a project's team",
  "description": "Private to the team and the community's animators (403 for other members). Tasks not done first, then by due day; at most 200.",
  "security": [{"bearer": []}],
  "parameters": [
    {"name": "status", "in": "query", "description": "Only the tasks with this status.", "schema": {"type": "string", "enum": ["open", "doing", "done"]}},
    {"name": "owner", "in": "query", "description": "Only the tasks of this member.", "schema": {"type": "integer", "minimum": 1}}
  ],
  "responses": {
    "200": {"description": "The tasks.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["project_id", "tasks"], "properties": {
        "project_id": {"type": "integer"},
        "tasks": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}}
      }},
      "example": {"project_id": 4, "tasks": [{"id": 7, "project_id": 4, "title": "Relire le budget de l'étude", "owner": {"id": 23, "display_name": "Nadia O."}, "due_on": "2026-12-20", "status": "doing", "overdue": false, "need": {"id": 9, "title": "Étude de faisabilité"}, "created_at": "2026-12-05T09:00:00Z", "updated_at": "2026-12-06T10:00:00Z", "done_at": null}]}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/projects/{id}/tasks
inline constexpr std::string_view kCreateTask = R"json({
  "operationId": "createProjectTask",
  "tags": ["tasks"],
  "summary": "Add a task",
  "description": "For the team's carriers, experts and animators, and the community's animators (observers read only: 403). The owner must be a member of the team and the need one of the project's (422 naming the field).",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["title"], "properties": {
      "title": {"type": "string", "minLength": 1, "maxLength": 200},
      "owner_id": {"type": ["integer", "null"]},
      "due_on": {"type": ["string", "null"], "format": "date"},
      "need_id": {"type": ["integer", "null"]}
    }},
    "example": {"title": "Relire le budget de l'étude", "owner_id": 23, "due_on": "2026-12-20"}
  }}},
  "responses": {
    "201": {"description": "The task.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}, "example": {"id": 7, "project_id": 4, "title": "Relire le budget de l'étude", "owner": {"id": 23, "display_name": "Nadia O."}, "due_on": "2026-12-20", "status": "open", "overdue": false, "need": null, "created_at": "2026-12-05T09:00:00Z", "updated_at": "2026-12-05T09:00:00Z", "done_at": null}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/tasks/{id}/status
inline constexpr std::string_view kMoveTask = R"json({
  "operationId": "moveTask",
  "tags": ["tasks"],
  "summary": "Change a task's status",
  "description": "open ↔ doing, open or doing → done, done → open (a done task is reopened before work restarts: done → doing is 409). The task's owner and author, the team's carriers and animators, and the community's animators may do it. Asking for the status it has changes nothing. A task the caller may not read is 404.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string", "enum": ["open", "doing", "done"]}}},
    "example": {"status": "done"}
  }}},
  "responses": {
    "200": {"description": "The task.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}, "example": {"id": 7, "project_id": 4, "title": "Relire le budget de l'étude", "owner": {"id": 23, "display_name": "Nadia O."}, "due_on": "2026-12-20", "status": "done", "overdue": false, "need": null, "created_at": "2026-12-05T09:00:00Z", "updated_at": "2026-12-07T09:00:00Z", "done_at": "2026-12-07T09:00:00Z"}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::tasks::api_doc
