// http::Response: what a handler returns (std only). The server adds security headers, the ETag,
// gzip and the Date; handlers set status, content type, body and any cookies.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace comdev::http {

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // in order; names as written
  std::string body;
  // Path of a file to send instead of body, streamed from disk by the server (static files,
  // document downloads); the headers are the handler's, Content-Length the server's.
  std::string file_path;

  Response& header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  // Value of the first header with this name (case-insensitive), or empty.
  std::string_view get_header(std::string_view name) const;

  static Response html(std::string body, int status = 200);
  static Response json(std::string body, int status = 200);
  static Response text(std::string body, int status = 200);
  static Response redirect(std::string location, int status = 303);
};

}  // namespace comdev::http
