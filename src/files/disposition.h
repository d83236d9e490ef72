// Download names and the Content-Disposition header (RFC 6266 with RFC 8187's filename*).
//
// A file's name comes from whoever uploaded it, so it is cleaned before it is stored or sent:
// no directory part ("../../etc/passwd" is "passwd"), no NUL, no control characters, no bidi
// overrides that make "exe.pdf" read as "fdp.exe", invalid UTF-8 replaced, at most 150 bytes
// kept whole-character, the extension of the type decided from the content. French and Arabic
// names survive intact in filename*; older clients get an ASCII filename fallback.
#pragma once

#include <string>
#include <string_view>

#include "files/file_type.h"

namespace comdev::files {

// The name as it is stored and offered: cleaned as above; "document" when nothing is left; ends
// with extension_of(type) (added when the name has another one, or none).
std::string safe_filename(std::string_view raw, Type type);

// `attachment; filename="..."; filename*=UTF-8''...` (or `inline; ...`). REQUIRES: `name` came
// from safe_filename (the function cleans again anyway: the header is never unsafe).
std::string content_disposition(std::string_view name, bool inline_view = false);

}  // namespace comdev::files
