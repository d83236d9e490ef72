#include "web/api_doc.h"

namespace comdev::web {
namespace {

// The error object of errors.h (error_json): the shape every failed API request answers with.
constexpr std::string_view kErrorSchema = R"json({
  "type": "object",
  "description": "Every failed request answers with this object. `code` is stable and meant for programs; `message` is a sentence in the language the request asked for (Accept-Language, then French); `fields` names each invalid input (a body field, a query or path parameter) with what is wrong with it, and is empty when no single field is at fault.",
  "required": ["error"],
  "properties": {
    "error": {
      "type": "object",
      "required": ["code", "message", "fields"],
      "properties": {
        "code": {
          "type": "string",
          "enum": ["not_found", "invalid", "forbidden", "conflict", "unavailable", "internal", "unauthenticated", "rate_limited"]
        },
        "message": {"type": "string"},
        "fields": {"type": "object", "additionalProperties": {"type": "string"}}
      }
    }
  }
})json";

// The three numbers every paginated list carries beside its items.
constexpr std::string_view kPaginationSchema = R"json({
  "type": "object",
  "description": "A page of a longer list: `page` (from 1) and `per_page` as asked, `total` the number of items over all pages. The last page is ceil(total / per_page); a page beyond it is empty.",
  "required": ["page", "per_page", "total"],
  "properties": {
    "page": {"type": "integer", "minimum": 1},
    "per_page": {"type": "integer", "minimum": 1},
    "total": {"type": "integer", "minimum": 0}
  }
})json";

constexpr std::string_view kPageParameter = R"json({
  "name": "page",
  "in": "query",
  "description": "Page number, from 1 (each list has its own upper bound, far beyond its last page).",
  "schema": {"type": "integer", "minimum": 1, "default": 1}
})json";

constexpr std::string_view kBearer = R"json({
  "type": "http",
  "scheme": "bearer",
  "description": "A token from POST /api/v1/tokens (e-mail and password of a verified account), sent as `Authorization: Bearer <token>`. It is valid 30 days. Without the header a request acts as a visitor; a token that is given but unknown or expired is refused with 401, never ignored. Browsers' session cookies are not read by the API (so it needs no CSRF token)."
})json";

// An error response whose example is `code` with `message` (and one field when given).
std::string error_response(std::string_view description, std::string_view code,
                           std::string_view message, std::string_view fields = "{}") {
  std::string out = R"({"description": ")";
  out += description;
  out +=
      R"(", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}, "example": {"error": {"code": ")";
  out += code;
  out += R"(", "message": ")";
  out += message;
  out += R"(", "fields": )";
  out += fields;
  out += "}}}}}";
  return out;
}

}  // namespace

std::vector<ApiComponent> shared_components() {
  return {
      {"schemas", "Error", std::string(kErrorSchema)},
      {"schemas", "Pagination", std::string(kPaginationSchema)},
      {"parameters", "Page", std::string(kPageParameter)},
      {"securitySchemes", "bearer", std::string(kBearer)},
      {"responses", "BadPathParameter",
       error_response("A path parameter is not of its type (a word where an id is expected).",
                      "invalid",
                      "The address is malformed: \\u201cid\\u201d is not of the expected type.",
                      R"({"id": "A positive whole number is expected."})")},
      {"responses", "Unauthenticated",
       error_response("No valid bearer token: none was sent where one is needed, or the one sent "
                      "is unknown or expired.",
                      "unauthenticated", "Please sign in to continue.")},
      {"responses", "Forbidden",
       error_response("The token's member may not do this.", "forbidden",
                      "You are not allowed to access this page.")},
      {"responses", "NotFound",
       error_response("Nothing has this id (or it is not visible to the caller).", "not_found",
                      "This page does not exist or has moved.")},
      {"responses", "Conflict",
       error_response("The request contradicts the current state of the thing it acts on.",
                      "conflict",
                      "This action conflicts with a recent change. Reload the page and try "
                      "again.")},
      {"responses", "Invalid",
       error_response("The body is not the JSON object expected, or some values are invalid: "
                      "`fields` names each one.",
                      "invalid", "Some information is invalid. Please check the form.",
                      R"({"title": "The title is required."})")},
      {"responses", "RateLimited",
       error_response("Too many attempts from this address or for this account; wait and retry.",
                      "rate_limited", "Too many attempts. Please try again in a few minutes.")},
      {"responses", "Unavailable",
       error_response("The database cannot be reached; retry later.", "unavailable",
                      "The service is temporarily unavailable. Please try again shortly.")},
  };
}

std::string_view path_param_schema(http::ParamType type) {
  switch (type) {
    case http::ParamType::integer:
      return R"json({"type": "integer", "minimum": 1, "maximum": 999999999999999999})json";
    case http::ParamType::text:
      break;
  }
  return R"json({"type": "string", "minLength": 1})json";
}

ApiDoc::ApiDoc() : components_(shared_components()) {}

}  // namespace comdev::web
