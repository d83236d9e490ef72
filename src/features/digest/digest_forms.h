// The digest's two inputs: the settings form (frequency = off | daily | weekly) and the
// unsubscribe token of a link (from the query string or the confirmation form). Field errors are
// catalogue keys.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "features/digest/digest.h"
#include "http/form.h"

namespace comdev::digest {

// digest.errors.frequency on the field "frequency" when it is missing or not one of the three.
Result<Frequency> parse_settings(const http::Form& form);

// The token of an unsubscribe request, taken from the query string, else from the form.
// Error::not_found("digest.unsubscribe.bad_token") when it cannot be one of ours (wrong length or
// characters), so a mangled link reads the same as an unknown one.
Result<std::string> parse_token(const http::Form& query, const http::Form& form);

}  // namespace comdev::digest
