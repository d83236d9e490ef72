#include "http/request.h"

namespace comdev::http {

std::string_view Request::header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  return it == headers.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Request::param(std::string_view name) const {
  auto it = params.find(std::string(name));
  return it == params.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace comdev::http
