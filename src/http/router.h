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
// Thread-safety: add() during start-up only; match() is const and safe from any thread.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.h"

namespace comdev::http {

using RouteId = std::size_t;

struct Match {
  int status = 404;   // 200, 404 or 405
  RouteId route = 0;  // valid only when status == 200
  std::map<std::string, std::string> params;
  std::string allow;    // "GET, HEAD, POST" when status == 405
  std::string pattern;  // the matched pattern, e.g. "/projects/{id}" (a bounded metrics label)
};

class Router {
 public:
  // REQUIRES: pattern starts with '/'; a {name...} segment, if any, is the last one.
  RouteId add(Method method, std::string pattern);
  Match match(Method method, std::string_view path) const;

 private:
  enum class Kind { literal, param, tail };
  struct Segment {
    Kind kind;
    std::string text;  // literal text or parameter name
  };
  struct Route {
    Method method;
    std::string pattern;
    std::vector<Segment> segments;
  };
  bool matches(const Route& r, const std::vector<std::string_view>& parts,
               std::map<std::string, std::string>* params) const;
  static bool more_specific(const Route& a, const Route& b);

  std::vector<Route> routes_;
};

}  // namespace comdev::http
