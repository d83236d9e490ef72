// The OpenAPI description of the documents API (document_api.cpp registers each route with its
// text). The pages and the API share the use cases (document_actions.h), so both doors allow and
// refuse the same things.
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::documents::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "DocumentVersion", R"json({
  "type": "object",
  "description": "One uploaded file of a document. `type` was decided from the content, never from the name; `filename` is the cleaned name it downloads as; `url` downloads it.",
  "required": ["number", "filename", "type", "content_type", "size", "sha256", "uploaded_by", "uploaded_at", "url"],
  "properties": {
    "number": {"type": "integer", "minimum": 1},
    "filename": {"type": "string"},
    "type": {"type": "string", "enum": ["pdf", "odt", "docx", "xlsx", "ods", "csv", "jpeg", "png", "webp"]},
    "content_type": {"type": "string"},
    "size": {"type": "integer", "minimum": 1},
    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    "uploaded_by": {"type": ["object", "null"], "required": ["id", "display_name"], "properties": {"id": {"type": "integer"}, "display_name": {"type": "string"}}},
    "uploaded_at": {"type": "string", "format": "date-time"},
    "url": {"type": "string"}
  }
})json");
  doc.add_component("schemas", "Document", R"json({
  "type": "object",
  "description": "A document of a project's team: a title, a kind and its versions (`versions` is the latest's number; an upload under the same title adds one and keeps the others).",
  "required": ["id", "project_id", "title", "kind", "versions", "latest", "created_at", "updated_at"],
  "properties": {
    "id": {"type": "integer"},
    "project_id": {"type": "integer"},
    "title": {"type": "string"},
    "kind": {"type": "string", "enum": ["study", "budget", "plan", "photo", "minutes", "other"]},
    "versions": {"type": "integer", "minimum": 1},
    "latest": {"$ref": "#/components/schemas/DocumentVersion"},
    "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"}
  }
})json");
}

// GET /api/v1/projects/{id}/documents
inline constexpr std::string_view kDocuments = R"json({
  "operationId": "listProjectDocuments",
  "tags": ["documents"],
  "summary": "The documents of a project's team",
  "description": "Private to the team and the community's animators (403 for other members). Most recently changed first, at most 300, with what they take on disk against the project's quota (every version counted).",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The documents.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["project_id", "used_bytes", "quota_bytes", "documents"], "properties": {
        "project_id": {"type": "integer"},
        "used_bytes": {"type": "integer"},
        "quota_bytes": {"type": "integer"},
        "documents": {"type": "array", "items": {"$ref": "#/components/schemas/Document"}}
      }},
      "example": {"project_id": 4, "used_bytes": 1843200, "quota_bytes": 1000000000, "documents": [{"id": 3, "project_id": 4, "title": "Étude de faisabilité", "kind": "study", "versions": 2, "latest": {"number": 2, "filename": "Étude de faisabilité v2.pdf", "type": "pdf", "content_type": "application/pdf", "size": 921600, "sha256": "9f2c6b1e0d6a4c5b8e7f3a2d1c0b9a8e7f6d5c4b3a2918f7e6d5c4b3a2918f7e", "uploaded_by": {"id": 23, "display_name": "Nadia O."}, "uploaded_at": "2026-12-06T10:00:00Z", "url": "/api/v1/documents/3/file?version=2"}, "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-06T10:00:00Z"}]}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// POST /api/v1/projects/{id}/documents
inline constexpr std::string_view kUploadDocument = R"json({
  "operationId": "uploadProjectDocument",
  "tags": ["documents"],
  "summary": "Upload a document, or a new version of one",
  "description": "For the team's carriers, experts and animators, and the community's animators (observers read only: 403). A multipart form, as a browser sends it: `file` (PDF, ODT, DOCX, XLSX, ODS, CSV, JPEG, PNG or WebP, at most 20 MB; the type is decided from the content, so an HTML page or a program renamed .pdf is 422), `title` (default: the file's name) and `kind`. A title the project already has adds a version to that document. A body over 20 MB is refused with 413 before it is read; over the project's quota is 422.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"multipart/form-data": {
    "schema": {"type": "object", "required": ["file"], "properties": {
      "file": {"type": "string", "format": "binary"},
      "title": {"type": "string", "maxLength": 200},
      "kind": {"type": "string", "enum": ["study", "budget", "plan", "photo", "minutes", "other"]}
    }}
  }}},
  "responses": {
    "201": {"description": "The document, with the new version as its latest.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}, "example": {"id": 3, "project_id": 4, "title": "Étude de faisabilité", "kind": "study", "versions": 1, "latest": {"number": 1, "filename": "etude.pdf", "type": "pdf", "content_type": "application/pdf", "size": 921600, "sha256": "9f2c6b1e0d6a4c5b8e7f3a2d1c0b9a8e7f6d5c4b3a2918f7e6d5c4b3a2918f7e", "uploaded_by": {"id": 23, "display_name": "Nadia O."}, "uploaded_at": "2026-12-06T10:00:00Z", "url": "/api/v1/documents/3/file?version=1"}, "created_at": "2026-12-06T10:00:00Z", "updated_at": "2026-12-06T10:00:00Z"}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "413": {"description": "The body is over 20 MB: refused before it is read."},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/documents/{id}
inline constexpr std::string_view kDocument = R"json({
  "operationId": "getDocument",
  "tags": ["documents"],
  "summary": "A document and all its versions",
  "description": "Latest version first. A document the caller may not read is 404, whether or not it exists.",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The document.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["document", "versions"], "properties": {
        "document": {"$ref": "#/components/schemas/Document"},
        "versions": {"type": "array", "items": {"$ref": "#/components/schemas/DocumentVersion"}}
      }},
      "example": {"document": {"id": 3, "project_id": 4, "title": "Étude de faisabilité", "kind": "study", "versions": 1, "latest": {"number": 1, "filename": "etude.pdf", "type": "pdf", "content_type": "application/pdf", "size": 921600, "sha256": "9f2c6b1e0d6a4c5b8e7f3a2d1c0b9a8e7f6d5c4b3a2918f7e6d5c4b3a2918f7e", "uploaded_by": null, "uploaded_at": "2026-12-06T10:00:00Z", "url": "/api/v1/documents/3/file?version=1"}, "created_at": "2026-12-06T10:00:00Z", "updated_at": "2026-12-06T10:00:00Z"}, "versions": [{"number": 1, "filename": "etude.pdf", "type": "pdf", "content_type": "application/pdf", "size": 921600, "sha256": "9f2c6b1e0d6a4c5b8e7f3a2d1c0b9a8e7f6d5c4b3a2918f7e6d5c4b3a2918f7e", "uploaded_by": null, "uploaded_at": "2026-12-06T10:00:00Z", "url": "/api/v1/documents/3/file?version=1"}]}
    }}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// GET /api/v1/documents/{id}/file
inline constexpr std::string_view kDocumentFile = R"json({
  "operationId": "downloadDocumentVersion",
  "tags": ["documents"],
  "summary": "Download one version of a document",
  "description": "The bytes as uploaded, with the type decided from the content, `Content-Disposition: attachment` (RFC 6266: an ASCII `filename` and the UTF-8 `filename*`) and `X-Content-Type-Options: nosniff`. A document the caller may not read is 404.",
  "security": [{"bearer": []}],
  "parameters": [
    {"name": "version", "in": "query", "description": "The version's number (default: the latest).", "schema": {"type": "integer", "minimum": 1}}
  ],
  "responses": {
    "200": {"description": "The file.", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// DELETE /api/v1/documents/{id}
inline constexpr std::string_view kDeleteDocument = R"json({
  "operationId": "deleteDocument",
  "tags": ["documents"],
  "summary": "Delete a document with all its versions",
  "description": "For the team's carriers and animators, the community's animators, and a member who uploaded every version. The space it took is freed from the project's quota at once; a file no other version names is removed from disk. Recorded in the audit log and on the project's timeline. A document the caller may not read is 404.",
  "security": [{"bearer": []}],
  "responses": {
    "204": {"description": "Deleted."},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

// DELETE /api/v1/documents/{id}/versions/{number}
inline constexpr std::string_view kDeleteVersion = R"json({
  "operationId": "deleteDocumentVersion",
  "tags": ["documents"],
  "summary": "Delete one version of a document",
  "description": "For the member who uploaded it, the team's carriers and animators and the community's animators. Deleting the only version deletes the document. Deleting the latest makes the one before it the latest, and the next upload takes the freed number. Recorded in the audit log and on the project's timeline.",
  "security": [{"bearer": []}],
  "responses": {
    "204": {"description": "Deleted."},
    "400": {"$ref": "#/components/responses/BadPathParameter"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

}  // namespace comdev::documents::api_doc
