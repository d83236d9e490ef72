// files::Type: the kinds of file the platform accepts, decided from the bytes (libmagic), never
// from the name or the browser's Content-Type. Anything else — HTML, SVG, scripts, executables,
// archives, a renamed file of any of these — is refused, so nothing we serve can run in a browser
// or on a reader's machine.
//
// Thread-safety: detect_type() keeps one libmagic handle per thread (libmagic's are not shared).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::files {

enum class Type { pdf, odt, docx, xlsx, ods, csv, jpeg, png, webp };
inline constexpr Type kTypes[] = {Type::pdf, Type::odt,  Type::docx, Type::xlsx, Type::ods,
                                  Type::csv, Type::jpeg, Type::png,  Type::webp};

std::string_view mime_of(Type t);       // "application/pdf"
std::string_view extension_of(Type t);  // ".pdf"
std::string_view name_of(Type t);       // "pdf": how rows store it
std::optional<Type> parse_type(std::string_view name);
bool is_image(Type t);

// The accepted type for a MIME type libmagic reported, or nullopt (refused).
std::optional<Type> type_for_mime(std::string_view mime);

// The type of the file at `path`, read from its content. Error::invalid with
// "files.errors.empty" (0 bytes) or "files.errors.type_refused" (anything not in kTypes).
Result<Type> detect_type(const std::string& path);

}  // namespace comdev::files
