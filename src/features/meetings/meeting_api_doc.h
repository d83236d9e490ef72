// The OpenAPI description of the meetings API (meeting_api.cpp registers each route with its
// text). The pages and the API share the forms and use cases, so both doors allow and refuse the
// same things.
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::meetings::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "Meeting", R"json({
  "type": "object",
  "description": "A meeting of a project's team. `local_start` / `local_end` are the wall-clock times in `time_zone` (an IANA zone of the tz database) as the organiser set them; `starts_at` / `ends_at` are the same instants in UTC. `answers` counts the team's replies; `my_answer` is the caller's (null when none). Markdown fields come with their rendered HTML. A cancelled meeting has `cancelled_at` (UTC) and the organiser's `cancel_reason` (may be empty); it takes no more answers, changes or minutes. `sequence` counts the changes calendars were told of (the .ics SEQUENCE; cancelling raises it).",
  "required": ["id", "project_id", "title", "local_start", "local_end", "time_zone", "starts_at", "ends_at", "place", "video_url", "agenda_md", "agenda_html", "minutes_md", "minutes_html", "answers", "my_answer", "cancelled_at", "cancel_reason", "sequence"],
  "properties": {
    "id": {"type": "integer"},
    "project_id": {"type": "integer"},
    "title": {"type": "string"},
    "local_start": {"type": "string", "example": "2027-02-20T10:00:00"},
    "local_end": {"type": "string"},
    "time_zone": {"type": "string"},
    "starts_at": {"type": "string", "format": "date-time"},
    "ends_at": {"type": "string", "format": "date-time"},
    "place": {"type": "string"},
    "video_url": {"type": "string"},
    "agenda_md": {"type": "string"},
    "agenda_html": {"type": "string"},
    "minutes_md": {"type": "string"},
    "minutes_html": {"type": "string"},
    "answers": {"type": "object", "required": ["yes", "no", "maybe"], "properties": {"yes": {"type": "integer"}, "no": {"type": "integer"}, "maybe": {"type": "integer"}}},
    "my_answer": {"type": ["string", "null"], "enum": ["yes", "no", "maybe", null]},
    "cancelled_at": {"type": ["string", "null"], "format": "date-time"},
    "cancel_reason": {"type": "string", "maxLength": 500},
    "sequence": {"type": "integer", "minimum": 0}
  }
})json");
}

// GET /api/v1/projects/{id}/meetings
inline constexpr std::string_view kMeetings = R"json({
  "operationId": "listProjectMeetings",
  "tags": ["meetings"],
  "summary": "A project team's meetings",
  "description": "Private to the team and the community's animators (403 for other members). Latest start first, at most 200.",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The meetings.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["meetings"], "properties": {
        "meetings": {"type": "array", "items": {"$ref": "#/components/schemas/Meeting"}}
      }},
      "example": {"meetings": [{"id": 5, "project_id": 4, "title": "Lancement de l'étude", "local_start": "2027-02-20T10:00:00", "local_end": "2027-02-20T11:30:00", "time_zone": "Africa/Casablanca", "starts_at": "2027-02-20T10:00:00Z", "ends_at": "2027-02-20T11:30:00Z", "place": "Maison communale", "video_url": "https://meet.jit.si/taliouine", "agenda_md": "1. Étude", "agenda_html": "<ol>\n<li>Étude</li>\n</ol>\n", "minutes_md": "", "minutes_html": "", "answers": {"yes": 2, "no": 0, "maybe": 1}, "my_answer": "yes", "cancelled_at": null, "cancel_reason": "", "sequence": 0}]}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/projects/{id}/meetings
inline constexpr std::string_view kSchedule = R"json({
  "operationId": "scheduleProjectMeeting",
  "tags": ["meetings"],
  "summary": "Set up a meeting",
  "description": "For the team's carriers and animators and the community's animators. `date` (YYYY-MM-DD), `start` and `end` (HH:MM) are wall-clock times in `time_zone`, an IANA zone. Refused with 422: an end not after the start, a time the clocks skip (spring forward) or show twice (fall back) in that zone, an unknown zone, a video link that is not https, neither place nor link, Markdown with raw HTML or an unsafe link.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["title", "date", "start", "end", "time_zone"], "properties": {
      "title": {"type": "string", "minLength": 1, "maxLength": 200},
      "date": {"type": "string", "format": "date"},
      "start": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
      "end": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
      "time_zone": {"type": "string"},
      "place": {"type": "string", "maxLength": 300},
      "video_url": {"type": "string"},
      "agenda": {"type": "string", "maxLength": 20000}
    }},
    "example": {"title": "Lancement de l'étude", "date": "2027-02-20", "start": "10:00", "end": "11:30", "time_zone": "Africa/Casablanca", "place": "Maison communale", "video_url": "https://meet.jit.si/taliouine", "agenda": "1. Étude"}
  }}},
  "responses": {
    "201": {"description": "The meeting.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/meetings/{id}/rsvp
inline constexpr std::string_view kRsvp = R"json({
  "operationId": "answerMeeting",
  "tags": ["meetings"],
  "summary": "Answer yes, no or maybe",
  "description": "For the members of the team, for themselves; answering again replaces the answer. A meeting the caller may not read is 404; a cancelled meeting is 409.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["answer"], "properties": {"answer": {"type": "string", "enum": ["yes", "no", "maybe"]}}},
    "example": {"answer": "yes"}
  }}},
  "responses": {
    "200": {"description": "The meeting with the answer.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/meetings/{id}/cancel
inline constexpr std::string_view kCancel = R"json({
  "operationId": "cancelMeeting",
  "tags": ["meetings"],
  "summary": "Cancel a meeting",
  "description": "For those who may change the meeting: the team's carriers and animators and the community's animators. The meeting stays, with `cancelled_at` and the optional `reason` (plain text, at most 500 characters); it takes no more answers, changes or minutes (409), leaves the upcoming lists and the digest's reminders, and its calendar file becomes an iTIP CANCEL (`METHOD:CANCEL`, `STATUS:CANCELLED`, a higher `SEQUENCE`) while the personal feed marks it `STATUS:CANCELLED`. Cancelling a cancelled meeting changes nothing and answers the meeting as it is. The body may be empty. A meeting the caller may not read is 404.",
  "security": [{"bearer": []}],
  "requestBody": {"required": false, "content": {"application/json": {
    "schema": {"type": "object", "properties": {"reason": {"type": "string", "maxLength": 500}}},
    "example": {"reason": "Le président de la commune est retenu à Agadir."}
  }}},
  "responses": {
    "200": {"description": "The meeting, cancelled.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

}  // namespace comdev::meetings::api_doc
