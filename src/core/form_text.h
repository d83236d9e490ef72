// A typed text field of a form: trimmed, readable UTF-8, within its length, present if required.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/result.h"
#include "core/text.h"
#include "core/utf8.h"

namespace comdev::core {

// The trimmed text of `field`, or its error: unreadable bytes, longer than `max` characters
// (`too_long_key`), or empty when `required` (`required_key`).
inline Result<std::string> form_text(std::string_view field, std::string_view value,
                                     std::size_t max, bool required, std::string_view required_key,
                                     std::string_view too_long_key) {
  if (!is_valid_utf8(value)) return Error::invalid("errors.form.invalid_utf8");
  auto t = trim_space(value);
  if (required && t.empty()) {
    return Error::invalid("errors.invalid", {{std::string(field), std::string(required_key)}});
  }
  if (utf8_length(t) > max) {
    return Error::invalid("errors.invalid", {{std::string(field), std::string(too_long_key)}});
  }
  return std::string(t);
}

}  // namespace comdev::core
