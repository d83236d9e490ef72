// UTF-8 validation (std only). Every byte that reaches a form, a page or the database passes
// through here first, so invalid input is rejected at the edge rather than stored half-broken.
// Rejects overlong encodings, surrogates (U+D800..U+DFFF) and code points above U+10FFFF.
#pragma once

#include <cstddef>
#include <string_view>

namespace comdev {

bool is_valid_utf8(std::string_view text);

// Number of characters (code points) of valid UTF-8 text: what length limits count, so that an
// Arabic name gets the same room as a Latin one.
std::size_t utf8_length(std::string_view text);

}  // namespace comdev
