#include "http/response.h"

#include "core/text.h"

#include <cctype>

namespace comdev::http {
namespace {

Response make(int status, std::string content_type, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.header("Content-Type", std::move(content_type));
  return r;
}

}  // namespace

std::string_view Response::get_header(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (core::iequals_ascii(n, name)) return v;
  }
  return {};
}

Response Response::html(std::string body, int status) {
  return make(status, "text/html; charset=utf-8", std::move(body));
}

Response Response::json(std::string body, int status) {
  return make(status, "application/json", std::move(body));
}

Response Response::text(std::string body, int status) {
  return make(status, "text/plain; charset=utf-8", std::move(body));
}

Response Response::redirect(std::string location, int status) {
  Response r;
  r.status = status;
  r.header("Location", std::move(location));
  return r;
}

}  // namespace comdev::http
