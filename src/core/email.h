// E-mail addresses as people type them: a plausibility check (one '@', a dotted domain, no
// characters that would break a mail header) and the normal form used to compare them.
// Deliverability is proven only by the verification link, never by this check.
#pragma once

#include <string>
#include <string_view>

namespace comdev::core {

bool plausible_email(std::string_view email);
// Trimmed and lower-cased (ASCII): "Elue@Example.org " and "elue@example.org" are one address.
std::string normalise_email(std::string_view email);

}  // namespace comdev::core
