// Reading a JSON API request: the body as one object, and its fields as text.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "web/context.h"

namespace comdev::web {

// The request's body as a JSON object; anything else is a bad request (400).
inline Result<nlohmann::json> json_body(const Ctx& ctx) {
  auto doc = nlohmann::json::parse(ctx.req.body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return Error::invalid("errors.bad_request");
  return doc;
}

// The text of field `name` ("" when absent or null) for the same checks a form's field gets.
// A field of another JSON type is invalid; with `integer`, the field must be a whole number and
// comes back written out.
inline Result<std::string> json_field(const nlohmann::json& doc, const char* name,
                                      bool integer = false) {
  auto it = doc.find(name);
  if (it == doc.end() || it->is_null()) return std::string{};
  if (!integer && it->is_string()) return it->get<std::string>();
  if (integer && it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  return Error::invalid("errors.invalid", {{name, "errors.invalid"}});
}

}  // namespace comdev::web
