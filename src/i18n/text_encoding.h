// Turning uploaded text of unknown encoding into UTF-8 (ICU ucnv). Spreadsheets save CSV as
// UTF-8 with or without a byte-order mark, as Windows-1252 (Excel on Windows, "CSV (séparateur :
// point-virgule)"), or as UTF-16 with a BOM ("Unicode text"). Valid UTF-8 is taken as UTF-8:
// Windows-1252 text with accents is almost never valid UTF-8 by accident.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace comdev::i18n {

enum class TextEncoding { utf8, utf8_bom, utf16le, utf16be, windows1252 };

struct DecodedText {
  std::string utf8;  // without any BOM
  TextEncoding detected = TextEncoding::utf8;
};

// Error::invalid("errors.encoding.undecodable") only when ICU cannot convert at all.
Result<DecodedText> decode_to_utf8(std::string_view bytes);

// Converts from a named ICU charset ("windows-1252", "UTF-16LE", …) to UTF-8.
Result<std::string> convert_to_utf8(std::string_view bytes, const char* charset);

// The UTF-8 text in a named ICU charset, or nullopt when a character has no byte there (nothing
// is substituted: the caller chooses another way to write it).
std::optional<std::string> convert_from_utf8(std::string_view utf8, const char* charset);

}  // namespace comdev::i18n
