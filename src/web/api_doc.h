// ApiDoc: what the JSON API says about itself. Each feature describes its own /api/ routes where
// it registers them (App::route's last argument: the OpenAPI 3.1 Operation Object as JSON text,
// kept in the feature's *_api_doc.cpp beside its *_api.cpp), and may add components its
// operations share ("#/components/schemas/Project"). The shared pieces that this layer itself
// produces — the error object of errors.h, the bearer token the pipeline reads, pagination —
// are here from the start. features/api assembles everything into /api/v1/openapi.json.
//
// Text only: the web layer needs no JSON library; the assembler parses each piece at start-up
// and refuses to start on one that is not JSON, naming the route.
// Path parameters are not written in the text: they come from the route's pattern, with the
// type the router enforces ("{id:int}"), so the document cannot say otherwise than the router.
//
// Thread-safety: filled at start-up; read-only afterwards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "http/router.h"

namespace comdev::web {

struct ApiOperation {
  http::RouteInfo route;  // method, pattern without types, path parameters with their types
  std::string openapi;    // OpenAPI Operation Object (JSON text), path parameters left out
};

struct ApiComponent {
  std::string kind;  // a key of OpenAPI's components: "schemas", "responses", "parameters"…
  std::string name;
  std::string openapi;  // JSON text
};

class ApiDoc {
 public:
  // Starts with the shared components (shared_components()).
  ApiDoc();

  void add_operation(ApiOperation op) { operations_.push_back(std::move(op)); }
  void add_component(std::string kind, std::string name, std::string_view openapi) {
    components_.push_back({std::move(kind), std::move(name), std::string(openapi)});
  }
  const std::vector<ApiOperation>& operations() const { return operations_; }
  const std::vector<ApiComponent>& components() const { return components_; }

 private:
  std::vector<ApiOperation> operations_;
  std::vector<ApiComponent> components_;
};

// The components every description may refer to: schemas Error and Pagination; responses
// BadRequest, BadPathParameter, Unauthenticated, Forbidden, NotFound, Conflict, Invalid,
// RateLimited, Unavailable; parameter Page; security scheme bearer.
std::vector<ApiComponent> shared_components();

// The JSON text of the path parameter schema the router enforces for `type`.
std::string_view path_param_schema(http::ParamType type);

// {"type": "string", "enum": [values…]}: a component made from the C++ list the code checks
// against (core::kSectors, a feature's kStatuses), so the document lists what the code accepts.
template <class Range>
std::string enum_schema(const Range& values) {
  std::string out = R"({"type": "string", "enum": [)";
  bool first = true;
  for (std::string_view v : values) {
    if (!first) out += ", ";
    first = false;
    out += '"';
    out += v;  // identifiers of [a-z_A-Z]: nothing to escape
    out += '"';
  }
  out += "]}";
  return out;
}

}  // namespace comdev::web
