// Percent-decoding (RFC 3986 §2.1), std only. Returns nothing when a '%' is not followed by two
// hex digits, so a caller can answer 400 instead of guessing. Does not check UTF-8: callers that
// need text call comdev::is_valid_utf8 on the result.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace comdev::http {

// plus_as_space: true for form and query values (application/x-www-form-urlencoded), false for
// paths, where '+' is a literal plus.
std::optional<std::string> percent_decode(std::string_view in, bool plus_as_space = false);

// Encodes everything except unreserved characters (A-Z a-z 0-9 - . _ ~).
std::string percent_encode(std::string_view in);

}  // namespace comdev::http
