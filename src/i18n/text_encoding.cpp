#include "i18n/text_encoding.h"

#include <unicode/ucnv.h>

#include "core/utf8.h"

namespace comdev::i18n {

Result<std::string> convert_to_utf8(std::string_view bytes, const char* charset) {
  if (bytes.empty()) return std::string{};
  UErrorCode status = U_ZERO_ERROR;
  // Worst case: every input byte becomes a 3-byte UTF-8 sequence (+1 for the terminator).
  std::string out(bytes.size() * 3 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    return Error::invalid("errors.encoding.undecodable")
        .with_detail(std::string("ucnv_convert from ") + charset + ": " + u_errorName(status));
  }
  out.resize(static_cast<std::size_t>(n));
  return out;
}

Result<DecodedText> decode_to_utf8(std::string_view bytes) {
  auto starts = [&](std::string_view prefix) { return bytes.starts_with(prefix); };
  if (starts("\xEF\xBB\xBF")) {
    auto rest = bytes.substr(3);
    if (!is_valid_utf8(rest)) return Error::invalid("errors.encoding.undecodable");
    return DecodedText{std::string(rest), TextEncoding::utf8_bom};
  }
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    bool le = starts("\xFF\xFE");
    auto text = convert_to_utf8(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE");
    if (!text) return text.error();
    return DecodedText{std::move(*text), le ? TextEncoding::utf16le : TextEncoding::utf16be};
  }
  if (is_valid_utf8(bytes)) return DecodedText{std::string(bytes), TextEncoding::utf8};
  auto text = convert_to_utf8(bytes, "windows-1252");
  if (!text) return text.error();
  return DecodedText{std::move(*text), TextEncoding::windows1252};
}

}  // namespace comdev::i18n
