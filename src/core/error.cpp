#include "core/error.h"

namespace comdev {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::invalid:
      return "invalid";
    case ErrorCode::forbidden:
      return "forbidden";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::unavailable:
      return "unavailable";
    case ErrorCode::internal:
      return "internal";
    case ErrorCode::unauthenticated:
      return "unauthenticated";
    case ErrorCode::rate_limited:
      return "rate_limited";
  }
  return "internal";
}

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::invalid:
      return 422;
    case ErrorCode::forbidden:
      return 403;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::unavailable:
      return 503;
    case ErrorCode::internal:
      return 500;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::rate_limited:
      return 429;
  }
  return 500;
}

Error Error::not_found(std::string message_id) {
  return Error{ErrorCode::not_found, std::move(message_id), {}, {}, {}};
}
Error Error::invalid(std::string message_id, std::vector<FieldError> fields) {
  return Error{ErrorCode::invalid, std::move(message_id), {}, std::move(fields), {}};
}
Error Error::forbidden(std::string message_id) {
  return Error{ErrorCode::forbidden, std::move(message_id), {}, {}, {}};
}
Error Error::conflict(std::string message_id) {
  return Error{ErrorCode::conflict, std::move(message_id), {}, {}, {}};
}
Error Error::unauthenticated(std::string message_id) {
  return Error{ErrorCode::unauthenticated, std::move(message_id), {}, {}, {}};
}
Error Error::rate_limited(std::string message_id) {
  return Error{ErrorCode::rate_limited, std::move(message_id), {}, {}, {}};
}
Error Error::unavailable(std::string detail) {
  return Error{ErrorCode::unavailable, "errors.unavailable", {}, {}, std::move(detail)};
}
Error Error::internal(std::string detail) {
  return Error{ErrorCode::internal, "errors.internal", {}, {}, std::move(detail)};
}

}  // namespace comdev
