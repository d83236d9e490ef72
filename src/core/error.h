// Error: what went wrong, as a value. Expected failures (bad input, a missing row, a refused
// permission, a database that is down) travel as Error inside Result<T>; exceptions mean bugs.
//
// The text a person reads is chosen at the edge, in their language, from `message_id` (a key of
// i18n/fr.json) and `params`. `detail` is for the log only and never reaches a page or the API.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace comdev {

enum class ErrorCode {
  not_found,
  invalid,
  forbidden,
  conflict,
  unavailable,
  internal,
  unauthenticated,  // who is asking is unknown: no or a bad credential (401)
  rate_limited,     // too many attempts; try again later (429)
};

std::string_view to_string(ErrorCode code);

// One invalid form field: the field's name and the catalogue key of what is wrong with it.
struct FieldError {
  std::string field;
  std::string message_id;
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message_id;  // catalogue key, e.g. "errors.not_found"
  std::vector<std::pair<std::string, std::string>> params;  // {name} placeholders of the message
  std::vector<FieldError> fields;
  std::string detail;  // for the log: never shown to users

  static Error not_found(std::string message_id = "errors.not_found");
  static Error invalid(std::string message_id = "errors.invalid",
                       std::vector<FieldError> fields = {});
  static Error forbidden(std::string message_id = "errors.forbidden");
  static Error conflict(std::string message_id = "errors.conflict");
  static Error unauthenticated(std::string message_id = "errors.unauthenticated");
  static Error rate_limited(std::string message_id = "errors.rate_limited");
  static Error unavailable(std::string detail);
  static Error internal(std::string detail);

  Error&& with_detail(std::string d) && {
    detail = std::move(d);
    return std::move(*this);
  }
  Error&& with_param(std::string name, std::string value) && {
    params.emplace_back(std::move(name), std::move(value));
    return std::move(*this);
  }
};

// HTTP status for an error code: 404/422/403/409/503/500/401/429. The single mapping of the
// project.
int http_status(ErrorCode code);

}  // namespace comdev
