// The API reference: the OpenAPI 3.1 document of /api/v1, assembled once at start-up from what
// each feature registered beside its routes (web/api_doc.h), and the same document as plain
// structs for the readable page /api (api_pages.cpp renders them; no JSON library there).
//
// build_reference() adds to each operation what the pipeline does for every route, so no
// feature has to repeat it: the path parameters with the type the router enforces, a 400 for a
// path parameter of the wrong type, a 401 for a bad token. It refuses (Error::internal naming
// the route or component) a piece that is not JSON, an operation without operationId, summary,
// tags or responses, an operationId used twice, and a component given twice differently.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "web/api_doc.h"

namespace comdev::api {

// One row of a parameter or body-field table: type as a reader wants it ("integer, 1–100,
// default 20", "water | sanitation | …", "array of Skill").
struct FieldRow {
  std::string name;
  std::string in;  // path, query (parameters); empty for a body field
  std::string type;
  bool required = false;
  std::string description;
};

struct ResponseRow {
  std::string status;  // "200"
  std::string description;
  std::string example;  // indented JSON, or empty
};

struct OperationView {
  std::string method;  // "GET"
  std::string path;    // "/api/v1/projects/{id}"
  std::string anchor;  // the operationId, unique
  std::string summary;
  std::string description;
  bool needs_token = false;  // the operation requires a bearer token
  std::vector<FieldRow> params;
  std::vector<FieldRow> body_fields;
  std::string body_example;  // indented JSON, or empty
  std::vector<ResponseRow> responses;
};

struct TagView {
  std::string name;  // "projects"
  std::vector<OperationView> operations;
};

struct Reference {
  std::string json;  // the OpenAPI document, served as /api/v1/openapi.json
  std::string version;
  std::vector<TagView> tags;  // in the order the features registered them
  int operation_count = 0;
};

// `base_url` is Config::base_url: the document's one server.
Result<Reference> build_reference(const web::ApiDoc& doc, std::string_view base_url);

}  // namespace comdev::api
