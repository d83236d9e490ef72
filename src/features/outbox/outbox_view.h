// Plain e-mail text as HTML for the outbox page: escaped, with every http(s) address turned into
// a link so a person can follow a confirmation or invitation link with one click (pure).
#pragma once

#include <string>
#include <string_view>

namespace comdev::outbox {

// REQUIRES: text is UTF-8. Returns HTML safe to write raw inside a <pre>.
std::string linkify(std::string_view text);

}  // namespace comdev::outbox
