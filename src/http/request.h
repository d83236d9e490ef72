// http::Request: one parsed HTTP request, independent of the server library (std only).
// Built by http/server/session.cpp from a Beast message; read by the router, the web pipeline
// and the handlers. Header names are stored lower-case.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::http {

enum class Method { get, head, post, put, patch, del, options, other };

Method parse_method(std::string_view name);
std::string_view to_string(Method m);

struct Request {
  Method method = Method::get;
  std::string target;                          // as received: path plus query string
  std::string path;                            // percent-decoded path, without the query string
  std::string query;                           // raw query string, without '?'
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  // When the route allows a body larger than the server keeps in memory, the server writes it to
  // this temporary file instead (and `body` stays empty); the file is removed once the response
  // is sent. Empty otherwise.
  std::string body_file;
  std::string remote_address;

  // Filled by the router: values of the {name} segments of the matched pattern.
  std::map<std::string, std::string> params;
  // Set by the web pipeline, read by the access log and metrics: the matched route pattern
  // (a bounded label, never the raw path) and the id echoed in X-Request-Id.
  std::string route;
  std::string request_id;

  // Empty when absent. REQUIRES: name is lower-case.
  std::string_view header(std::string_view name) const;
  std::string_view param(std::string_view name) const;
};

}  // namespace comdev::http
