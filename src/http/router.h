// http::Router: maps (method, path) to a route registered with a pattern (std only).
//
//   Router r;
//   RouteId show = r.add(Method::get, "/projects/{id}");
//   RouteId file = r.add(Method::get, "/static/{path...}");   // tail capture, may contain '/'
//   Match m = r.match(Method::get, "/projects/42");   // m.status 200, m.route == show, params
//   id=42
//
// A literal segment wins over a {name} segment, which wins over a {tail...}; among equals the
// route added first wins. HEAD matches GET routes. When the path matches but the method does
// not, the status is 405 and `allow` lists the accepted methods for the Allow header; when
// nothing matches, 404. Segments are compared as given: the caller passes the decoded path.
//
// A parameter may declare its type: "/api/v1/projects/{id:int}" takes a positive decimal
// integer (1 to 18 digits, not 0: what core::parse_id accepts). A path that fits a typed route
// except for that parameter's value ("/api/v1/projects/abc") matches with status 400 and
// `bad_param` naming it, unless another route fits the path as it is. The type is part of the
// pattern only: `pattern` and routes() give the route as "/api/v1/projects/{id}".
//
// Thread-safety: add() during start-up only; match() is const and safe from any thread.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.h"

namespace comdev::http {

using RouteId = std::size_t;

// The type a {name:type} segment declares; `text` (no type) takes any non-empty segment.
enum class ParamType { text, integer };

struct PathParam {
  std::string name;
  ParamType type = ParamType::text;
};

// A registered route as the API description reads it.
struct RouteInfo {
  Method method = Method::get;
  std::string pattern;  // without types: "/api/v1/projects/{id}"
  std::vector<PathParam> params;
};

// True when `value` is of `type` (a "{id:int}" segment's value: "42" yes, "0", "abc", "-1" no).
bool param_fits(ParamType type, std::string_view value);

struct Match {
  int status = 404;   // 200, 400, 404 or 405
  RouteId route = 0;  // valid only when status == 200
  std::map<std::string, std::string> params;
  std::string allow;      // "GET, HEAD, POST" when status == 405
  std::string pattern;    // the matched pattern, e.g. "/projects/{id}" (a bounded metrics label)
  std::string bad_param;  // when status == 400: the parameter whose value is not of its type
};

class Router {
 public:
  // REQUIRES: pattern starts with '/'; a {name...} segment, if any, is the last one; a type, if
  // any, is "int".
  RouteId add(Method method, std::string pattern);
  Match match(Method method, std::string_view path) const;
  // Every route in the order added (RouteId is the index).
  std::vector<RouteInfo> routes() const;
  // REQUIRES: id was returned by add().
  RouteInfo route(RouteId id) const;

 private:
  enum class Kind { literal, param, tail };
  struct Segment {
    Kind kind;
    std::string text;  // literal text or parameter name
    ParamType type = ParamType::text;
  };
  struct Route {
    Method method;
    std::string pattern;  // without types
    std::vector<Segment> segments;
  };
  // With `typed`, a typed parameter must fit its type; without, any non-empty value does.
  bool matches(const Route& r, const std::vector<std::string_view>& parts, bool typed,
               std::map<std::string, std::string>* params) const;
  static bool more_specific(const Route& a, const Route& b);
  // The most specific route for `method` that matches; adds to *allowed the methods of every
  // route that matches the path.
  std::optional<RouteId> best(Method method, const std::vector<std::string_view>& parts, bool typed,
                              std::set<Method>* allowed) const;

  std::vector<Route> routes_;
};

}  // namespace comdev::http
